#include "agent/heartbeat/ReplayGuard.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace twinha::agent {

ReplayGuard::ReplayGuard(int deadTimeMs)
    : m_maxAgeMs(std::max(100, deadTimeMs / 4))
    , m_silenceMs(deadTimeMs)
{}

ReplayGuard::Verdict ReplayGuard::check(const Stamp& stamp, qint64 nowMs, qint64 monoMs, qint64* lateMs)
{
    if (stamp.boot != m_boot)
        return checkNewBoot(stamp, nowMs, monoMs);
    double baseline = m_baseline;
    const double late = lateness(stamp, monoMs, &baseline);
    if (late > double(m_maxAgeMs)) {
        if (lateMs)
            *lateMs = qint64(std::ceil(late));
        return refuse(Verdict::Stale);
    }
    const Verdict verdict = checkSequence(stamp.seq);
    if (verdict != Verdict::Accepted)
        return refuse(verdict);
    if (stamp.mono >= 0) {
        m_haveBaseline = true;
        m_baseline = baseline;
        m_baselineMono = monoMs;
    }
    m_lastAcceptMono = monoMs;
    return Verdict::Accepted;
}

ReplayGuard::Verdict ReplayGuard::checkNewBoot(const Stamp& stamp, qint64 nowMs, qint64 monoMs)
{
    if (m_retired.contains(stamp.boot))
        return refuse(Verdict::OlderBoot);
    const bool silent = monoMs - m_lastAcceptMono >= m_silenceMs;
    if (!m_boot.isEmpty() && stamp.bootTime < m_bootTime && !silent)
        return refuse(Verdict::OlderBoot);
    if (qAbs(stamp.sent - nowMs) > kMaxClockSkewMs)
        return refuse(Verdict::ClockSkew);
    if (!m_boot.isEmpty()) {
        m_retired.append(m_boot);
        while (m_retired.size() > kRetiredBoots)
            m_retired.removeFirst();
    }
    m_boot = stamp.boot;
    m_bootTime = stamp.bootTime;
    m_highest = stamp.seq;
    // Everything before the first packet we hear counts as seen: we cannot tell a late packet
    // from one captured before we started listening, and losing a late one costs nothing.
    m_window = ~quint64(0);
    m_haveBaseline = stamp.mono >= 0;
    m_baseline = double(monoMs - stamp.mono);
    m_baselineMono = monoMs;
    m_lastAcceptMono = monoMs;
    return Verdict::Accepted;
}

double ReplayGuard::lateness(const Stamp& stamp, qint64 monoMs, double* baseline) const
{
    if (stamp.mono < 0 || !m_haveBaseline)
        return 0;
    const double offset = double(monoMs - stamp.mono);
    const double crept = m_baseline + double(std::max<qint64>(0, monoMs - m_baselineMono)) * kDriftPerMille / 1000.0;
    *baseline = std::min(offset, crept);
    return offset - *baseline;
}

ReplayGuard::Verdict ReplayGuard::checkSequence(qint64 seq)
{
    if (seq > m_highest) {
        const qint64 shift = seq - m_highest;
        m_window = shift >= kWindow ? 0 : m_window << shift;
        m_window |= 1;
        m_highest = seq;
        return Verdict::Accepted;
    }
    const qint64 behind = m_highest - seq;
    if (behind >= kWindow)
        return Verdict::BehindWindow;
    const quint64 bit = quint64(1) << behind;
    if (m_window & bit)
        return Verdict::Duplicate;
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
    case Verdict::Stale:
        return "held back on the way";
    }
    return "?";
}

} // namespace twinha::agent
