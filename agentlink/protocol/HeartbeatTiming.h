#pragma once

#include <QtGlobal>

namespace twinha::protocol {

// The rule heartbeat timing must meet. The agent's config check enforces it; the setup wizard
// asks the same before anything reaches a node, so the two cannot disagree.
//
// A link goes down once nothing arrived for the dead time, counted from the last datagram. One
// lost datagram leaves a silence of two intervals plus the sender's and the network's jitter, so
// a dead time of two intervals takes the link down (on a pair with one link: declares a healthy
// peer dead) whenever the next datagram is the least bit late. Three leave a whole interval of
// margin; keepalived's backup likewise waits three adverts.
// Under two intervals the agent refuses the config: a single late datagram ends the link. Between
// two and three it still runs (a pair set up before the rule must not stop at an upgrade) and
// says so as a warning; the wizard writes no such timing.
class HeartbeatTiming
{
public:
    static constexpr int kMinDeadTimeIntervals = 3;
    static constexpr int kRefusedBelowIntervals = 2;

    static constexpr bool deadTimeRefused(int intervalMs, int deadTimeMs)
    {
        return deadTimeMs < qint64(kRefusedBelowIntervals) * intervalMs;
    }

    static constexpr qint64 minDeadTimeMs(int intervalMs) { return qint64(kMinDeadTimeIntervals) * intervalMs; }
    static constexpr bool deadTimeFits(int intervalMs, int deadTimeMs)
    {
        return deadTimeMs >= minDeadTimeMs(intervalMs);
    }
};

} // namespace twinha::protocol
