#include "tests/netns/Timeline.h"

#include <algorithm>

namespace twinha::tests::netns {

QList<Interval> overlaps(const QList<Interval>& a, const QList<Interval>& b)
{
    QList<Interval> out;
    for (const Interval& x : a)
        for (const Interval& y : b) {
            const Interval both{std::max(x.fromNs, y.fromNs), std::min(x.toNs, y.toNs)};
            if (both.toNs > both.fromNs)
                out.append(both);
        }
    return out;
}

qint64 totalNs(const QList<Interval>& intervals)
{
    qint64 sum = 0;
    for (const Interval& i : intervals)
        sum += i.ns();
    return sum;
}

Timeline::Timeline(QList<ProbeAnswer> answers)
    : m_all(std::move(answers))
{
    std::sort(m_all.begin(), m_all.end(), [](const auto& a, const auto& b) { return a.sentNs < b.sentNs; });
    for (const ProbeAnswer& a : m_all)
        if (a.ok())
            m_ok.append(a);
    std::stable_sort(m_ok.begin(), m_ok.end(), [](const auto& a, const auto& b) { return a.doneNs < b.doneNs; });
    for (const ProbeAnswer& a : m_ok) {
        if (m_runs.isEmpty() || m_runs.last().node != a.answer)
            m_runs.append(Run{a.answer, a.doneNs, a.doneNs, 0});
        m_runs.last().toNs = a.doneNs;
        ++m_runs.last().count;
    }
}

QStringList Timeline::sequence() const
{
    QStringList nodes;
    for (const Run& r : m_runs)
        nodes << r.node;
    return nodes;
}

qint64 Timeline::longestGapNs(qint64 fromNs, qint64 toNs) const
{
    if (m_all.isEmpty())
        return 0;
    qint64 longest = 0;
    qint64 previous = m_ok.isEmpty() ? m_all.first().sentNs : -1;
    for (const ProbeAnswer& a : m_ok) {
        if (previous >= 0 && a.doneNs > fromNs && previous < toNs)
            longest = std::max(longest, a.doneNs - previous);
        previous = a.doneNs;
    }
    // Still unanswered when the recording ended: the outage lasts at least that long.
    qint64 end = 0;
    for (const ProbeAnswer& a : m_all)
        end = std::max(end, a.doneNs);
    if (end > previous && end > fromNs && previous < toNs)
        longest = std::max(longest, end - previous);
    return longest;
}

qint64 Timeline::firstAnswerNs(const QString& node, qint64 afterNs) const
{
    for (const ProbeAnswer& a : m_ok)
        if (a.doneNs > afterNs && a.answer == node)
            return a.doneNs;
    return -1;
}

int Timeline::flaps(qint64 windowNs) const
{
    int n = 0;
    for (qsizetype i = 1; i + 1 < m_runs.size(); ++i)
        if (m_runs[i - 1].node == m_runs[i + 1].node && m_runs[i + 1].fromNs - m_runs[i - 1].toNs < windowNs)
            ++n;
    return n;
}

QList<Interval> Timeline::upIntervals() const
{
    QList<Interval> out;
    bool open = false;
    for (const ProbeAnswer& a : m_all) {
        if (!a.ok()) {
            open = false;
            continue;
        }
        if (!open)
            out.append(Interval{a.sentNs, a.doneNs});
        out.last().toNs = std::max(out.last().toNs, a.doneNs);
        open = true;
    }
    return out;
}

QString Timeline::describe(qint64 originNs) const
{
    QStringList parts;
    for (const Run& r : m_runs)
        parts << QStringLiteral("%1 %2..%3 ms (%4)")
                     .arg(r.node)
                     .arg((r.fromNs - originNs) / 1000000)
                     .arg((r.toNs - originNs) / 1000000)
                     .arg(r.count);
    return QStringLiteral("%1 requests, %2 answered: %3")
        .arg(requests())
        .arg(answered())
        .arg(parts.isEmpty() ? QStringLiteral("no answers") : parts.join(QStringLiteral(", ")));
}

} // namespace twinha::tests::netns
