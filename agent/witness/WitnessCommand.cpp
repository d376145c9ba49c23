#include "agent/witness/WitnessCommand.h"

#include "agent/AgentLog.h"
#include "agent/ExitCodes.h"
#include "agent/SignalWatcher.h"
#include "agent/witness/WitnessServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace twinha::agent {

int WitnessCommand::run(const QString& configPath, bool verbose)
{
    AgentLog::setup(verbose ? spdlog::level::debug : spdlog::level::info);
    const auto log = AgentLog::get("witness");
    const QString& path = configPath;
    WitnessServerConfig config;
    QStringList errors;
    if (!WitnessServerConfig::load(path, &config, &errors)) {
        QTextStream err(stderr);
        for (const QString& e : errors)
            err << "twinha-agent witness: " << path << ": " << e << '\n';
        return exitcodes::kUsage;
    }
    WitnessServer server(config);
    QString error;
    if (!server.start(&error)) {
        log->error("{}", error.toStdString());
        QTextStream(stderr) << "twinha-agent witness: " << error << '\n';
        return exitcodes::kFailure;
    }
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::signalReceived, [log](int sig) {
        if (sig == SIGHUP) { // the keys and listen addresses are read at start only
            log->info("SIGHUP: nothing to reload; restart the witness to read its config again");
            return;
        }
        log->info("signal {}: stopping", sig);
        QCoreApplication::quit();
    });
    return QCoreApplication::exec() == 0 ? exitcodes::kOk : exitcodes::kFailure;
}

} // namespace twinha::agent
