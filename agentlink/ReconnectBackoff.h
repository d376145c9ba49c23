#pragma once

namespace twinha::agentlink {

// Exponential backoff with jitter: 1 s, 2 s, 4 s ... capped at 30 s, each spread by +-20% so that
// many consoles reconnecting to one restarted node do not arrive in lockstep.
class ReconnectBackoff
{
public:
    ReconnectBackoff(int baseMs = 1000, int maxMs = 30000, double jitter = 0.2);

    // Delay before retry number `failures` (1 = first retry), drawing jitter from `unitRandom` in [0, 1).
    int delayMs(int failures, double unitRandom) const;
    int delayMs(int failures) const; // uses QRandomGenerator

private:
    int m_baseMs;
    int m_maxMs;
    double m_jitter;
};

} // namespace twinha::agentlink
