#pragma once

// Shared by the agent tests: a small valid cluster.toml with known line numbers, the files it
// needs next to it, and the path of the built twinha-agent.

#include "agent/control/UnixSocketConnector.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QString>
#include <QThread>
#include <QUdpSocket>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <pwd.h>
#include <unistd.h>

namespace twinha::agent::test {

// The user the tests run as: scripts run as it, so that no switch of user is needed.
inline QString currentUser()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

// Line numbers matter: TestConfigLoader expects errors on these lines.
inline QString minimalConfig()
{
    return QStringLiteral(R"([cluster]
name = "c1"
mode = "hot-standby"
key_file = "cluster.key"

[timing]
interval_ms = 200
dead_time_ms = 1000

[[node]]
name = "n1"

[[node]]
name = "n2"

[[link]]
name = "lan"
endpoints = { n1 = "127.0.0.1:5405", n2 = "127.0.0.1:5406" }

[[group]]
name = "g"
preferred = "n1"

[[group.resource]]
type = "script"
name = "s"
start = "true"
stop = "true"
status = "true"
run_as = "%1"

[[replication]]
name = "r"
type = "command"
group = "g"
command = "echo {}"
)")
        .arg(currentUser());
}

// minimalConfig() for a daemon that will run: a daemon binds its link's port, so daemons of tests
// that run side by side (ctest -j) must not share the fixed 5405 and 5406. The two new ports are
// held together while chosen, so they differ.
inline QString daemonConfig()
{
    QUdpSocket n1;
    QUdpSocket n2;
    if (!n1.bind(QHostAddress::LocalHost, 0) || !n2.bind(QHostAddress::LocalHost, 0))
        return minimalConfig();
    QString text = minimalConfig();
    text.replace(QStringLiteral("127.0.0.1:5405"), QStringLiteral("127.0.0.1:%1").arg(n1.localPort()));
    text.replace(QStringLiteral("127.0.0.1:5406"), QStringLiteral("127.0.0.1:%1").arg(n2.localPort()));
    return text;
}

inline bool writeFile(const QString& path, const QByteArray& bytes, QFile::Permissions mode = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return mode == QFile::Permissions() || f.setPermissions(mode);
}

// Writes DIR/cluster.toml plus a good key (cluster.key, 0600), a too short one (short.key) and a good
// one that everybody may read (open.key, 0644).
inline QString writeClusterDir(const QString& dir, const QString& configText)
{
    const QString config = QDir(dir).filePath(QStringLiteral("cluster.toml"));
    const bool ok = writeFile(QDir(dir).filePath(QStringLiteral("cluster.key")), QByteArray(48, 'k'),
                              QFile::ReadOwner | QFile::WriteOwner) &&
                    writeFile(QDir(dir).filePath(QStringLiteral("short.key")), QByteArray(8, 'k'),
                              QFile::ReadOwner | QFile::WriteOwner) &&
                    writeFile(QDir(dir).filePath(QStringLiteral("open.key")), QByteArray(48, 'k'),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther) &&
                    writeFile(config, configText.toUtf8());
    return ok ? config : QString();
}

inline QString agentBinary()
{
    return QDir(qEnvironmentVariable("TWINHA_BIN_DIR")).filePath(QStringLiteral("twinha-agent"));
}

// True once something accepts connections on `path`.
inline bool waitForListener(const QString& path, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int err = 0;
        const int fd = UnixSocketConnector::connect(path, &err);
        if (fd >= 0) {
            ::close(fd);
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

// Leaves a socket file that nobody listens on, as a crashed daemon does.
inline bool makeStaleSocket(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(encoded.size()) >= sizeof(addr.sun_path))
        return false;
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof(addr)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound && QFile::exists(path);
}

} // namespace twinha::agent::test
