#include "agent/heartbeat/ThreadHoldWatch.h"

#include "agent/AgentLog.h"

#include <sys/resource.h>

namespace twinha::agent {

ThreadHoldWatch::ThreadHoldWatch(qint64 limitMs)
    : m_limitMs(limitMs)
{}

ThreadHoldWatch::Usage ThreadHoldWatch::usageOfThisThread()
{
    rusage u{};
    if (getrusage(RUSAGE_THREAD, &u) != 0)
        return {};
    return {u.ru_majflt, u.ru_nvcsw, u.ru_nivcsw};
}

void ThreadHoldWatch::tick(qint64 nowMs)
{
    const Usage now = usageOfThisThread();
    const qint64 gap = m_lastMs < 0 ? 0 : nowMs - m_lastMs;
    qint64 held = 0;
    if (gap > m_limitMs && m_log.allow(&held))
        AgentLog::get("agent.heartbeat")
            ->warn("the heartbeat thread did not run for {} ms; meanwhile {} major page fault(s), {} wait(s), {} "
                   "preemption(s) ({} similar not logged since the last report)",
                   gap, now.majorFaults - m_last.majorFaults, now.voluntary - m_last.voluntary,
                   now.involuntary - m_last.involuntary, held);
    m_lastMs = nowMs;
    m_last = now;
}

} // namespace twinha::agent
