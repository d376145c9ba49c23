#include "agent/heartbeat/RttEstimator.h"

namespace twinha::agent {

void RttEstimator::sample(const HeartbeatPacket::Echo& echo, qint64 nowMs, qint64 bootTime, qint64 lastSeq)
{
    // The peer echoes its last packet from us until it hears the next one: count each echo once.
    if (echo.isNull() || echo.seq == m_echoSeq || echo.seq > lastSeq || echo.sent < bootTime)
        return;
    m_echoSeq = echo.seq;
    const qint64 rtt = nowMs - echo.sent - echo.heldMs;
    if (rtt < 0) // our clock stepped back in between
        return;
    m_last = double(rtt);
    m_smoothed = m_smoothed < 0 ? m_last : m_smoothed + kGain * (m_last - m_smoothed);
}

} // namespace twinha::agent
