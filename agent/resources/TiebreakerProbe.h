#pragma once

#include "agent/resources/CommandRunner.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace twinha::agent {

class IcmpEcho;

// One reachability test of one tiebreaker target: "host" is an ICMP echo (IcmpEcho for an
// address, ping(8) for a name), "tcp:host:port" a TCP connect. Ends with
// finished({target, reachable, rtt_ms, detail}).
class TiebreakerProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTcpTimeoutMs = 1000;
    static constexpr int kPingTimeoutMs = 3000; // ping -W 1 answers within about a second
    static constexpr int kEchoTimeoutMs = 1000; // as ping -W 1

    explicit TiebreakerProbe(const QString& target, QObject* parent = nullptr);

    void start();
    QString target() const { return m_target; }

Q_SIGNALS:
    void finished(const QJsonObject& detail);

private:
    void startPing(const QString& host);
    void startTcp(const QString& host, quint16 port);
    void onPingFinished(const CommandRunner::Result& result);
    void done(bool reachable, double rttMs, const QString& detail);
    void doneLater(const QString& detail);

    QString m_target;
    CommandRunner m_runner;
    IcmpEcho* m_echo = nullptr;
    QTcpSocket* m_socket = nullptr;
    QTimer m_tcpTimer;
    QElapsedTimer m_elapsed;
    bool m_done = false;
    bool m_saidWhyPing = false; // once: why this address goes through ping(8)
};

} // namespace twinha::agent
