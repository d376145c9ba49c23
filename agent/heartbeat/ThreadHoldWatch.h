#pragma once

#include "agent/heartbeat/LogThrottle.h"

#include <QtGlobal>

namespace twinha::agent {

// Tells the log when the heartbeat's thread went longer than `limitMs` without running, with what
// the kernel says the thread did meanwhile (getrusage of the thread): waited for pages from disk
// (major faults), gave the CPU up to wait for something such as a lock or a file (voluntary
// switches), or was preempted (involuntary ones). Each tick costs one system call.
class ThreadHoldWatch
{
public:
    explicit ThreadHoldWatch(qint64 limitMs);

    // From the watched thread, at every turn of its watch.
    void tick(qint64 nowMs);

private:
    struct Usage
    {
        long majorFaults = 0;
        long voluntary = 0;
        long involuntary = 0;
    };
    static Usage usageOfThisThread();

    qint64 m_limitMs;
    qint64 m_lastMs = -1;
    Usage m_last;
    LogThrottle m_log;
};

} // namespace twinha::agent
