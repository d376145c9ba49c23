#pragma once

#include <QString>

namespace twinha::agent {

// Refuses a signed datagram seen before, so that a captured heartbeat re-sent later cannot make a
// dead peer look alive. One guard per sender and link (sequence numbers are per link).
//
// Within one boot of the sender a 64-wide sliding window accepts each sequence number once, in any
// order. A packet from another boot is accepted only if that boot started no earlier than the
// current one AND the packet was sent within kMaxClockSkewMs of our wall clock. The second test is
// what protects a guard that has just started empty; it requires both nodes to be NTP-synced.
class ReplayGuard
{
public:
    enum class Verdict
    {
        Accepted,
        Duplicate,    // this sequence number was already accepted
        BehindWindow, // too far behind the newest to tell, so refused
        OlderBoot,    // from a boot that started before the current one
        ClockSkew     // a new boot, but `sent` is far from our clock: a stale capture or an unsynced clock
    };

    static constexpr int kWindow = 64;
    static constexpr qint64 kMaxClockSkewMs = 60 * 1000;

    Verdict check(const QString& boot, qint64 bootTime, qint64 seq, qint64 sent, qint64 nowMs);

    QString boot() const { return m_boot; }
    qint64 highestSeq() const { return m_highest; }
    // Every refusal counts: each is a genuine datagram delivered where or when it does not belong.
    quint64 replayed() const { return m_replayed; }

    static const char* verdictName(Verdict verdict);

private:
    Verdict refuse(Verdict verdict);

    QString m_boot;
    qint64 m_bootTime = 0;
    qint64 m_highest = 0;
    quint64 m_window = 0; // bit i: m_highest - i was accepted
    quint64 m_replayed = 0;
};

} // namespace twinha::agent
