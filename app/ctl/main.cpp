#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Version.h"
#include "app/Logging.h"
#include "app/Translator.h"
#include "app/ctl/StatusReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

// twinhactl: the cluster from a terminal or a script.
// Exit codes: 0 success; 1 a node could not be reached or an operation failed; 2 usage or
// profile error.
using namespace twinha;

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUnreachable = 1;
constexpr int kExitUsage = 2;

// Gives twinhactl's own sentences a translation context lupdate can see.
class CtlText
{
    Q_DECLARE_TR_FUNCTIONS(CtlText)
};

void printErr(const QString& message)
{
    std::fprintf(stderr, "twinhactl: %s\n", qUtf8Printable(message));
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
        CtlText::tr("Command-line client for TwinHA clusters.\n\nCommands:\n  status   show both nodes\n\n"
                    "Exit codes: 0 success, 1 a node unreachable or the operation failed, 2 usage or profile error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cluster(QStringLiteral("cluster"), CtlText::tr("Cluster profile FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON instead of a table."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CtlText::tr("Seconds to wait for the nodes (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), CtlText::tr("Log debug messages to stderr."));
    parser.addOptions({cluster, json, timeout, verbose});
    parser.addPositionalArgument(QStringLiteral("command"), CtlText::tr("status"));
    parser.process(application);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) != QLatin1String("status")) {
        printErr(args.isEmpty() ? CtlText::tr("no command given; try \"status\".")
                                : CtlText::tr("unknown command \"%1\".").arg(args.value(0)));
        return kExitUsage;
    }
    if (!parser.isSet(cluster)) {
        printErr(CtlText::tr("--cluster FILE is required."));
        return kExitUsage;
    }
    app::Logging::setUp(QStringLiteral("twinhactl"), parser.isSet(verbose));

    protocol::RpcError error;
    const auto profile = agentlink::ClusterProfile::load(parser.value(cluster), &error);
    if (!profile) {
        printErr(agentlink::ErrorText::describe(error));
        return kExitUsage;
    }

    agentlink::ClusterMonitor monitor(*profile);
    const auto finish = [&] {
        if (parser.isSet(json))
            std::printf("%s\n",
                        QJsonDocument(app::StatusReport::json(monitor)).toJson(QJsonDocument::Indented).constData());
        else
            std::printf("%s", qUtf8Printable(app::StatusReport::text(monitor)));
        std::fflush(stdout);
        QCoreApplication::exit(monitor.allReached() ? kExitOk : kExitUnreachable);
    };
    QObject::connect(&monitor, &agentlink::ClusterMonitor::allSettledChanged, &application, finish);
    QTimer::singleShot(static_cast<int>(parser.value(timeout).toDouble() * 1000), &application, finish);
    monitor.start(false);
    return QCoreApplication::exec();
}
