#pragma once

#include "tests/bench/NetnsDowntime/DowntimeSamples.h"

namespace twinha::bench {

// TwinHA in the netns lab (tests/netns/netns-lab.sh, hot standby, agent defaults unless `options`
// say otherwise): `planned` switchovers, alternating direction, then `unplanned` kills (kill -9 of
// the active agent and its service; the killed agent is started again before the next run).
DowntimeSamples measureTwinha(const QString& setup, const QStringList& options, int planned, int unplanned);

} // namespace twinha::bench
