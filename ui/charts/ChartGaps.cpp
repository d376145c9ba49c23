#include "ui/charts/ChartGaps.h"

#include <algorithm>

namespace twinha::ui {

QList<QList<agentlink::SeriesHistory::Sample>> ChartGaps::runs(const QList<agentlink::SeriesHistory::Sample>& samples)
{
    QList<QList<agentlink::SeriesHistory::Sample>> out;
    if (samples.isEmpty())
        return out;
    QList<qint64> spacing;
    for (qsizetype i = 1; i < samples.size(); ++i)
        spacing << samples.at(i).atMs - samples.at(i - 1).atMs;
    qint64 gapMs = kMinGapMs;
    if (!spacing.isEmpty()) {
        std::nth_element(spacing.begin(), spacing.begin() + spacing.size() / 2, spacing.end());
        gapMs = std::max(kMinGapMs, kGapFactor * spacing.at(spacing.size() / 2));
    }
    out.append(QList<agentlink::SeriesHistory::Sample>{samples.first()});
    for (qsizetype i = 1; i < samples.size(); ++i) {
        if (samples.at(i).atMs - samples.at(i - 1).atMs > gapMs)
            out.append(QList<agentlink::SeriesHistory::Sample>());
        out.last().append(samples.at(i));
    }
    return out;
}

} // namespace twinha::ui
