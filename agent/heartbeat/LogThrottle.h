#pragma once

#include <QElapsedTimer>

namespace twinha::agent {

// Lets a repeated warning through at most once per period, so that a flood of forged datagrams
// cannot flood the journal too. The caller reports how many were held back in between.
class LogThrottle
{
public:
    explicit LogThrottle(qint64 periodMs = 10 * 1000);

    // Counts one occurrence. True when it may be logged now; *held then gets the number of
    // occurrences swallowed since the last one logged.
    bool allow(qint64* held);

private:
    qint64 m_periodMs;
    QElapsedTimer m_lastLogged;
    qint64 m_held = 0;
};

} // namespace twinha::agent
