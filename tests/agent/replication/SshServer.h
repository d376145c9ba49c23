#pragma once

// A real OpenSSH sshd of a test's own, on a free loopback port, with its own host key and
// authorized_keys file, run in the foreground (sshd -D -e), as the lab runs it.
#include "tests/FreePort.h"
#include "tests/agent/replication/MirrorCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace twinha::agent::testing {

inline int runTool(const QString& program, const QStringList& args, QByteArray* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

class SshServer
{
public:
    explicit SshServer(const QString& dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
    }
    ~SshServer() { stop(); }

    QString authorizedKeys() const { return m_dir + QStringLiteral("/authorized_keys"); }
    QString hostKey() const { return m_dir + QStringLiteral("/ssh_host_ed25519_key"); }
    quint16 port() const { return m_port; }
    QString hostPublicKey() const
    {
        return QString::fromLatin1(readFile(hostKey() + QStringLiteral(".pub"))).trimmed();
    }

    // A new host key (the old one is gone); restart to serve it.
    bool newHostKey()
    {
        QFile::remove(hostKey());
        QFile::remove(hostKey() + QStringLiteral(".pub"));
        return runTool(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                        QString(), QStringLiteral("-f"), hostKey()}) == 0;
    }

    bool start()
    {
        if (!QFile::exists(hostKey()) && !newHostKey())
            return false;
        if (m_port == 0)
            m_port = tests::freeTcpPort();
        if (::geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation needs it
        if (!QFile::exists(authorizedKeys()))
            writeFile(authorizedKeys(), {});
        const QString config = m_dir + QStringLiteral("/sshd_config");
        writeFile(config, QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                         "PidFile none\nUsePAM no\nStrictModes no\nPasswordAuthentication no\n"
                                         "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                                         "LogLevel VERBOSE\nMaxStartups 50\n")
                              .arg(m_port)
                              .arg(hostKey(), authorizedKeys())
                              .toUtf8());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir + QStringLiteral("/sshd.log"), QIODevice::Append);
        m_process.start(QStringLiteral("/usr/sbin/sshd"),
                        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        if (!m_process.waitForStarted(5000))
            return false;
        return QTest::qWaitFor(
                   [this] {
                       if (m_process.state() == QProcess::NotRunning)
                           return true;
                       QTcpSocket s;
                       s.connectToHost(QHostAddress::LocalHost, m_port);
                       return s.waitForConnected(200);
                   },
                   10000) &&
               m_process.state() != QProcess::NotRunning;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    QByteArray log() const { return readFile(m_dir + QStringLiteral("/sshd.log")); }

private:
    QString m_dir;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace twinha::agent::testing
