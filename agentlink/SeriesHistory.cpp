#include "agentlink/SeriesHistory.h"

#include <algorithm>
#include <limits>

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

void SeriesHistory::backfill(const QString& key, const QList<Sample>& older)
{
    std::deque<Sample>& samples = m_samples[key];
    const qint64 before = samples.empty() ? std::numeric_limits<qint64>::max() : samples.front().atMs;
    const qint64 spacingMs = m_windowMs / m_capacity;
    std::deque<Sample> merged;
    for (const Sample& s : older) {
        if (s.atMs >= before || (!merged.empty() && s.atMs < merged.back().atMs))
            continue;
        if (!merged.empty() && s.atMs - merged.back().atMs < spacingMs)
            merged.back().value = std::max(merged.back().value, s.value);
        else
            merged.push_back(s);
    }
    merged.insert(merged.end(), samples.cbegin(), samples.cend());
    samples.swap(merged);
    if (!samples.empty())
        trim(samples, samples.back().atMs);
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
