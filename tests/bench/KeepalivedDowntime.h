#pragma once

#include "tests/bench/NetnsDowntime/DowntimeSamples.h"

namespace twinha::bench {

// keepalived (Debian's package) moving the same VIP in the same netns lab, the HTTP service
// running on both nodes: `flavour` "default" (VRRPv2, advert_int 1) or "fast" (VRRPv3, advert_int
// $KEEPALIVED_FAST_ADVERT, default 0.1). A planned move is SIGTERM to the master's keepalived
// (it sends priority 0 and drops the VIP); an unplanned one is kill -9 of the master's keepalived
// processes and its HTTP service. Node1 (priority 150) takes the VIP back before each next run.
DowntimeSamples measureKeepalived(const QString& flavour, int planned, int unplanned);

} // namespace twinha::bench
