#include "agent/heartbeat/GuardRelay.h"

#include <algorithm>

namespace twinha::agent {

GuardRelay::GuardRelay(const DeadManGuard::Launch& launch, QObject* parent)
    : QObject(parent)
    , m_guard(launch)
{}

void GuardRelay::setWord(const QStringList& held, qint64 stopAfterMs, qint64 leaseUntilMs, qint64 resumeWithinMs)
{
    m_held = held;
    m_stopAfterMs = stopAfterMs;
    m_leaseUntilMs = leaseUntilMs;
    m_resumeWithinMs = resumeWithinMs;
    m_haveWord = true;
}

void GuardRelay::relay(qint64 nowMs, qint64 heartbeatAtMs, qint64 previousRoundAtMs)
{
    if (m_haveWord)
        m_guard.report(m_held, stopAfterAt(m_stopAfterMs, m_leaseUntilMs, nowMs),
                       {heartbeatAtMs, previousRoundAtMs, m_resumeWithinMs});
}

qint64 GuardRelay::stopAfterAt(qint64 stopAfterMs, qint64 leaseUntilMs, qint64 nowMs)
{
    if (stopAfterMs < 0)
        return -1;
    return leaseUntilMs < 0 ? stopAfterMs : std::max(stopAfterMs, leaseUntilMs - nowMs);
}

} // namespace twinha::agent
