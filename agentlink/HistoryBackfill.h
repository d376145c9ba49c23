#pragma once

#include "agentlink/SeriesHistory.h"

#include <QJsonObject>

namespace twinha::agentlink {

// A node's own history (its history.get answer) put before what the console has sampled since it
// connected, so that the charts show the time before the console was opened: the lag of each
// channel where this node measured it, and the RTT of each link as this node saw it. Gaps (null)
// stay gaps.
struct HistoryBackfill
{
    // The history.get request for the last windowMs at a step the charts can use.
    static QJsonObject request(qint64 nowMs, qint64 windowMs, int capacity);
    static void apply(const QJsonObject& answer, const QString& node, SeriesHistory& lag, SeriesHistory& lagKib,
                      SeriesHistory& rtt);
};

} // namespace twinha::agentlink
