#pragma once

#include <QtGlobal>

namespace twinha::agent {

// Packet loss on one link over the last kWindow sequence numbers the peer should have sent. A
// silent link keeps "expecting" packets, so its loss climbs to 100 % instead of freezing.
class LossMeter
{
public:
    static constexpr int kWindow = 50;

    // Forgets everything: the peer restarted and its sequence numbers began again.
    void reset();
    void record(qint64 seq);
    // `expectedHighest`: the newest sequence number the peer should have sent by now (at least the
    // newest received). 100 before anything was received.
    double lossPct(qint64 expectedHighest) const;

    bool isEmpty() const { return m_highest < 0; }
    qint64 highest() const { return m_highest; }

private:
    qint64 m_first = -1; // sequence numbers before the first received are not counted as lost
    qint64 m_highest = -1;
    quint64 m_received = 0; // bit i: m_highest - i was received
};

} // namespace twinha::agent
