#include "tests/integration/PrivateLab.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <csignal>

namespace twinha::tests {

int run(const QString& program, const QStringList& args, QByteArray* output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void signalWithChildren(qint64 pid, int signal)
{
    // Children first, so a stopped parent cannot spawn new ones in between.
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            ::kill(pid_t(child), signal);
    }
    ::kill(pid_t(pid), signal);
}

PrivateLab::PrivateLab(const QStringList& upOptions)
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/twinha-test-XXXXXX")))
{
    const QString lab = qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/lab/lab.sh");
    const QString agent = qEnvironmentVariable("TWINHA_BIN_DIR") + QStringLiteral("/twinha-agent");
    QByteArray out;
    const int rc =
        run(lab, QStringList{QStringLiteral("up"), dir(), QStringLiteral("--agent"), agent} + upOptions, &out);
    m_output = QString::fromUtf8(out);
    if (rc != 0)
        return;
    QFile env(dir() + QStringLiteral("/lab.env"));
    if (!env.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&env);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!line.startsWith(QLatin1Char('#')) && eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    m_up = true;
}

PrivateLab::~PrivateLab()
{
    if (!m_dir)
        return;
    const QString lab = qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/lab/lab.sh");
    // Stopped processes cannot act on SIGTERM: let them run before the lab stops them.
    for (const QString& key : {QStringLiteral("NODE1_SSHD_PID"), QStringLiteral("NODE2_SSHD_PID"),
                               QStringLiteral("NODE1_AGENT_PID"), QStringLiteral("NODE2_AGENT_PID")})
        if (pid(key) > 0)
            signalWithChildren(pid(key), SIGCONT);
    run(lab, {QStringLiteral("down"), dir()});
}

agentlink::ClusterProfile PrivateLab::profile() const
{
    protocol::RpcError error;
    const auto p = agentlink::ClusterProfile::load(dir() + QStringLiteral("/profile.json"), &error);
    return p ? *p : agentlink::ClusterProfile{};
}

QString PrivateLab::newNode1Key(const QString& name, const QString& passphrase) const
{
    const QString path = dir() + QLatin1Char('/') + name;
    if (run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                           QStringLiteral("-N"), passphrase, QStringLiteral("-f"), path}) != 0)
        return {};
    QFile pub(path + QStringLiteral(".pub"));
    QFile auth(dir() + QStringLiteral("/node1/authorized_keys"));
    if (!pub.open(QIODevice::ReadOnly) || !auth.open(QIODevice::Append))
        return {};
    auth.write(pub.readAll());
    return path;
}

} // namespace twinha::tests
