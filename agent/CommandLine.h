#pragma once

#include <QString>
#include <QStringList>

namespace twinha::agent {

// The agent's command line: a subcommand and its options. Parsing only; nothing runs here.
class CommandLine
{
public:
    enum class Command
    {
        Help,
        Version,
        Daemon,
        Session,
        CheckConfig,
        Witness,
        Guard, // started by the daemon itself
        JournalVerify,
        MirrorServe // started by sshd for the peer's mirror key (authorized_keys command=)
    };

    static constexpr char kDefaultConfig[] = "/etc/twinha/cluster.toml";
    static constexpr char kDefaultStateDir[] = "/var/lib/twinha";
    static constexpr char kDefaultSocket[] = "/run/twinha/control.sock";
    static constexpr char kDefaultWitnessConfig[] = "/etc/twinha/witness.toml";

    // `args` as from QCoreApplication::arguments(): the program name first.
    static CommandLine parse(const QStringList& args);
    static QString usage();
    // The node this host is when --node is not given: the host name up to its first dot.
    static QString defaultNodeName();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Command command() const { return m_command; }
    QString configPath() const { return m_configPath; }
    QString nodeName() const { return m_nodeName; } // empty: defaultNodeName()
    QString stateDir() const { return m_stateDir; }
    QString socketPath() const { return m_socketPath; }
    QString authorizedKeys() const { return m_authorizedKeys; } // empty: the agent user's own
    bool verbose() const { return m_verbose; }

private:
    Command m_command = Command::Help;
    QString m_configPath = QLatin1String(kDefaultConfig);
    QString m_nodeName;
    QString m_stateDir = QLatin1String(kDefaultStateDir);
    QString m_socketPath = QLatin1String(kDefaultSocket);
    QString m_authorizedKeys;
    bool m_verbose = false;
    QString m_error;
};

} // namespace twinha::agent
