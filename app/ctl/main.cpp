#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Version.h"
#include "app/Logging.h"
#include "app/Translator.h"
#include "app/ctl/CheckCommand.h"
#include "app/ctl/ConfigCommand.h"
#include "app/ctl/CtlExitCodes.h"
#include "app/ctl/DivergenceCommand.h"
#include "app/ctl/EventCursor.h"
#include "app/ctl/EventsCommand.h"
#include "app/ctl/MaintenanceCommand.h"
#include "app/ctl/MirrorCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/ctl/SwitchoverCommand.h"
#include "app/ctl/TakeoverCommand.h"
#include "app/ctl/TerminalPrompter.h"
#include "app/ctl/TrustCommand.h"
#include "app/ctl/WatchCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

// twinhactl: the cluster from a terminal or a script.
using namespace twinha;

namespace {
// Gives twinhactl's own sentences a translation context lupdate can see.
class CtlText
{
    Q_DECLARE_TR_FUNCTIONS(CtlText)
};

void printErr(const QString& message)
{
    std::fprintf(stderr, "twinhactl: %s\n", qUtf8Printable(message));
}

std::unique_ptr<app::CtlCommand> makeCommand(const QString& name, const app::CtlContext& ctx)
{
    if (name == QLatin1String("status"))
        return std::make_unique<app::StatusCommand>(ctx);
    if (name == QLatin1String("watch"))
        return std::make_unique<app::WatchCommand>(ctx);
    if (name == QLatin1String("check"))
        return std::make_unique<app::CheckCommand>(ctx);
    if (name == QLatin1String("switchover"))
        return std::make_unique<app::SwitchoverCommand>(ctx);
    if (name == QLatin1String("divergence"))
        return std::make_unique<app::DivergenceCommand>(ctx);
    if (name == QLatin1String("events"))
        return std::make_unique<app::EventsCommand>(ctx);
    if (name == QLatin1String("maintenance"))
        return std::make_unique<app::MaintenanceCommand>(ctx);
    if (name == QLatin1String("config"))
        return std::make_unique<app::ConfigCommand>(ctx);
    if (name == QLatin1String("takeover"))
        return std::make_unique<app::TakeoverCommand>(ctx);
    if (name == QLatin1String("trust"))
        return std::make_unique<app::TrustCommand>(ctx);
    if (name == QLatin1String("mirror"))
        return std::make_unique<app::MirrorCommand>(ctx);
    return nullptr;
}

// The words after the command: "maintenance" takes on or off, the others nothing.
bool argumentsFit(const QStringList& args)
{
    if (args.value(0) == QLatin1String("divergence"))
        return app::DivergenceCommand::validArguments(args.mid(1));
    if (args.value(0) == QLatin1String("maintenance"))
        return args.size() == 2 && app::MaintenanceCommand::validArgument(args.at(1));
    if (args.value(0) == QLatin1String("config"))
        return app::ConfigCommand::validArguments(args.mid(1));
    if (args.value(0) == QLatin1String("trust"))
        return args.size() == 2;
    if (args.value(0) == QLatin1String("mirror"))
        return args.size() == 2 && args.at(1) == QLatin1String("trust");
    return args.size() == 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twinhactl"));
    QCoreApplication::setOrganizationName(QStringLiteral("TwinHA"));
    QCoreApplication::setApplicationVersion(protocol::twinhaVersion());
    app::Translator::install(QString()); // follows LANG / LC_ALL

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CtlText::tr("Command-line client for TwinHA clusters.\n\n"
                    "Commands:\n"
                    "  status       both nodes as the console sees them\n"
                    "  watch        one timestamped JSON line per change, until interrupted\n"
                    "  check        the switchover pre-checks (readiness)\n"
                    "  switchover   move a group to the other node, with checks and a confirmation\n"
                    "  takeover     forced takeover when the pre-checks fail (the active node is dead and failover\n"
                    "               is manual): asks for the group's name, or --confirm GROUP\n"
                    "  events       both nodes' journals, merged by time, in sentences; ends with the cursor\n"
                    "               for --after\n"
                    "  trust NODE   show the node's SSH host key fingerprint and trust it (or a changed key)\n"
                    "  divergence list | divergence show ID\n"
                    "               the files a resync kept instead of deleting or overwriting them, after a\n"
                    "               split or an unplanned failover (show: --limit N files)\n"
                    "  maintenance on|off\n"
                    "               maintenance mode for the cluster (or --group): the agents move nothing by\n"
                    "               themselves\n"
                    "  mirror trust\n"
                    "               let each node's mirror key into the other, for a mirror with transport =\n"
                    "               \"ssh\"; each pins the other's host key as this console verified it\n"
                    "  config apply FILE\n"
                    "               put FILE on both nodes as one change: both validate it, then both take it,\n"
                    "               with automatic failover frozen in between\n\n"
                    "Exit codes: 0 success, 1 a node unreachable, 2 usage or profile error, 3 not ready or refused,\n"
                    "4 the operation failed or was rolled back, 5 permission denied (observer)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cluster(QStringLiteral("cluster"), CtlText::tr("Cluster profile FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON instead of text."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CtlText::tr("Seconds to wait for the nodes (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   CtlText::tr("Resource group (default: the only one; for maintenance: the whole "
                                               "cluster)."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption to(QStringLiteral("to"), CtlText::tr("Target node (default: the other one)."),
                                QStringLiteral("NODE"));
    const QCommandLineOption yes(QStringLiteral("yes"), CtlText::tr("Do not ask for confirmation."));
    const QCommandLineOption after(
        QStringLiteral("after"),
        CtlText::tr("events: only entries after CURSOR, as events prints it (node1:120,node2:98)."),
        QStringLiteral("CURSOR"), QStringLiteral("0"));
    const QCommandLineOption confirm(
        QStringLiteral("confirm"),
        CtlText::tr("The typed confirmation, for scripts: takeover: the group's name; trust: the key's fingerprint."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CtlText::tr("events: at most N entries per node (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), CtlText::tr("Log debug messages to stderr."));
    parser.addOptions({cluster, json, timeout, group, to, yes, after, confirm, limit, verbose});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CtlText::tr("status, watch, check, switchover, takeover, events, maintenance on|off, config apply FILE or "
                    "trust NODE"));
    // parse(), not process(): an unknown option or a missing value is a usage error (exit 2).
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText() + QLatin1Char(' ') + CtlText::tr("See --help."));
        return app::exitcodes::kUsage;
    }
    if (parser.isSet(help))
        parser.showHelp(app::exitcodes::kOk);
    if (parser.isSet(version))
        parser.showVersion();
    bool timeoutOk = false;
    const double timeoutS = parser.value(timeout).toDouble(&timeoutOk);
    const bool afterOk = app::EventCursor::parse(parser.value(after)).has_value();
    bool limitOk = false;
    const int limitN = parser.value(limit).toInt(&limitOk);
    if (!timeoutOk || timeoutS <= 0 || timeoutS > 3600) {
        printErr(CtlText::tr("--timeout takes a number of seconds between 0 and 3600, not \"%1\".")
                     .arg(parser.value(timeout)));
        return app::exitcodes::kUsage;
    }
    if (!afterOk || !limitOk || limitN < 1) {
        printErr(!afterOk
                     ? CtlText::tr("--after takes a cursor as events prints it, such as node1:120,node2:98, not "
                                   "\"%1\".")
                           .arg(parser.value(after))
                     : CtlText::tr("--limit takes a whole number of 1 or more, not \"%1\".").arg(parser.value(limit)));
        return app::exitcodes::kUsage;
    }

    const QStringList args = parser.positionalArguments();
    app::CtlContext ctx;
    ctx.json = parser.isSet(json);
    ctx.yes = parser.isSet(yes);
    ctx.group = parser.value(group);
    ctx.to = parser.value(to);
    ctx.argument = args.value(1);
    ctx.id = args.value(2);
    ctx.file = args.value(2);
    ctx.after = parser.value(after);
    if (parser.isSet(confirm))
        ctx.confirm = parser.value(confirm);
    ctx.limit = limitN;
    if (args.isEmpty() || !makeCommand(args.first(), ctx)) {
        printErr(args.isEmpty() ? CtlText::tr("no command given; see --help.")
                                : CtlText::tr("unknown command \"%1\"; see --help.").arg(args.join(QLatin1Char(' '))));
        return app::exitcodes::kUsage;
    }
    if (!argumentsFit(args)) {
        if (args.first() == QLatin1String("config"))
            printErr(CtlText::tr("config takes \"apply FILE\"; see --help."));
        else if (args.first() == QLatin1String("trust"))
            printErr(CtlText::tr("trust takes the name of one node; see --help."));
        else
            printErr(args.first() == QLatin1String("maintenance")
                         ? CtlText::tr("maintenance takes \"on\" or \"off\"; see --help.")
                         : CtlText::tr("unknown command \"%1\"; see --help.").arg(args.join(QLatin1Char(' '))));
        return app::exitcodes::kUsage;
    }
    if (!parser.isSet(cluster)) {
        printErr(CtlText::tr("--cluster FILE is required."));
        return app::exitcodes::kUsage;
    }
    app::Logging::setUp(QStringLiteral("twinhactl"), parser.isSet(verbose));

    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(parser.value(cluster), &error);
    if (!profile) {
        printErr(agentlink::ErrorText::describe(error));
        return app::exitcodes::kUsage;
    }
    agentlink::ClusterMonitor monitor(*profile);
    monitor.setFollowEvents(false); // `events` asks for exactly what it prints
    // A passphrase or password is asked on a terminal; without one the link says what it needed.
    if (::isatty(STDIN_FILENO))
        monitor.setPrompter(std::make_shared<app::TerminalPrompter>());
    ctx.monitor = &monitor;
    const std::unique_ptr<app::CtlCommand> command = makeCommand(args.first(), ctx);
    QObject::connect(command.get(), &app::CtlCommand::finished, &application, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    bool started = false;
    const auto begin = [&] {
        if (!std::exchange(started, true))
            command->run();
    };
    if (args.first() == QLatin1String("trust")) { // the host key alone: no agent session
        QTimer::singleShot(0, &application, begin);
        return QCoreApplication::exec();
    }
    QObject::connect(&monitor, &agentlink::ClusterMonitor::allSettledChanged, &application, begin);
    QTimer::singleShot(static_cast<int>(timeoutS * 1000), &application, begin);
    // Watching keeps reconnecting; one-shot commands report the first attempt's outcome.
    monitor.start(args.first() == QLatin1String("watch"));
    return QCoreApplication::exec();
}
