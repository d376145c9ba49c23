// A planned switchover whose target's agent dies as it begins: the source must notice the dead
// peer in whatever step it is in, start the group again itself, and report the gap it caused.
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/FaultInjector.h"
#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"
#include "tests/netns/RecoveryBounds.h"

#include <QtTest>

#include <csignal>
#include <cstdlib>

namespace twinha::tests::netns {

namespace {
constexpr qint64 kMs = 1000000;
constexpr int kOutcomeTimeoutMs = 40000; // past the final replication's 30 s, to see a slow rollback end
constexpr qint64 kGapToleranceMs = 500;  // the agent's clock against the client's, both around a stop and a start
} // namespace

void FaultInjector::targetDies(FaultRun& r, int a, int b)
{
    const QString source = QStringLiteral("node%1").arg(a);
    r.holder = source;
    // The dead time to notice, then the stop's and the start's own time.
    r.gapBoundNs = (RecoveryBounds::failoverMs(m_lab) + RecoveryBounds::plannedMs(m_lab)) * kMs;
    r.startNs = monotonicNs();
    const QString id = m_agents.startSwitchover(a, QStringLiteral("service"), QStringLiteral("node%1").arg(b));
    if (id.isEmpty()) {
        r.problems << QStringLiteral("the switchover was refused");
        return;
    }
    ::kill(pid_t(m_lab.agentPid(b)), SIGKILL);
    const QJsonObject op = m_agents.finishedOperation(a, id, kOutcomeTimeoutMs);
    const QString result = op.value(QStringLiteral("result")).toString();
    if (result != QLatin1String("rolled_back"))
        r.problems << QStringLiteral("the switchover ended '%1', not 'rolled_back'").arg(result);
    if (m_probe.waitForAnswer(QStringLiteral("vip"), source, r.startNs, kOutcomeTimeoutMs) < 0)
        r.problems << source + QStringLiteral(" never answered on the VIP again");
    // The gap the agent reports is the one the client saw.
    const qint64 reported = op.value(QStringLiteral("gap_ms")).toInteger(-1);
    const qint64 seen = m_probe.timeline(QStringLiteral("vip"), r.startNs, monotonicNs()).longestGapNs() / kMs;
    qInfo("the agent reported a service gap of %lld ms; the client saw %lld ms", reported, seen);
    if (reported < 0 || std::abs(reported - seen) > kGapToleranceMs)
        r.problems << QStringLiteral("the agent reported a service gap of %1 ms; the client saw %2 ms")
                          .arg(reported)
                          .arg(seen);
    r.mendedNs = monotonicNs();
    if (!m_lab.startAgent(b))
        r.problems << QStringLiteral("could not start node%1's agent again").arg(b);
    m_agents.reconnect(b);
}

} // namespace twinha::tests::netns
