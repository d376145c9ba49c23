#pragma once

#include <QString>
#include <QStringList>

namespace twinha::agent {

// Refuses a signed datagram seen before, or held back on the way, so that a captured heartbeat
// re-sent later cannot make a dead peer look alive. One guard per sender and link (sequence
// numbers are per link).
//
// Within one boot of the sender:
// - a 64-wide sliding window accepts each sequence number once, in any order;
// - a packet must be fresh: the sender stamps it with its steady clock (`mono`), and the guard
//   keeps the smallest offset between our steady clock and the sender's seen so far (the fastest
//   delivery). A packet that arrives more than maxAgeMs later than that is refused as stale. The
//   baseline may rise by at most kDriftPerMille ms per second of our clock, which follows a real
//   drift between the two clocks but not an attacker who replays held packets slowly.
//
// A packet from another boot is accepted only if the packet was sent within kMaxClockSkewMs of our
// wall clock (what protects a guard that has just started empty; it requires both nodes to be
// NTP-synced) and either its boot started no earlier than the current one, or the current boot has
// been silent for the dead time (a peer that restarted after its clock stepped back). A boot once
// replaced is never accepted again.
class ReplayGuard
{
public:
    enum class Verdict
    {
        Accepted,
        Duplicate,    // this sequence number was already accepted
        BehindWindow, // too far behind the newest to tell, so refused
        OlderBoot,    // from a boot that started before the current one, which still speaks, or a replaced one
        ClockSkew,    // a new boot, but `sent` is far from our clock: a stale capture or an unsynced clock
        Stale         // held back on the way for longer than the freshness window
    };

    // What the guard reads of a packet.
    struct Stamp
    {
        QString boot;
        qint64 bootTime = 0;
        qint64 seq = 0;
        qint64 sent = 0;  // sender's wall clock
        qint64 mono = -1; // sender's steady clock; -1 from a sender too old to send it
    };

    static constexpr int kWindow = 64;
    static constexpr qint64 kMaxClockSkewMs = 60 * 1000;
    static constexpr double kDriftPerMille = 1.0; // 1 ms per second: 1000 ppm, far above any crystal
    static constexpr int kRetiredBoots = 8;

    // `deadTimeMs`: how long a boot must be silent before a new one that claims to be older
    // replaces it; the freshness window is a quarter of it, at least 100 ms.
    explicit ReplayGuard(int deadTimeMs = 1000);

    // nowMs: our wall clock; monoMs: our steady clock. For a Stale packet, `lateMs` (if given) is
    // set to how much later it came than the fastest delivery: the sender was alive that long ago,
    // a sign of life that holding the packet back cannot make any newer.
    Verdict check(const Stamp& stamp, qint64 nowMs, qint64 monoMs, qint64* lateMs = nullptr);

    QString boot() const { return m_boot; }
    qint64 highestSeq() const { return m_highest; }
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    // Every refusal counts: each is a genuine datagram delivered where or when it does not belong.
    quint64 replayed() const { return m_replayed; }

    static const char* verdictName(Verdict verdict);

private:
    Verdict checkNewBoot(const Stamp& stamp, qint64 nowMs, qint64 monoMs);
    Verdict checkSequence(qint64 seq);
    // How much later than the fastest delivery `stamp` came (0 without a steady clock to tell).
    double lateness(const Stamp& stamp, qint64 monoMs, double* baseline) const;
    Verdict refuse(Verdict verdict);

    qint64 m_maxAgeMs;
    qint64 m_silenceMs;
    QString m_boot;
    QStringList m_retired;
    qint64 m_bootTime = 0;
    qint64 m_highest = 0;
    quint64 m_window = 0; // bit i: m_highest - i was accepted
    qint64 m_lastAcceptMono = 0;
    bool m_haveBaseline = false;
    double m_baseline = 0;     // smallest (our steady clock - sender's) seen, crept forward
    qint64 m_baselineMono = 0; // our steady clock when m_baseline was last set
    quint64 m_replayed = 0;
};

} // namespace twinha::agent
