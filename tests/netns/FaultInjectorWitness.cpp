// The faults that only a lab with a witness has (netns-lab.sh up --witness), and the check that a
// fault left the active node alone.
#include "tests/netns/FaultInjector.h"

#include "tests/integration/CoordinatorAsserts.h"
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"
#include "tests/netns/RecoveryBounds.h"

#include <QtTest>

#include <csignal>

namespace twinha::tests::netns {

namespace {
constexpr qint64 kMs = 1000000;
constexpr int kOutcomeTimeoutMs = 15000;

QString node(int n)
{
    return QStringLiteral("node%1").arg(n);
}
} // namespace

bool FaultInjector::hasWitness() const
{
    return m_lab.intValue(QStringLiteral("WITNESS")) == 1;
}

void FaultInjector::holdsOn(FaultRun& r, int a, int b, qint64 forMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < forMs) {
        const QJsonObject other = groupStatus(m_agents.status(b), QStringLiteral("service"));
        if (other[QStringLiteral("held")].toBool() || m_lab.servicePid(b) > 0)
            r.problems << QStringLiteral("%1 took the group over while %2 still held it").arg(node(b), node(a));
        if (!groupStatus(m_agents.status(a), QStringLiteral("service"))[QStringLiteral("held")].toBool())
            r.problems << QStringLiteral("%1 gave the group up").arg(node(a));
        QTest::qWait(100);
    }
    r.problems.removeDuplicates();
}

void FaultInjector::oneWay(FaultRun& r, int a, int b)
{
    // The standby goes deaf: it believes the active dead and asks for the lease, while the active,
    // which still hears it, keeps renewing. The witness keeps the lease where it is: nothing moves.
    r.holder = r.from;
    r.gapBoundNs = RecoveryBounds::plannedMs(m_lab) * kMs;
    if (!hasWitness())
        r.problems << QStringLiteral("%1 needs a lab with a witness").arg(r.name);
    if (!m_lab.fault({QStringLiteral("deaf"), node(b)}))
        r.problems << QStringLiteral("could not make %1 deaf to heartbeats").arg(node(b));
    r.startNs = monotonicNs();
    // The fault took: the standby lost the active while the active still hears the standby.
    if (!QTest::qWaitFor([&] { return !m_agents.status(b)[QStringLiteral("peer")][QStringLiteral("alive")].toBool(); },
                         kOutcomeTimeoutMs))
        r.problems << QStringLiteral("%1 never stopped hearing %2").arg(node(b), node(a));
    if (!m_agents.status(a)[QStringLiteral("peer")][QStringLiteral("alive")].toBool())
        r.problems << QStringLiteral("%1 stopped hearing %2 too: not a one-way loss").arg(node(a), node(b));
    holdsOn(r, a, b, 3 * RecoveryBounds::failoverMs(m_lab));
    m_lab.fault({QStringLiteral("heal")});
    r.mendedNs = monotonicNs();
}

void FaultInjector::coldStart(FaultRun& r, int a)
{
    // Both nodes down at once (a power cut), then both back: the node that was active takes its
    // group up again, the other does not, and never both.
    r.holder = r.from;
    r.startNs = monotonicNs();
    for (int n : {1, 2}) {
        ::kill(pid_t(m_lab.agentPid(n)), SIGKILL);
        if (const qint64 service = m_lab.servicePid(n); service > 0)
            ::kill(pid_t(service), SIGKILL);
    }
    QTest::qWait(m_lab.deadTimeMs());
    for (int n : {1, 2}) {
        if (!m_lab.startAgent(n))
            r.problems << QStringLiteral("could not start %1's agent again").arg(node(n));
        m_agents.reconnect(n);
    }
    r.mendedNs = monotonicNs();
    waitForVip(r, a, kOutcomeTimeoutMs);
    r.gapBoundNs = monotonicNs() - r.startNs + RecoveryBounds::plannedMs(m_lab) * kMs;
}

void FaultInjector::witnessLost(FaultRun& r, bool peerToo, int a, int b)
{
    if (!hasWitness()) {
        r.problems << QStringLiteral("%1 needs a lab with a witness").arg(r.name);
        return;
    }
    r.holder = r.from;
    r.gapBoundNs = RecoveryBounds::plannedMs(m_lab) * kMs;
    if (!m_lab.fault({QStringLiteral("witness-down")}))
        r.problems << QStringLiteral("could not cut the witness off");
    r.startNs = monotonicNs();
    if (!peerToo) {
        // Losing only the witness changes nothing: no outage, no takeover, for longer than a lease.
        holdsOn(r, a, b, 2 * m_lab.intValue(QStringLiteral("WITNESS_TTL_MS")) + m_lab.deadTimeMs());
        m_lab.fault({QStringLiteral("witness-up")});
        r.mendedNs = monotonicNs();
        return;
    }
    // The active node can no longer tell a dead peer from a peer that holds the lease now: it must stop.
    ::kill(pid_t(m_lab.agentPid(b)), SIGKILL);
    const bool stopped = QTest::qWaitFor(
        [&] {
            const QJsonObject g = groupStatus(m_agents.status(a), QStringLiteral("service"));
            return !g[QStringLiteral("held")].toBool() && g[QStringLiteral("state")] == QLatin1String("stopped");
        },
        kOutcomeTimeoutMs);
    if (!stopped || m_lab.servicePid(a) > 0)
        r.problems << node(a) + QStringLiteral(" kept serving without its peer and without the witness");
    m_lab.fault({QStringLiteral("witness-up")});
    if (!m_lab.startAgent(b))
        r.problems << QStringLiteral("could not start %1's agent again").arg(node(b));
    m_agents.reconnect(b);
    r.mendedNs = monotonicNs();
    // Once both are back, nobody holds the group, and the preferred node (node1 in the lab) takes it.
    r.holder = node(1);
    // The outage is the price of not knowing; it lasts until the witness and the peer are back.
    r.gapBoundNs = r.mendedNs - r.startNs + RecoveryBounds::failoverMs(m_lab) * kMs;
}

} // namespace twinha::tests::netns
