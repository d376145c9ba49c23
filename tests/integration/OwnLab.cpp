#include "tests/integration/OwnLab.h"

#include "tests/integration/LabEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <csignal>

namespace twinha::tests {

QString labScript()
{
    return qEnvironmentVariable("TWINHA_SOURCE_DIR") + QStringLiteral("/tests/lab/lab.sh");
}

QString firstLine(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
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

QMap<QString, QString> OwnLab::readEnv(const QString& labDir)
{
    QMap<QString, QString> env;
    QFile file(labDir + QStringLiteral("/lab.env"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!line.startsWith(QLatin1Char('#')) && eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

OwnLab::OwnLab(const QStringList& options)
{
    // In the temporary folder: a short path, for the sockets that live there. The folder is the
    // test's alone (mode 0700); a test that needs another user in opens it itself.
    QTemporaryDir parent(QDir::tempPath() + QStringLiteral("/twinha-test-XXXXXX"));
    parent.setAutoRemove(false); // the destructor removes it, or keeps it for a failed test's logs
    m_parent = parent.path();
    m_dir = m_parent + QStringLiteral("/lab");
    QByteArray out;
    const int rc = run(
        labScript(),
        QStringList{QStringLiteral("up"), m_dir, QStringLiteral("--agent"), binPath(QStringLiteral("twinha-agent"))} +
            options,
        &out, 60000);
    m_output = QString::fromUtf8(out);
    m_env = readEnv(m_dir);
    m_up = rc == 0 && !m_env.isEmpty();
}

OwnLab::~OwnLab()
{
    if (m_parent.isEmpty())
        return;
    // Stopped processes cannot act on SIGTERM: let them run before the lab stops them.
    for (const QString& key : {QStringLiteral("NODE1_SSHD_PID"), QStringLiteral("NODE2_SSHD_PID"),
                               QStringLiteral("NODE1_AGENT_PID"), QStringLiteral("NODE2_AGENT_PID")})
        if (pid(key) > 0)
            signalWithChildren(pid(key), SIGCONT);
    // A test may have taken the folder's permissions away: the post-mortem needs them back.
    QFile::setPermissions(m_parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QTest::currentTestFailed()) {
        run(labScript(), {QStringLiteral("down"), m_dir});
        qWarning("lab kept for its logs: %s", qPrintable(m_dir));
        return;
    }
    // --purge also removes what lives outside the folder (a PostgreSQL lab's data, which the
    // postgres user could not reach inside it).
    run(labScript(), {QStringLiteral("down"), m_dir, QStringLiteral("--purge")});
    QDir(m_parent).removeRecursively();
}

agentlink::ClusterProfile OwnLab::profile() const
{
    protocol::RpcError error;
    const auto p = agentlink::ClusterProfile::load(m_dir + QStringLiteral("/profile.json"), &error);
    return p ? *p : agentlink::ClusterProfile{};
}

QString OwnLab::newNode1Key(const QString& name, const QString& passphrase) const
{
    const QString path = m_dir + QLatin1Char('/') + name;
    if (run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                           QStringLiteral("-N"), passphrase, QStringLiteral("-f"), path}) != 0)
        return {};
    QFile pub(path + QStringLiteral(".pub"));
    QFile auth(m_dir + QStringLiteral("/node1/authorized_keys"));
    if (!pub.open(QIODevice::ReadOnly) || !auth.open(QIODevice::Append))
        return {};
    auth.write(pub.readAll());
    return path;
}

} // namespace twinha::tests
