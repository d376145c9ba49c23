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
    if (!samples.empty() && atMs < samples.back().atMs) {
        samples.clear(); // the clock went back: what came before can't be drawn against it
        m_liveFrom.remove(key);
    }
    if (!m_liveFrom.contains(key))
        m_liveFrom.insert(key, atMs);
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
    std::deque<Sample>& held = m_samples[key];
    // Before the first live sample only; what is held there already (another node's history of
    // the same channel, from before the group moved) is merged with it in time order.
    const qint64 before = m_liveFrom.value(key, std::numeric_limits<qint64>::max());
    const qint64 spacingMs = m_windowMs / m_capacity;
    std::deque<Sample> merged;
    const auto put = [&](const Sample& s) {
        if (!merged.empty() && s.atMs - merged.back().atMs < spacingMs)
            merged.back().value = std::max(merged.back().value, s.value);
        else
            merged.push_back(s);
    };
    auto h = held.cbegin();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Sample& s : older) {
        if (s.atMs >= before || s.atMs < last)
            continue;
        last = s.atMs;
        for (; h != held.cend() && h->atMs <= s.atMs; ++h)
            put(*h);
        put(s);
    }
    for (; h != held.cend(); ++h)
        put(*h);
    held.swap(merged);
    if (!held.empty())
        trim(held, held.back().atMs);
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
