#pragma once

#include "agent/heartbeat/HeartbeatPacket.h"

namespace twinha::agent {

// Round-trip time of one link from the echoes of our own packets: now - echo.sent - echo.held_ms.
// Both times are our wall clock, so the nodes' clocks need not agree.
class RttEstimator
{
public:
    // TCP's smoothing gain (RFC 6298).
    static constexpr double kGain = 0.125;

    // `bootTime` and `lastSeq` describe this run's sending, so that an echo of a packet from a
    // previous run (or of one never sent) is ignored.
    void sample(const HeartbeatPacket::Echo& echo, qint64 nowMs, qint64 bootTime, qint64 lastSeq);

    double lastMs() const { return m_last; }         // -1 before the first sample
    double smoothedMs() const { return m_smoothed; } // -1 before the first sample

private:
    qint64 m_echoSeq = -1;
    double m_last = -1;
    double m_smoothed = -1;
};

} // namespace twinha::agent
