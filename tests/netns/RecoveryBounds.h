#pragma once

#include "agent/witness/LeaseTerms.h"
#include "agentlink/protocol/HeartbeatTiming.h"
#include "tests/netns/NetnsLab.h"

#include <algorithm>

namespace twinha::tests::netns {

// How long the client may go unanswered, derived from the lab's configuration (see
// tests/netns/README.md). The allowances cover what the timing settings do not: starting the
// service, `ip addr add`, the gratuitous ARP, and the scheduling noise of a shared machine.
struct RecoveryBounds
{
    static constexpr qint64 kStartAllowanceMs = 600;    // stop here + start there, both hosts busy
    static constexpr qint64 kTakeoverAllowanceMs = 800; // tiebreaker ping, then start the group

    // A planned move: the handover travels with the next heartbeat (at most one interval), each
    // side answers on its next one, plus the group's stop and start.
    static qint64 plannedMs(const NetnsLab& lab) { return 2 * qint64(lab.intervalMs()) + kStartAllowanceMs; }
    // A service that died on its node: found at the monitor's next check (the lab runs the default
    // profile's monitor_interval_ms), then restarted there.
    static qint64 restartMs(const NetnsLab&)
    {
        return protocol::TimingProfile::byDefault().monitorIntervalMs + kStartAllowanceMs;
    }
    // The same service failing again at once: found, its restart refused, then a planned move.
    static qint64 recoveryMoveMs(const NetnsLab& lab) { return restartMs(lab) + plannedMs(lab); }
    // A failure: silence on every link for the dead time (detected on the heartbeat tick after
    // it), then the takeover. With a witness the takeover also waits for the old holder's lease to
    // run out at the witness: its TTL plus the drift margin (agent/witness/LeaseTerms.h).
    static qint64 failoverMs(const NetnsLab& lab)
    {
        qint64 wait = lab.deadTimeMs();
        if (lab.intValue(QStringLiteral("WITNESS")) == 1) {
            const agent::LeaseTerms terms{lab.intValue(QStringLiteral("WITNESS_TTL_MS"))};
            // The takeover also waits for silence past the dead time plus the lease's stop margin.
            // etcd grants whole seconds and looks for expired leases every 500 ms.
            const bool etcd = lab.value(QStringLiteral("WITNESS_KIND")) == QLatin1String("etcd");
            const qint64 expiry = etcd ? (terms.ttlMs + 999) / 1000 * 1000 + 500 : terms.takeoverWaitMs();
            wait = std::max(wait + terms.stopMarginMs(), expiry);
        }
        return wait + qint64(lab.intervalMs()) + kTakeoverAllowanceMs;
    }
};

} // namespace twinha::tests::netns
