#include "agent/DaemonCommand.h"

#include "agent/AgentLog.h"
#include "agent/CommandLine.h"
#include "agent/DaemonEngine.h"
#include "agent/ExitCodes.h"
#include "agent/SignalWatcher.h"
#include "agent/config/ConfigApply.h"
#include "agent/config/ConfigLoader.h"
#include "agent/config/ConfigMethods.h"
#include "agent/control/ControlServer.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/Coordinator.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>
#include <cstdio>

namespace twinha::agent {

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}

std::string describe(const protocol::RpcError& e)
{
    QStringList parts{e.code};
    for (auto it = e.params.begin(); it != e.params.end(); ++it)
        if (it.value().isString() || it.value().isDouble())
            parts << it.value().toVariant().toString();
    return parts.join(QLatin1Char(' ')).toStdString();
}

protocol::RpcError reloadFailed(const protocol::RpcError& cause)
{
    return protocol::RpcError::make(
        QString::fromLatin1(protocol::codes::kConfigReloadFailed),
        {{QStringLiteral("code"), cause.code},
         {QStringLiteral("detail"), cause.params.value(QStringLiteral("detail")).toVariant().toString()}});
}
} // namespace

int DaemonCommand::run(const CommandLine& cl)
{
    AgentLog::setup(cl.verbose() ? spdlog::level::debug : spdlog::level::info);
    const auto log = AgentLog::get("agent");
    log->info("twinha-agent {} starting, config {}", s(protocol::twinhaVersion()), s(cl.configPath()));
    const QString node = cl.nodeName().isEmpty() ? CommandLine::defaultNodeName() : cl.nodeName();
    const DaemonEngine::Paths paths{QFileInfo(cl.configPath()).absoluteFilePath(), cl.stateDir(), cl.socketPath(),
                                    cl.authorizedKeys()};

    std::unique_ptr<DaemonEngine> engine;
    if (!QFileInfo::exists(cl.configPath())) {
        // A blank node: the setup wizard writes the first config with config.apply.
        log->info("no config at {}: running unconfigured until config.apply writes one", s(paths.config));
        engine = DaemonEngine::createBlank(node, paths);
    } else {
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(cl.configPath());
        for (const ConfigIssue& issue : loaded.issues) {
            if (issue.isError())
                std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
            else
                log->warn("{}", s(issue.toString()));
        }
        if (!loaded.ok()) {
            log->error("refusing to start: {} error(s) in {}", loaded.errorCount(), s(cl.configPath()));
            return exitcodes::kUsage;
        }
        if (!loaded.config.hasNode(node)) {
            log->error("this node \"{}\" is not in {} (nodes: {}); pass --node", s(node), s(cl.configPath()),
                       s(loaded.config.nodeNames().join(QLatin1String(", "))));
            return exitcodes::kUsage;
        }
        protocol::RpcError error;
        engine = DaemonEngine::create(loaded.config, node, paths, &error);
        if (!engine) {
            log->error("refusing to start: {}", describe(error));
            return exitcodes::kFailure;
        }
    }

    ControlServer server(engine->status(), engine->methods());
    server.setAccess(engine->config().control);
    SignalWatcher signalWatcher;
    QString error;
    switch (server.listen(cl.socketPath(), &error)) {
    case ControlServer::ListenResult::Listening:
        break;
    case ControlServer::ListenResult::AlreadyRunning:
        log->error("refusing to start: {}", s(error));
        return exitcodes::kUsage;
    case ControlServer::ListenResult::Failed:
        log->error("refusing to start: {}", s(error));
        return exitcodes::kFailure;
    }
    // After the socket: a second daemon must be told "already running", not "port in use".
    protocol::RpcError bindError;
    if (!engine->startHeartbeat(&bindError)) {
        log->error("refusing to start: {}", describe(bindError));
        server.close();
        return exitcodes::kFailure;
    }

    // Hooks the engine's switchover progress and reload requests up to the server and us.
    std::function<void(const char*)> reload;
    // A config change both nodes take together outlives the engines it reloads.
    ConfigApply configApply(paths.config, node, paths.stateDir);
    configApply.setReload([&reload] { reload("config.commit"); });
    const auto started = [&] {
        configApply.attach(engine.get()); // before the engine decides anything: a pending change freezes it
        if (Coordinator* c = engine->coordinator())
            QObject::connect(c, &Coordinator::operationChanged, &server, [&server](const QJsonObject& op) {
                server.broadcast(protocol::RpcMessage::notification(
                    QString::fromLatin1(protocol::methods::kSwitchoverProgress), op));
            });
        engine->configMethods()->setReload([&reload](const QString&) { reload("config.apply"); });
        if (engine->isBlank()) {
            log->info("node {} unconfigured, control socket {}", s(node), s(cl.socketPath()));
            return;
        }
        const AgentConfig& config = engine->config();
        log->info("node {} of cluster {} ({}), role {} at epoch {}, peer {}, config sha256 {}", s(node),
                  s(config.cluster.name), s(config.cluster.modeName), s(engine->role()), engine->epoch(),
                  s(config.peerOf(node)), s(config.checksum));
        engine->start();
    };

    // A reload replaces the engine and keeps the control socket and its clients. The old engine
    // stops its heartbeat, monitors and receivers but leaves resources running; the new one checks
    // its groups first, so a group that is running where its state says it is active stays up.
    // A config that cannot run leaves the node unconfigured, saying why in its status.
    reload = [&](const char* why) {
        const bool exists = QFileInfo::exists(paths.config);
        const ConfigLoader::Result loaded = exists ? ConfigLoader::loadFile(paths.config) : ConfigLoader::Result{};
        if (exists && (!loaded.ok() || !loaded.config.hasNode(node))) {
            log->error("{}: not reloading, {} is invalid for node {} ({} error(s)); keeping the running config", why,
                       s(paths.config), s(node), loaded.errorCount());
            return;
        }
        log->info("{}: reloading {} (sha256 {})", why, s(paths.config), s(loaded.config.checksum));
        engine.reset();
        protocol::RpcError failure;
        if (exists)
            engine = DaemonEngine::create(loaded.config, node, paths, &failure);
        if (engine && !engine->startHeartbeat(&failure))
            engine.reset();
        if (!engine) {
            if (exists)
                log->error("{}: cannot run the new config: {}; running unconfigured", why, describe(failure));
            engine = DaemonEngine::createBlank(node, paths, exists ? reloadFailed(failure) : protocol::RpcError());
        }
        QString accessError;
        if (!server.rebind(engine->status(), engine->methods(), engine->config().control, &accessError))
            log->warn("control socket: {}", s(accessError));
        started();
        engine->status()->notifyChanged();
    };

    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, [log, &reload](int sig) {
        if (sig == SIGHUP) {
            reload("SIGHUP");
            return;
        }
        log->info("signal {} received, stopping", sig);
        QCoreApplication::quit();
    });
    started();

    // Resources keep running when the daemon stops: restarting the agent must not cost an outage.
    const int rc = QCoreApplication::exec();
    server.close();
    engine.reset();
    log->info("stopped");
    return rc == 0 ? exitcodes::kOk : exitcodes::kFailure;
}

} // namespace twinha::agent
