#include "agentlink/protocol/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace twinha::protocol {

Backoff::Backoff(int baseMs, int maxMs, double jitter)
    : m_baseMs(baseMs)
    , m_maxMs(maxMs)
    , m_jitter(jitter)
{}

int Backoff::delayMs(int failures, double unitRandom) const
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double nominal = std::min<double>(m_maxMs, m_baseMs * std::pow(2.0, exponent));
    const double spread = nominal >= m_maxMs ? 1.0 - m_jitter * unitRandom : 1.0 + m_jitter * (2.0 * unitRandom - 1.0);
    return static_cast<int>(std::lround(std::min<double>(m_maxMs, nominal * spread)));
}

int Backoff::delayMs(int failures) const
{
    return m_jitter == 0.0 ? delayMs(failures, 0.5) : delayMs(failures, QRandomGenerator::global()->generateDouble());
}

} // namespace twinha::protocol
