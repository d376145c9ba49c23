#include "agent/heartbeat/LossMeter.h"

#include <algorithm>

namespace twinha::agent {

namespace {
constexpr int kBits = 64;
static_assert(LossMeter::kWindow <= kBits, "the bitmap must cover the window");
} // namespace

void LossMeter::reset()
{
    *this = LossMeter();
}

void LossMeter::record(qint64 seq)
{
    if (m_highest < 0) {
        m_first = m_highest = seq;
        m_received = 1;
        return;
    }
    if (seq > m_highest) {
        const qint64 shift = seq - m_highest;
        m_received = shift >= kBits ? 0 : m_received << shift;
        m_received |= 1;
        m_highest = seq;
        return;
    }
    if (m_highest - seq < kBits)
        m_received |= quint64(1) << (m_highest - seq);
    m_first = std::min(m_first, seq);
}

double LossMeter::lossPct(qint64 expectedHighest) const
{
    if (m_highest < 0)
        return 100;
    const qint64 newest = std::max(expectedHighest, m_highest);
    const qint64 oldest = std::max(m_first, newest - kWindow + 1);
    int received = 0;
    for (qint64 seq = oldest; seq <= m_highest; ++seq) {
        const qint64 behind = m_highest - seq;
        if (behind < kBits && (m_received & (quint64(1) << behind)))
            ++received;
    }
    const qint64 expected = newest - oldest + 1;
    return 100.0 * double(expected - received) / double(expected);
}

} // namespace twinha::agent
