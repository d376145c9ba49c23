#pragma once

namespace twinha::agentlink {

// Exponential backoff with jitter: 1 s, 2 s, 4 s ... up to a cap, each spread by +-20% so that
// many consoles reconnecting to one restarted node do not arrive in lockstep. The cap holds: at
// the cap the spread goes downward only, so no delay is ever longer than it.
class ReconnectBackoff
{
public:
    static constexpr int kKnownNodeMaxMs = 5000; // a node that answered before: it is likely back soon
    static constexpr int kNewNodeMaxMs = 30000;  // never answered yet: perhaps a wrong address

    ReconnectBackoff(int baseMs = 1000, int maxMs = kNewNodeMaxMs, double jitter = 0.2);
    // The backoff for a node: capped at kKnownNodeMaxMs when it has answered before, since an
    // administrator is waiting for it to come back, at kNewNodeMaxMs otherwise.
    static ReconnectBackoff forNode(bool answeredBefore);

    // Delay before retry number `failures` (1 = first retry), drawing jitter from `unitRandom` in [0, 1).
    int delayMs(int failures, double unitRandom) const;
    int delayMs(int failures) const; // uses QRandomGenerator
    int maxMs() const { return m_maxMs; }

private:
    int m_baseMs;
    int m_maxMs;
    double m_jitter;
};

} // namespace twinha::agentlink
