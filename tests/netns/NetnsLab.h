#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QProcess;

namespace twinha::tests::netns {

// One network-namespace lab (tests/netns/netns-lab.sh) for the life of this object: brought up in
// the constructor, torn down in the destructor (its folder kept when keepFiles() was asked for, so
// the agents' logs stay for the post-mortem). The script's own watchdog tears it down as well
// if this process dies without running the destructor.
class NetnsLab
{
public:
    // Why the lab cannot run here (not root, no `ip netns`, no busybox), or empty.
    static QString unavailableReason();

    explicit NetnsLab(const QStringList& options = {});
    ~NetnsLab();
    NetnsLab(const NetnsLab&) = delete;
    NetnsLab& operator=(const NetnsLab&) = delete;

    bool isUp() const { return m_up; }
    QString upOutput() const { return m_output; }
    QString dir() const { return m_dir; }
    void keepFiles() { m_keep = true; }

    QString value(const QString& key) const { return m_env.value(key); } // from lab.env
    int intValue(const QString& key) const { return m_env.value(key).toInt(); }
    QString ns(const QString& role) const { return value(QStringLiteral("NS_") + role.toUpper()); }
    QString socket(int node) const { return value(QStringLiteral("SOCKET_NODE%1").arg(node)); }
    QString dataDir(int node) const { return value(QStringLiteral("DATA_NODE%1").arg(node)); }
    QString nodeDir(int node) const { return m_dir + QStringLiteral("/node%1").arg(node); }
    qint64 agentPid(int node) const { return value(QStringLiteral("AGENT_PID_NODE%1").arg(node)).toLongLong(); }
    qint64 keepalivedPid(int node) const
    {
        return value(QStringLiteral("KEEPALIVED_PID_NODE%1").arg(node)).toLongLong();
    }
    // The pid of the HTTP service on a node, or 0 when it does not run.
    qint64 servicePid(int node, int port = 8080) const;
    // Starts the HTTP service of group "service" on the node by hand, where no agent runs it
    // (--keepalived, --address-only); true once it listens.
    bool startService(int node) const;
    int intervalMs() const { return intValue(QStringLiteral("INTERVAL_MS")); }
    int deadTimeMs() const { return intValue(QStringLiteral("DEAD_TIME_MS")); }

    // netns-lab.sh fault DIR ARGS... (cut, restore, isolate, split, heal).
    bool fault(const QStringList& args) const;
    // Starts a node's agent (or keepalived) again after a test killed it; re-reads lab.env.
    bool startAgent(int node);
    bool startKeepalived(int node);
    // A lab with fence devices (up --fence): plugs a fenced node back in and starts what it lost.
    bool powerOn(int node);
    bool hasFencing() const { return intValue(QStringLiteral("FENCE")) == 1; }
    // Group "service" holds only the VIP, and the HTTP service runs outside the agents.
    bool addressOnly() const { return intValue(QStringLiteral("ADDRESS_ONLY")) == 1; }
    // Runs a command in a namespace (node1, node2, client, switch); its exit code, -1 on a crash.
    int exec(const QString& role, const QStringList& command, QByteArray* output = nullptr,
             int timeoutMs = 10000) const;
    // Every pid in a namespace (ip netns pids).
    QList<qint64> pidsIn(const QString& role) const;

    // Running and not a zombie (this machine's init may be slow to reap orphans).
    static bool isAlive(qint64 pid);
    // Ends a program started in a namespace through `ip netns exec` (which execs it, so the pid is
    // the program's): SIGTERM, then SIGKILL if it has not gone within 5 s.
    static void terminate(QProcess& process);
    static QString script();
    static QString binPath(const QString& name);

private:
    bool runScript(const QStringList& args, int timeoutMs, QString* output = nullptr) const;
    void readEnv();

    QString m_dir;
    QMap<QString, QString> m_env;
    QString m_output;
    bool m_up = false;
    bool m_keep = false;
};

} // namespace twinha::tests::netns
