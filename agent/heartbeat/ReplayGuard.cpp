#include "agent/heartbeat/ReplayGuard.h"

#include <QtGlobal>

namespace twinha::agent {

ReplayGuard::Verdict ReplayGuard::check(const QString& boot, qint64 bootTime, qint64 seq, qint64 sent, qint64 nowMs)
{
    if (boot != m_boot) {
        if (!m_boot.isEmpty() && bootTime < m_bootTime)
            return refuse(Verdict::OlderBoot);
        if (qAbs(sent - nowMs) > kMaxClockSkewMs)
            return refuse(Verdict::ClockSkew);
        m_boot = boot;
        m_bootTime = bootTime;
        m_highest = seq;
        // Everything before the first packet we hear counts as seen: we cannot tell a late packet
        // from one captured before we started listening, and losing a late one costs nothing.
        m_window = ~quint64(0);
        return Verdict::Accepted;
    }
    if (seq > m_highest) {
        const qint64 shift = seq - m_highest;
        m_window = shift >= kWindow ? 0 : m_window << shift;
        m_window |= 1;
        m_highest = seq;
        return Verdict::Accepted;
    }
    const qint64 behind = m_highest - seq;
    if (behind >= kWindow)
        return refuse(Verdict::BehindWindow);
    const quint64 bit = quint64(1) << behind;
    if (m_window & bit)
        return refuse(Verdict::Duplicate);
    m_window |= bit;
    return Verdict::Accepted;
}

ReplayGuard::Verdict ReplayGuard::refuse(Verdict verdict)
{
    ++m_replayed;
    return verdict;
}

const char* ReplayGuard::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return "accepted";
    case Verdict::Duplicate:
        return "duplicate";
    case Verdict::BehindWindow:
        return "behind the window";
    case Verdict::OlderBoot:
        return "from an older boot";
    case Verdict::ClockSkew:
        return "clock skew over 60 s";
    }
    return "?";
}

} // namespace twinha::agent
