#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// Small helpers the benchmarks share: order statistics over samples in milliseconds.
namespace twinha::bench {

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min<qsizetype>(lo + 1, samples.size() - 1);
    return samples.at(lo) + (samples.at(hi) - samples.at(lo)) * (rank - double(lo));
}

inline QString summary(const QList<double>& ms)
{
    return QStringLiteral("n=%1 median=%2 ms p95=%3 ms max=%4 ms")
        .arg(ms.size())
        .arg(percentile(ms, 50), 0, 'f', 2)
        .arg(percentile(ms, 95), 0, 'f', 2)
        .arg(ms.isEmpty() ? 0.0 : *std::max_element(ms.cbegin(), ms.cend()), 0, 'f', 2);
}

} // namespace twinha::bench
