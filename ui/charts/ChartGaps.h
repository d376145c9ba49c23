#pragma once

#include "agentlink/SeriesHistory.h"

#include <QList>

namespace twinha::ui {

// Where a chart's line must break: between two samples further apart than kGapFactor times the
// series' usual spacing (its median), and at least kMinGapMs. A node that was silent, or an agent
// that was down, leaves a hole in the line instead of a straight segment across the time nobody
// measured.
struct ChartGaps
{
    static constexpr qint64 kMinGapMs = 10000;
    static constexpr int kGapFactor = 5;

    // The samples in runs without a gap, in time order.
    static QList<QList<agentlink::SeriesHistory::Sample>> runs(const QList<agentlink::SeriesHistory::Sample>& samples);
};

} // namespace twinha::ui
