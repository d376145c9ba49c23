#include "agent/CommandLine.h"

#include <QHostInfo>

namespace twinha::agent {

CommandLine CommandLine::parse(const QStringList& args)
{
    CommandLine cl;
    const QString sub = args.value(1);
    QStringList allowed;
    if (sub.isEmpty() || sub == QLatin1String("help") || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        cl.m_command = Command::Help;
        return cl;
    } else if (sub == QLatin1String("--version") || sub == QLatin1String("version")) {
        cl.m_command = Command::Version;
    } else if (sub == QLatin1String("daemon")) {
        cl.m_command = Command::Daemon;
        allowed = {QStringLiteral("--config"),          QStringLiteral("--node"),   QStringLiteral("--state-dir"),
                   QStringLiteral("--authorized-keys"), QStringLiteral("--socket"), QStringLiteral("--verbose")};
    } else if (sub == QLatin1String("session")) {
        cl.m_command = Command::Session;
        allowed = {QStringLiteral("--socket")};
    } else if (sub == QLatin1String("witness")) {
        cl.m_command = Command::Witness;
        cl.m_configPath = QLatin1String(kDefaultWitnessConfig);
        allowed = {QStringLiteral("--config"), QStringLiteral("--verbose")};
    } else if (sub == QLatin1String("guard")) {
        cl.m_command = Command::Guard;
        allowed = {QStringLiteral("--config"), QStringLiteral("--node"), QStringLiteral("--state-dir"),
                   QStringLiteral("--verbose")};
    } else if (sub == QLatin1String("journal")) {
        cl.m_command = Command::JournalVerify;
        allowed = {QStringLiteral("--config"), QStringLiteral("--state-dir")};
    } else if (sub == QLatin1String("mirror-serve")) {
        cl.m_command = Command::MirrorServe;
        allowed = {QStringLiteral("--state-dir")};
    } else if (sub == QLatin1String("check-config")) {
        cl.m_command = Command::CheckConfig;
        cl.m_configPath.clear(); // no default: the file to check is named
        allowed = {QStringLiteral("--config")};
    } else {
        cl.m_error = QStringLiteral("unknown command \"%1\"").arg(sub);
        return cl;
    }
    QStringList positional;
    for (qsizetype i = 2; i < args.size() && cl.isValid(); ++i) {
        if (args.at(i) == QLatin1String("--help") || args.at(i) == QLatin1String("-h"))
            return CommandLine();
        if (args.at(i).startsWith(QLatin1String("--")))
            cl.takeOption(args, i, allowed);
        else
            positional << args.at(i);
    }
    if (!cl.isValid())
        return cl;
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

bool CommandLine::takeOption(const QStringList& args, qsizetype& i, const QStringList& allowed)
{
    QString name = args.at(i);
    QString value;
    const qsizetype eq = name.indexOf(QLatin1Char('='));
    const bool inlineValue = eq > 0;
    if (inlineValue) {
        value = name.mid(eq + 1);
        name = name.left(eq);
    }
    if (!allowed.contains(name)) {
        m_error = QStringLiteral("unknown option %1").arg(name);
        return false;
    }
    if (name == QLatin1String("--verbose")) {
        m_verbose = true;
        return true;
    }
    if (!inlineValue) {
        if (i + 1 >= args.size()) {
            m_error = QStringLiteral("option %1 needs a value").arg(name);
            return false;
        }
        value = args.at(++i);
    }
    if (value.isEmpty()) {
        m_error = QStringLiteral("option %1 needs a value").arg(name);
        return false;
    }
    if (name == QLatin1String("--config"))
        m_configPath = value;
    else if (name == QLatin1String("--node"))
        m_nodeName = value;
    else if (name == QLatin1String("--state-dir"))
        m_stateDir = value;
    else if (name == QLatin1String("--socket"))
        m_socketPath = value;
    else if (name == QLatin1String("--authorized-keys"))
        m_authorizedKeys = value;
    return true;
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
