#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QVector>

#include <optional>

namespace twinha::agent {

// One series of samples in a fixed amount of memory: one value a second for the last hour (a ring
// of kFineSlots) and the mean of each minute for the last 7 days (a ring of kCoarseSlots). A
// second or minute without a sample is a gap (NaN), never the last value carried on: a node that
// was down shows as a hole. About 55 KB a series, whatever it is fed.
class HistorySeries
{
public:
    static constexpr int kFineSlots = 3600;          // 1 s each
    static constexpr int kCoarseSlots = 7 * 24 * 60; // 60 s each
    static constexpr qint64 kCoarseStepS = 60;

    HistorySeries();

    // The value at `second` (Unix time). A second at or before the last one recorded is ignored.
    void add(qint64 second, float value);

    // Means over buckets of stepS seconds, from `fromS` on, `count` of them; nullopt where a bucket
    // has no sample. Served from the per-second ring while it still covers `fromS` and the step is
    // below a minute, else from the per-minute one.
    QVector<std::optional<double>> read(qint64 fromS, qint64 stepS, int count, qint64 nowS) const;

    qint64 lastSecond() const { return m_fineHead; }
    static constexpr qint64 bytes() { return qint64(kFineSlots + kCoarseSlots) * qint64(sizeof(float)); }

    void save(QDataStream& out) const;
    bool load(QDataStream& in); // false on a malformed record

private:
    void closeMinute();
    float fineAt(qint64 second) const;
    float coarseAt(qint64 minute) const;

    QVector<float> m_fine;       // NaN: no sample that second
    QVector<float> m_coarseMean; // per minute
    qint64 m_fineHead = -1;      // the last second written (its slot is m_fineHead % kFineSlots)
    qint64 m_coarseHead = -1;    // the last minute closed
    qint64 m_openMinute = -1;    // the minute being summed
    double m_openSum = 0;
    int m_openCount = 0;
};

} // namespace twinha::agent
