#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace twinha::agent {

// One ICMP echo to an IPv4 or IPv6 address from the agent's own process: what `ping -c 1 -W 1`
// does, without starting ping. A standby that finds its peer dead probes the tiebreaker before it
// takes over, and starting ping (a fork of the agent, an exec, ping's own start) cost that takeover
// 10-30 ms on a busy machine. An ICMP datagram socket where net.ipv4.ping_group_range lets the
// agent's group open one, else a raw socket (root, or CAP_NET_RAW).
class IcmpEcho : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReplyTimeoutMs = 1000; // as ping -W 1

    explicit IcmpEcho(QObject* parent = nullptr);
    ~IcmpEcho() override;

    // Sends the request; finished() follows, never inside the call. False, with nothing sent and
    // nothing to follow, when no ICMP socket can be opened here: the caller runs ping instead.
    bool start(const QHostAddress& address);

Q_SIGNALS:
    // detail: empty when answered; "no reply" after kReplyTimeoutMs; else why it could not be
    // sent ("Network is unreachable").
    void finished(bool reachable, double rttMs, const QString& detail);

private:
    bool openSocket(int family);
    void onReadable();
    bool isOurReply(const unsigned char* data, qsizetype size) const;
    void done(bool reachable, double rttMs, const QString& detail);
    void closeSocket();

    int m_fd = -1;
    bool m_raw = false; // a raw IPv4 socket hands over the IP header too, and sets no id
    bool m_ipv6 = false;
    quint16 m_id = 0; // raw sockets only: a datagram socket's id is its port, set by the kernel
    quint16 m_sequence = 0;
    quint64 m_token = 0; // the payload, which the reply echoes
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_sent;
    bool m_done = true;
};

} // namespace twinha::agent
