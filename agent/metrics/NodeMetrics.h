#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace twinha::agent {

class MetricsCounters;

// This node's metrics in the Prometheus text format, from the status it reports to consoles (so
// a scrape and the console never disagree) and the counters of its journal. What the node does
// not know (an RTT before the first reply, the lag a standby does not measure) is left out rather
// than sent as zero.
class NodeMetrics
{
public:
    static QByteArray render(const QJsonObject& status, const MetricsCounters& counters, double startTimeS);
};

} // namespace twinha::agent
