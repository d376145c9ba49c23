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
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>

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
    if (!state.load(&error)) {
        log->error("refusing to start: {}", s(error));
        return exitcodes::kFailure;
    }
    StatusProvider status(config, node, &state);
    ControlMethods methods(&status);
    ControlServer server(&status, &methods);
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

    const int rc = QCoreApplication::exec();
    server.close();
    log->info("stopped");
    return rc == 0 ? exitcodes::kOk : exitcodes::kFailure;
}

} // namespace twinha::agent
