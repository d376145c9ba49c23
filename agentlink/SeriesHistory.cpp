#include "agentlink/SeriesHistory.h"

#include <algorithm>

namespace twinha::agentlink {

SeriesHistory::SeriesHistory(qint64 windowMs, int capacity)
    : m_windowMs(std::max<qint64>(1000, windowMs))
    , m_capacity(std::max(2, capacity))
{}

void SeriesHistory::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1000, windowMs);
    for (auto it = m_samples.begin(); it != m_samples.end(); ++it)
        if (!it->empty())
            trim(*it, it->back().atMs);
}

void SeriesHistory::add(const QString& key, qint64 atMs, double value)
{
    std::deque<Sample>& samples = m_samples[key];
    const qint64 spacingMs = m_windowMs / m_capacity;
    if (!samples.empty() && atMs < samples.back().atMs)
        samples.clear(); // the clock went back: what came before can't be drawn against it
    if (!samples.empty() && atMs - samples.back().atMs < spacingMs) {
        // The sample keeps the time its bucket opened at, so buckets never creep forward.
        samples.back().value = std::max(samples.back().value, value);
    } else {
        samples.push_back({atMs, value});
    }
    trim(samples, atMs);
}

void SeriesHistory::trim(std::deque<Sample>& samples, qint64 nowMs) const
{
    while (!samples.empty() && samples.front().atMs < nowMs - m_windowMs)
        samples.pop_front();
    while (samples.size() > std::size_t(m_capacity))
        samples.pop_front();
}

QList<SeriesHistory::Sample> SeriesHistory::samples(const QString& key) const
{
    const auto it = m_samples.constFind(key);
    if (it == m_samples.cend())
        return {};
    return QList<Sample>(it->cbegin(), it->cend());
}

int SeriesHistory::size() const
{
    int n = 0;
    for (const std::deque<Sample>& s : m_samples)
        n += int(s.size());
    return n;
}

} // namespace twinha::agentlink
