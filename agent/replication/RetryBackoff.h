#pragma once

namespace twinha::agent {

// Delays between retries of a failing replication step: 250 ms, doubling, at most 30 s. The short
// first step matters right after a switchover, when the new source's first push may reach the
// old one before its receiver listens; the doubling keeps a dead peer from being hammered while
// still noticing its return within half a minute.
class RetryBackoff
{
public:
    static constexpr int kFirstMs = 250;
    static constexpr int kMaxMs = 30000;

    // The delay before the next attempt; each call doubles the one after.
    int next();
    void reset() { m_nextMs = kFirstMs; }

private:
    int m_nextMs = kFirstMs;
};

} // namespace twinha::agent
