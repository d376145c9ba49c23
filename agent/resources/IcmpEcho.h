#pragma once

#include "agent/resources/IcmpPacket.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace twinha::agent {

// One ICMP echo to one address, sent and awaited inside the agent. A tiebreaker probe is on the
// path of every takeover, and starting ping(8) for it cost 12-28 ms of each one on the lab's VMs.
// Uses a ping socket (SOCK_DGRAM, allowed by net.ipv4.ping_group_range) or, with CAP_NET_RAW, a raw
// socket filtered to echo replies; a new network namespace allows no group ping sockets, and
// the agent runs as root. Closes its socket when done.
class IcmpEcho : public QObject
{
    Q_OBJECT
public:
    explicit IcmpEcho(QObject* parent = nullptr);
    ~IcmpEcho() override;

    // False, with `error`, when no ICMP socket can be opened here (the caller can fall back to
    // ping(8), which may hold a file capability). Otherwise finished() follows, once, after start()
    // has returned: an answer within timeoutMs of the send, none, or no route or send at all.
    bool start(const QHostAddress& address, int timeoutMs, QString* error);
    // After a start(): whether the socket is a raw one (else a ping socket).
    bool isRaw() const { return m_raw; }

Q_SIGNALS:
    void finished(bool answered, double rttMs, const QString& detail);

private:
    bool openSocket(QString* error);
    void send();
    void onReadable();
    void finish(bool answered, const QString& detail);

    int m_fd = -1;
    bool m_raw = false;
    icmp::Family m_family = icmp::Family::V4;
    icmp::Echo m_echo;
    QHostAddress m_address;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_timeout; // started at the send
    QElapsedTimer m_elapsed;
    bool m_done = false;
};

} // namespace twinha::agent
