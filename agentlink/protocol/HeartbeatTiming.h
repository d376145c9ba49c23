#pragma once

#include <QLatin1StringView>
#include <QStringView>

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
    // The ranges the agent accepts; the wizard's fields offer the same, so that it never clamps a
    // timing the agents run with.
    static constexpr int kMinIntervalMs = 10;
    static constexpr int kMaxIntervalMs = 10000;
    static constexpr int kMaxDeadTimeMs = 300000;
    static constexpr int kMinDeadTimeMs = kRefusedBelowIntervals * kMinIntervalMs;

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

// Named timings, `[timing] profile = "..."`; interval_ms, dead_time_ms and monitor_interval_ms
// written beside it override the profile's.
// - default: what a pair on an ordinary LAN keeps through CPU load, lost datagrams and jitter.
// - fast: the peer is declared dead 250 ms after its last heartbeat (five intervals: four
//   datagrams in a row lost on every link). Meant for links with a few ms of latency and nodes
//   whose heartbeat thread can run at real-time priority (the agent asks for it); see
//   bench_netns_false_failover for what it was measured against.
struct TimingProfile
{
    QLatin1StringView name;
    int intervalMs;
    int deadTimeMs;
    int monitorIntervalMs;

    static constexpr TimingProfile byDefault() { return {QLatin1StringView("default"), 200, 1000, 2000}; }
    static constexpr TimingProfile fast() { return {QLatin1StringView("fast"), 50, 250, 1000}; }
    // The profile of that name; false for an unknown name.
    static bool named(QStringView name, TimingProfile* out)
    {
        for (const TimingProfile& p : {byDefault(), fast()})
            if (name == p.name) {
                *out = p;
                return true;
            }
        return false;
    }
};

static_assert(HeartbeatTiming::deadTimeFits(TimingProfile::fast().intervalMs, TimingProfile::fast().deadTimeMs));
static_assert(HeartbeatTiming::deadTimeFits(TimingProfile::byDefault().intervalMs,
                                            TimingProfile::byDefault().deadTimeMs));

} // namespace twinha::protocol
