#include "tests/integration/StallingServers.h"

#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::tests {

namespace {
int connectNonBlocking(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    (void)::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    return fd;
}

bool connectsWithin(int fd, int ms)
{
    pollfd p{fd, POLLOUT, 0};
    int error = 0;
    socklen_t len = sizeof error;
    return ::poll(&p, 1, ms) > 0 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) == 0 && error == 0;
}
} // namespace

BlackholeListener::BlackholeListener()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&a), len) != 0 || ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        return;
    // Fill the accept queue until a connect no longer completes: from then on SYNs are dropped.
    for (int i = 0; i < 8; ++i) {
        const int fd = connectNonBlocking(ntohs(a.sin_port));
        m_fillers << fd;
        if (!connectsWithin(fd, 200)) {
            m_port = ntohs(a.sin_port);
            return;
        }
    }
}

BlackholeListener::~BlackholeListener()
{
    for (int fd : std::as_const(m_fillers))
        ::close(fd);
    if (m_listener >= 0)
        ::close(m_listener);
}

BannerOnlyServer::BannerOnlyServer()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            s->write("SSH-2.0-OpenSSH_9.2p1 Stalling\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { m_received += s->readAll(); });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

StallingSshd::StallingSshd()
    : m_marker(QString::number(70000 + ::getpid() % 10000))
{
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation wants it
    for (const QString& key : {QStringLiteral("host_key"), QStringLiteral("client_key")})
        if (run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), file(key)}) != 0)
            return;
    const passwd* pw = ::getpwuid(::geteuid());
    const int port = freeTcpPort();
    const QStringList config{
        QStringLiteral("Port %1").arg(port),
        QStringLiteral("ListenAddress 127.0.0.1"),
        QStringLiteral("HostKey %1").arg(file(QStringLiteral("host_key"))),
        QStringLiteral("PidFile none"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("StrictModes no"),
        QStringLiteral("PasswordAuthentication no"),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("PermitRootLogin prohibit-password"),
        QStringLiteral("AuthorizedKeysFile none"),
        // Never answers: the key query waits as long as the test lets it.
        QStringLiteral("AuthorizedKeysCommand /usr/bin/sleep %1").arg(m_marker),
        QStringLiteral("AuthorizedKeysCommandUser %1").arg(QString::fromLocal8Bit(pw ? pw->pw_name : "root")),
        QStringLiteral("LogLevel VERBOSE"),
    };
    QFile f(file(QStringLiteral("sshd_config")));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(config.join(QLatin1Char('\n')).toUtf8() + '\n');
    f.close();
    QFile hostPub(file(QStringLiteral("host_key.pub")));
    QFile known(file(QStringLiteral("known_hosts")));
    if (!hostPub.open(QIODevice::ReadOnly) || !known.open(QIODevice::WriteOnly))
        return;
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + hostPub.readAll());
    known.close();
    QFile::copy(file(QStringLiteral("known_hosts")), file(QStringLiteral("known_hosts.trusted")));
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::MergedChannels);
    m_sshd->start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                                     file(QStringLiteral("sshd_config"))});
    const bool up = QTest::qWaitFor(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            return probe.waitForConnected(200);
        },
        10000);
    m_port = up ? port : 0;
}

StallingSshd::~StallingSshd()
{
    if (m_sshd && m_sshd->state() != QProcess::NotRunning) {
        signalWithChildren(m_sshd->processId(), SIGTERM);
        m_sshd->waitForFinished(3000);
    }
    for (qint64 pid : keyCheckPids()) // grandchildren of sshd, left waiting on their pipe
        ::kill(pid_t(pid), SIGKILL);
}

QString StallingSshd::log() const
{
    return m_sshd ? QString::fromLocal8Bit(m_sshd->readAll()) : QString();
}

agentlink::NodeEndpoint StallingSshd::endpoint(const QString& name, bool trustHostKey) const
{
    agentlink::NodeEndpoint ep;
    ep.name = name;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = m_port;
    ep.user = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
    ep.identityFile = file(QStringLiteral("client_key"));
    ep.identitiesOnly = true;
    ep.knownHostsFile =
        file(trustHostKey ? QStringLiteral("known_hosts.trusted") : QStringLiteral("known_hosts.%1").arg(name));
    return ep;
}

QList<qint64> StallingSshd::keyCheckPids() const
{
    QList<qint64> pids;
    const QByteArray wanted = QByteArray("/usr/bin/sleep\0", 15) + m_marker.toLatin1();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (entry.toLongLong() > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().startsWith(wanted))
            pids << entry.toLongLong();
    }
    return pids;
}

bool StallingSshd::keyCheckRunning() const
{
    return !keyCheckPids().isEmpty();
}

int linkThreadsOfThisProcess()
{
    int count = 0;
    for (const QString& task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("link-"))
            ++count;
    }
    return count;
}

} // namespace twinha::tests
