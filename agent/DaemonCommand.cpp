#include "agent/DaemonCommand.h"

#include "agent/AgentLog.h"
#include "agent/CommandLine.h"
#include "agent/ConfigLoader.h"
#include "agent/ControlMethods.h"
#include "agent/ControlServer.h"
#include "agent/ExitCodes.h"
#include "agent/NodeState.h"
#include "agent/SignalWatcher.h"
#include "agent/StatusProvider.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/CoordinatorMethods.h"
#include "agent/coordinator/EventLog.h"
#include "agent/heartbeat/ClusterKey.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/journal/Journal.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>
#include <QDir>

#include <csignal>
#include <cstdio>

namespace twinha::agent {

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}
} // namespace

int DaemonCommand::run(const CommandLine& cl)
{
    AgentLog::setup(cl.verbose() ? spdlog::level::debug : spdlog::level::info);
    const auto log = AgentLog::get("agent");
    log->info("twinha-agent {} starting, config {}", s(protocol::twinhaVersion()), s(cl.configPath()));

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
    const AgentConfig& config = loaded.config;
    const QString node = cl.nodeName().isEmpty() ? CommandLine::defaultNodeName() : cl.nodeName();
    if (!config.hasNode(node)) {
        log->error("this node \"{}\" is not in {} (nodes: {}); pass --node", s(node), s(cl.configPath()),
                   s(config.nodeNames().join(QLatin1String(", "))));
        return exitcodes::kUsage;
    }

    NodeState state(cl.stateDir());
    QString error;
    QStringList groupNames;
    for (const GroupConfig& g : config.groups)
        groupNames << g.name;
    if (!state.load(&error) || !state.adoptLegacyRole(groupNames, &error)) {
        log->error("refusing to start: {}", s(error));
        return exitcodes::kFailure;
    }
    protocol::RpcError keyError;
    const QByteArray key = ClusterKey::load(config.cluster.keyFilePath, &keyError);
    if (key.isEmpty()) {
        log->error("refusing to start: {} {}", s(keyError.code),
                   s(keyError.params.value(QStringLiteral("detail")).toString()));
        return exitcodes::kFailure;
    }
    Journal journal(node);
    protocol::RpcError journalError;
    if (!journal.open(QDir(cl.stateDir()).filePath(QStringLiteral("journal.jsonl")), &journalError))
        log->warn("journal: {}; events are kept in memory only", s(journalError.code));
    EventLog events(&journal);
    Heartbeat heartbeat(config, node, key);
    Coordinator coordinator(config, node, &state, &heartbeat, &events, key, cl.stateDir());
    StatusProvider status(config, node, &state);
    status.setSource([&coordinator] { return coordinator.statusJson(); });
    QObject::connect(&coordinator, &Coordinator::statusChanged, &status, &StatusProvider::notifyChanged);
    CoordinatorMethods coordinatorMethods(&coordinator, &events, config);
    ControlMethods methods(&status, &coordinatorMethods);
    ControlServer server(&status, &methods);
    server.setAccess(config.control);
    QObject::connect(&coordinator, &Coordinator::operationChanged, &server, [&server](const QJsonObject& op) {
        server.broadcast(
            protocol::RpcMessage::notification(QString::fromLatin1(protocol::methods::kSwitchoverProgress), op));
    });
    SignalWatcher signalWatcher;
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
    if (!heartbeat.start(&bindError)) {
        log->error("refusing to start: {} {} {}", s(bindError.code),
                   s(bindError.params.value(QStringLiteral("address")).toString()),
                   s(bindError.params.value(QStringLiteral("detail")).toString()));
        server.close();
        return exitcodes::kFailure;
    }
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, [log](int sig) {
        if (sig == SIGHUP) {
            log->info("SIGHUP: reloading the config is not supported yet; restart the daemon");
            return;
        }
        log->info("signal {} received, stopping", sig);
        QCoreApplication::quit();
    });
    log->info("node {} of cluster {} ({}), role {} at epoch {}, peer {}, config sha256 {}", s(node),
              s(config.cluster.name), s(config.cluster.modeName), s(state.role()), state.epoch(),
              s(config.peerOf(node)), s(config.checksum));
    events.record(QStringLiteral("agent_started"), {{QStringLiteral("epoch"), state.epoch()},
                                                    {QStringLiteral("role"), state.role()},
                                                    {QStringLiteral("version"), protocol::twinhaVersion()}});
    coordinator.start();

    // Resources keep running when the daemon stops: restarting the agent must not cost an outage.
    const int rc = QCoreApplication::exec();
    server.close();
    log->info("stopped");
    return rc == 0 ? exitcodes::kOk : exitcodes::kFailure;
}

} // namespace twinha::agent
