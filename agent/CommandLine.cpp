#include "agent/CommandLine.h"

#include <QCommandLineParser>
#include <QHostInfo>

#include <utility>

namespace twinha::agent {

CommandLine CommandLine::parse(const QStringList& args)
{
    CommandLine cl;
    const QString sub = args.value(1);
    QStringList allowed; // the subcommand's options, without their dashes
    if (sub.isEmpty() || sub == QLatin1String("help") || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        cl.m_command = Command::Help;
        return cl;
    } else if (sub == QLatin1String("--version") || sub == QLatin1String("version")) {
        cl.m_command = Command::Version;
    } else if (sub == QLatin1String("daemon")) {
        cl.m_command = Command::Daemon;
        allowed = {QStringLiteral("config"),          QStringLiteral("node"),   QStringLiteral("state-dir"),
                   QStringLiteral("authorized-keys"), QStringLiteral("socket"), QStringLiteral("verbose")};
    } else if (sub == QLatin1String("session")) {
        cl.m_command = Command::Session;
        allowed = {QStringLiteral("socket")};
    } else if (sub == QLatin1String("witness")) {
        cl.m_command = Command::Witness;
        cl.m_configPath = QLatin1String(kDefaultWitnessConfig);
        allowed = {QStringLiteral("config"), QStringLiteral("verbose")};
    } else if (sub == QLatin1String("guard")) {
        cl.m_command = Command::Guard;
        allowed = {QStringLiteral("config"), QStringLiteral("node"), QStringLiteral("state-dir"),
                   QStringLiteral("verbose")};
    } else if (sub == QLatin1String("journal")) {
        cl.m_command = Command::JournalVerify;
        allowed = {QStringLiteral("config"), QStringLiteral("state-dir")};
    } else if (sub == QLatin1String("mirror-serve")) {
        cl.m_command = Command::MirrorServe;
        allowed = {QStringLiteral("state-dir")};
    } else if (sub == QLatin1String("check-config")) {
        cl.m_command = Command::CheckConfig;
        cl.m_configPath.clear(); // no default: the file to check is named
        allowed = {QStringLiteral("config")};
    } else {
        cl.m_error = QStringLiteral("unknown command \"%1\"").arg(sub);
        return cl;
    }
    // The subcommand's options, parsed as the console and twinhactl parse theirs.
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    for (const QString& name : std::as_const(allowed))
        parser.addOption(name == QLatin1String("verbose")
                             ? QCommandLineOption(name)
                             : QCommandLineOption(name, QString(), QStringLiteral("value")));
    if (!parser.parse(QStringList{args.value(0)} + args.mid(2))) {
        cl.m_error = parser.errorText();
        return cl;
    }
    if (parser.isSet(help))
        return CommandLine();
    const std::pair<const char*, QString*> valued[] = {{"config", &cl.m_configPath},
                                                       {"node", &cl.m_nodeName},
                                                       {"state-dir", &cl.m_stateDir},
                                                       {"socket", &cl.m_socketPath},
                                                       {"authorized-keys", &cl.m_authorizedKeys}};
    for (const auto& [name, target] : valued) {
        const QString option = QLatin1String(name);
        if (!allowed.contains(option) || !parser.isSet(option))
            continue;
        *target = parser.value(option);
        if (target->isEmpty()) {
            cl.m_error = QStringLiteral("option --%1 needs a value").arg(option);
            return cl;
        }
    }
    cl.m_verbose = allowed.contains(QLatin1String("verbose")) && parser.isSet(QStringLiteral("verbose"));
    const QStringList positional = parser.positionalArguments();
    // check-config takes the file as daemon does (--config FILE), or as its one argument.
    if (cl.m_command == Command::CheckConfig && positional.size() == 1 && cl.m_configPath.isEmpty())
        cl.m_configPath = positional.first();
    else if (cl.m_command == Command::CheckConfig && (!positional.isEmpty() || cl.m_configPath.isEmpty()))
        cl.m_error = QStringLiteral("check-config takes exactly one FILE (or --config FILE)");
    else if (cl.m_command == Command::JournalVerify && positional != QStringList{QStringLiteral("verify")})
        cl.m_error = QStringLiteral("journal takes one action: verify");
    else if (cl.m_command != Command::JournalVerify && !positional.isEmpty())
        cl.m_error = QStringLiteral("unexpected argument \"%1\"").arg(positional.first());
    return cl;
}

QString CommandLine::usage()
{
    return QStringLiteral(
               "Usage:\n"
               "  twinha-agent daemon [--config FILE] [--node NAME] [--state-dir DIR] [--socket PATH] [--verbose]\n"
               "                      [--authorized-keys FILE]   (where the peer's mirror key goes; default\n"
               "                                                 ~/.ssh/authorized_keys of the agent's user)\n"
               "  twinha-agent session [--socket PATH]\n"
               "  twinha-agent check-config [--config] FILE\n"
               "  twinha-agent journal verify [--config FILE] [--state-dir DIR]\n"
               "  twinha-agent witness [--config FILE] [--verbose]   (on a third host: the tie-breaking vote)\n"
               "  twinha-agent mirror-serve [--state-dir DIR]   (run by sshd for the peer's mirror key only)\n"
               "  twinha-agent --version\n"
               "\n"
               "Defaults: --config %1 (witness: %4), --node <short host name>, --state-dir %2, --socket %3\n"
               "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or config, 3 daemon unreachable or lost\n")
        .arg(QLatin1String(kDefaultConfig), QLatin1String(kDefaultStateDir), QLatin1String(kDefaultSocket),
             QLatin1String(kDefaultWitnessConfig));
}

QString CommandLine::defaultNodeName()
{
    const QString host = QHostInfo::localHostName();
    return host.section(QLatin1Char('.'), 0, 0);
}

} // namespace twinha::agent
