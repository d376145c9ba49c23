#include "agent/guard/GuardCommand.h"

#include "agent/AgentLog.h"
#include "agent/ExitCodes.h"
#include "agent/SignalWatcher.h"
#include "agent/config/ConfigLoader.h"
#include "agent/guard/GuardKeeper.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace twinha::agent {

QString GuardCommand::socketPath(const QString& stateDir)
{
    return stateDir + QStringLiteral("/guard.sock");
}

int GuardCommand::run(const QString& configPath, const QString& node, const QString& stateDir, bool verbose)
{
    AgentLog::setup(verbose ? spdlog::level::debug : spdlog::level::info);
    const auto log = AgentLog::get("guard");
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    if (!loaded.ok() || !loaded.config.hasNode(node)) {
        QTextStream(stderr) << "twinha-agent guard: " << configPath << " is not a valid config naming " << node << '\n';
        return exitcodes::kUsage;
    }
    GuardKeeper keeper(loaded.config, node);
    QString error;
    if (!keeper.listen(socketPath(stateDir), &error)) {
        log->info("not started: {}", error.toStdString());
        return exitcodes::kOk; // the guard that runs keeps guarding
    }
    log->info("guarding {}'s groups of cluster {} (socket {})", node.toStdString(),
              loaded.config.cluster.name.toStdString(), socketPath(stateDir).toStdString());
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::signalReceived, &keeper, [&keeper](int sig) {
        if (sig != SIGHUP)
            keeper.stopNow("told to stop");
    });
    QObject::connect(&keeper, &GuardKeeper::finished, qApp, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec() == 0 ? exitcodes::kOk : exitcodes::kFailure;
}

} // namespace twinha::agent
