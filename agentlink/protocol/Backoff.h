#pragma once

namespace twinha::protocol {

// Exponential backoff: base, 2 × base, 4 × base … up to a cap, each delay spread by ±jitter so that
// many clients retrying one server do not arrive in lockstep. The cap holds: at the cap the spread
// goes downward only, so no delay is ever longer than it. The one backoff of the project: the
// console's reconnects (AgentClient) and the agent's replication retries use it.
class Backoff
{
public:
    explicit Backoff(int baseMs, int maxMs, double jitter = 0.0);

    // Delay before retry number `failures` (1 = first retry), drawing jitter from `unitRandom` in [0, 1).
    int delayMs(int failures, double unitRandom) const;
    int delayMs(int failures) const; // jitter from QRandomGenerator

    // Counting for the caller: the delay before the next attempt (each call one failure more), and
    // back to the first delay after a success.
    int next() { return delayMs(++m_failures); }
    void reset() { m_failures = 0; }

    int maxMs() const { return m_maxMs; }

private:
    int m_baseMs;
    int m_maxMs;
    double m_jitter;
    int m_failures = 0;
};

} // namespace twinha::protocol
