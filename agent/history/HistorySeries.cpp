#include "agent/history/HistorySeries.h"

#include <cmath>
#include <limits>

namespace twinha::agent {

namespace {
constexpr float kGap = std::numeric_limits<float>::quiet_NaN();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

HistorySeries::HistorySeries()
    : m_fine(kFineSlots, kGap)
    , m_coarseMean(kCoarseSlots, kGap)
{}

void HistorySeries::add(qint64 second, float value)
{
    if (second <= m_fineHead)
        return;
    // The seconds skipped since the last sample are gaps; a jump of an hour or more clears the ring.
    const qint64 from = m_fineHead < 0 ? second : std::max(m_fineHead + 1, second - kFineSlots + 1);
    for (qint64 s = from; s < second; ++s)
        m_fine[int(s % kFineSlots)] = kGap;
    m_fine[int(second % kFineSlots)] = value;
    m_fineHead = second;

    const qint64 minute = floorDiv(second, kCoarseStepS);
    if (minute != m_openMinute) {
        closeMinute();
        m_openMinute = minute;
    }
    if (!std::isnan(value)) {
        m_openSum += value;
        ++m_openCount;
    }
}

void HistorySeries::closeMinute()
{
    if (m_openMinute < 0)
        return;
    const qint64 from = m_coarseHead < 0 ? m_openMinute : std::max(m_coarseHead + 1, m_openMinute - kCoarseSlots + 1);
    for (qint64 m = from; m < m_openMinute; ++m)
        m_coarseMean[int(m % kCoarseSlots)] = kGap;
    m_coarseMean[int(m_openMinute % kCoarseSlots)] = m_openCount > 0 ? float(m_openSum / m_openCount) : kGap;
    m_coarseHead = m_openMinute;
    m_openSum = 0;
    m_openCount = 0;
}

float HistorySeries::fineAt(qint64 second) const
{
    if (second > m_fineHead || second <= m_fineHead - kFineSlots || second < 0)
        return kGap;
    return m_fine[int(second % kFineSlots)];
}

float HistorySeries::coarseAt(qint64 minute) const
{
    // Against the latest minute, open or closed: the ring's slots between the last closed minute
    // and the open one are not cleared until that minute closes.
    const qint64 latest = std::max(m_openMinute, m_coarseHead);
    if (minute < 0 || minute > latest || minute <= latest - kCoarseSlots)
        return kGap;
    if (minute == m_openMinute)
        return m_openCount > 0 ? float(m_openSum / m_openCount) : kGap;
    if (minute > m_coarseHead)
        return kGap;
    return m_coarseMean[int(minute % kCoarseSlots)];
}

QVector<std::optional<double>> HistorySeries::read(qint64 fromS, qint64 stepS, int count, qint64 nowS) const
{
    QVector<std::optional<double>> out;
    out.reserve(count);
    stepS = std::max<qint64>(stepS, 1);
    for (int i = 0; i < count; ++i) {
        const qint64 begin = fromS + i * stepS;
        // Seconds where the last hour still has them, minutes before: a window of an hour or more
        // at a step under a minute reads both, rather than minutes for all of it.
        const bool fine = stepS < kCoarseStepS && begin > nowS - kFineSlots;
        double sum = 0;
        double weight = 0;
        if (fine) {
            for (qint64 s = begin; s < begin + stepS; ++s)
                if (const float v = fineAt(s); !std::isnan(v)) {
                    sum += v;
                    weight += 1;
                }
        } else {
            for (qint64 m = floorDiv(begin, kCoarseStepS); m * kCoarseStepS < begin + stepS; ++m)
                if (const float v = coarseAt(m); !std::isnan(v)) {
                    sum += v;
                    weight += 1;
                }
        }
        out.append(weight > 0 ? std::optional<double>(sum / weight) : std::nullopt);
    }
    return out;
}

void HistorySeries::save(QDataStream& out) const
{
    out << m_fineHead << m_coarseHead << m_openMinute << m_openSum << qint32(m_openCount);
    for (const float v : m_fine)
        out << v;
    for (const float v : m_coarseMean)
        out << v;
}

bool HistorySeries::load(QDataStream& in)
{
    qint32 openCount = 0;
    in >> m_fineHead >> m_coarseHead >> m_openMinute >> m_openSum >> openCount;
    m_openCount = openCount;
    for (float& v : m_fine)
        in >> v;
    for (float& v : m_coarseMean)
        in >> v;
    return in.status() == QDataStream::Ok && m_openCount >= 0;
}

} // namespace twinha::agent
