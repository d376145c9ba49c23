#pragma once

#include "agentlink/NodeEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

namespace twinha::tests {

// Servers that hold a connecting console in one phase of the link for as long as the test runs.

// A listening socket whose accept queue is full and never served: the kernel drops further SYNs,
// so a TCP connect to it stays pending, as against a host behind a firewall that drops packets.
class BlackholeListener
{
public:
    BlackholeListener();
    ~BlackholeListener();
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_port = 0;
    QList<int> m_fillers;
};

// Accepts, sends an SSH banner and then says nothing more: the client waits in key exchange.
class BannerOnlyServer
{
public:
    BannerOnlyServer();
    int port() const { return int(m_server.serverPort()); }
    // The client's banner has arrived, so it has moved on to the key exchange.
    bool clientSpoke() const { return m_received.contains("SSH-2.0-"); }

private:
    QTcpServer m_server;
    QByteArray m_received;
};

// A real OpenSSH sshd whose public key check never ends (its AuthorizedKeysCommand sleeps): a
// client that offers its key waits in authentication. Its host key is in knownHosts() unless
// the test asks for an empty known_hosts (then the client asks whether to trust the host).
class StallingSshd
{
public:
    StallingSshd();
    ~StallingSshd();

    bool isUp() const { return m_port > 0; }
    QString log() const;
    // The endpoint of a user whose key check stalls; with trustHostKey false, known_hosts is empty.
    agentlink::NodeEndpoint endpoint(const QString& name, bool trustHostKey) const;
    // sshd is running the key check (the client's public key query is being answered).
    bool keyCheckRunning() const;

private:
    QString file(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }
    QList<qint64> keyCheckPids() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sshd;
    QString m_marker; // the sleep's argument, unique to this process
    int m_port = 0;
};

// Threads of this process named for a link ("link-<node>"): the OS's own count, not the code's.
int linkThreadsOfThisProcess();

} // namespace twinha::tests
