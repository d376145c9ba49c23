#include "agent/CheckConfigCommand.h"
#include "agent/CommandLine.h"
#include "agent/DaemonCommand.h"
#include "agent/ExitCodes.h"
#include "agent/control/SessionBridge.h"
#include "agent/guard/GuardCommand.h"
#include "agent/journal/JournalVerifyCommand.h"
#include "agent/replication/MirrorServe.h"
#include "agent/witness/WitnessCommand.h"
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace twinha::agent;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twinha-agent"));
    QCoreApplication::setApplicationVersion(twinha::protocol::twinhaVersion());

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    if (!cl.isValid()) {
        QTextStream(stderr) << "twinha-agent: " << cl.error() << "\n\n" << CommandLine::usage();
        return exitcodes::kUsage;
    }
    switch (cl.command()) {
    case CommandLine::Command::Help:
        out << CommandLine::usage();
        return exitcodes::kOk;
    case CommandLine::Command::Version:
        out << "twinha-agent " << twinha::protocol::twinhaVersion() << '\n';
        return exitcodes::kOk;
    case CommandLine::Command::CheckConfig:
        return CheckConfigCommand::run(cl.configPath(), out);
    case CommandLine::Command::Daemon:
        return DaemonCommand::run(cl);
    case CommandLine::Command::Guard:
        return GuardCommand::run(cl.configPath(),
                                 cl.nodeName().isEmpty() ? CommandLine::defaultNodeName() : cl.nodeName(),
                                 cl.stateDir(), cl.verbose());
    case CommandLine::Command::JournalVerify:
        return JournalVerifyCommand::run(cl.configPath(), cl.stateDir(), out);
    case CommandLine::Command::MirrorServe: {
        QTextStream err(stderr);
        return MirrorServe::run(cl.stateDir(), qEnvironmentVariable("SSH_ORIGINAL_COMMAND"), err);
    }
    case CommandLine::Command::Witness:
        return WitnessCommand::run(cl.configPath(), cl.verbose());
    case CommandLine::Command::Session: {
        std::signal(SIGPIPE, SIG_IGN); // a closed channel shows up as a write error instead
        SessionBridge bridge(cl.socketPath());
        if (!bridge.start())
            return exitcodes::kDaemonUnreachable;
        QObject::connect(&bridge, &SessionBridge::finished, &app, &QCoreApplication::exit);
        return QCoreApplication::exec();
    }
    }
    return exitcodes::kUsage;
}
