#include "tests/netns/FaultInjector.h"

#include "tests/integration/CoordinatorAsserts.h"
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"
#include "tests/netns/RecoveryBounds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

namespace twinha::tests::netns {

namespace {
constexpr qint64 kMs = 1000000;
constexpr qint64 kBeforeNs = 300 * kMs; // the client's view of a fault starts a little before it
constexpr int kOutcomeTimeoutMs = 15000;
constexpr int kSettleTimeoutMs = 40000;
constexpr int kFreezeMs = 3000;
constexpr int kSlowStopMs = 1000; // http-service.sh waits this long while DIR/NODE/slow-stop exists

QString node(int n)
{
    return QStringLiteral("node%1").arg(n);
}

void touch(const QString& path, bool present)
{
    if (present) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
    } else {
        QFile::remove(path);
    }
}

// The processes sshd started for its connections (and what they run), at any depth.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    QProcess p;
    p.start(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::number(pid)});
    p.waitForFinished(5000);
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (const qint64 child = line.trimmed().toLongLong(); child > 0)
            out << child << childrenOf(child);
    return out;
}
} // namespace

QList<FaultInjector::Kind> FaultInjector::all(bool witness)
{
    QList<Kind> kinds{Kind::Switchover, Kind::Rollback, Kind::Kill,    Kind::CutOneLink, Kind::Split,
                      Kind::Isolate,    Kind::Freeze,   Kind::SshKill, Kind::KillAgent};
    if (witness)
        kinds << Kind::WitnessLost << Kind::WitnessAndPeerLost << Kind::OneWay << Kind::ColdStart;
    return kinds;
}

QString FaultInjector::name(Kind kind)
{
    switch (kind) {
    case Kind::Switchover:
        return QStringLiteral("switchover");
    case Kind::Rollback:
        return QStringLiteral("rollback");
    case Kind::Kill:
        return QStringLiteral("kill-9");
    case Kind::CutOneLink:
        return QStringLiteral("cut-one-link");
    case Kind::Split:
        return QStringLiteral("split");
    case Kind::Isolate:
        return QStringLiteral("isolate");
    case Kind::Freeze:
        return QStringLiteral("freeze");
    case Kind::KillAgent:
        return QStringLiteral("kill-9-agent");
    case Kind::SshKill:
        return QStringLiteral("ssh-kill");
    case Kind::TargetDies:
        return QStringLiteral("target-dies");
    case Kind::WitnessLost:
        return QStringLiteral("witness-lost");
    case Kind::WitnessAndPeerLost:
        return QStringLiteral("witness-and-peer-lost");
    case Kind::OneWay:
        return QStringLiteral("one-way");
    case Kind::ColdStart:
        return QStringLiteral("cold-start");
    }
    return {};
}

FaultInjector::FaultInjector(NetnsLab& lab, ClusterAgents& agents, ProbeRun& probe)
    : m_lab(lab)
    , m_agents(agents)
    , m_probe(probe)
{}

FaultRun FaultInjector::run(Kind kind, int active)
{
    // Settling ends right after a heartbeat arrived; a fault at a random phase of the heartbeat
    // instead, so that detection times are not all the worst case.
    QTest::qWait(int(QRandomGenerator::global()->bounded(quint32(std::max(1, m_lab.intervalMs())))));
    const int other = 3 - active;
    FaultRun r;
    r.name = name(kind);
    r.from = node(active);
    r.holder = node(other);
    r.gapBoundNs = RecoveryBounds::failoverMs(m_lab) * kMs;
    switch (kind) {
    case Kind::Switchover:
        switchover(r, active, other, false);
        break;
    case Kind::Rollback:
        switchover(r, active, other, true);
        break;
    case Kind::Kill:
        kill(r, active, other);
        break;
    case Kind::CutOneLink:
        cutOneLink(r, active);
        break;
    case Kind::Split:
        split(r, other);
        break;
    case Kind::Isolate:
        isolate(r, active, other);
        break;
    case Kind::Freeze:
        freeze(r, active, other);
        break;
    case Kind::KillAgent:
        kill(r, active, other, false);
        break;
    case Kind::SshKill:
        sshKill(r, active, other);
        break;
    case Kind::TargetDies:
        targetDies(r, active, other);
        break;
    case Kind::WitnessLost:
        witnessLost(r, false, active, other);
        break;
    case Kind::WitnessAndPeerLost:
        witnessLost(r, true, active, other);
        break;
    case Kind::OneWay:
        oneWay(r, active, other);
        break;
    case Kind::ColdStart:
        coldStart(r, active);
        break;
    }
    settle(r);
    return r;
}

bool FaultInjector::waitForVip(FaultRun& r, int n, int timeoutMs)
{
    if (m_probe.waitForAnswer(QStringLiteral("vip"), node(n), r.startNs, timeoutMs) >= 0)
        return true;
    r.problems << QStringLiteral("%1 never answered on the VIP within %2 ms").arg(node(n)).arg(timeoutMs);
    return false;
}

void FaultInjector::switchover(FaultRun& r, int a, int b, bool failStart)
{
    const QString marker = m_lab.nodeDir(b) + QStringLiteral("/fail-start");
    touch(marker, failStart);
    r.gapBoundNs = RecoveryBounds::plannedMs(m_lab) * (failStart ? 2 : 1) * kMs;
    if (failStart)
        r.holder = node(a);
    r.startNs = monotonicNs();
    const QJsonObject op = m_agents.switchover(a, QStringLiteral("service"), node(b));
    const QString want = failStart ? QStringLiteral("rolled_back") : QStringLiteral("done");
    if (op.value(QStringLiteral("result")).toString() != want)
        r.problems << QStringLiteral("switchover ended '%1', not '%2'")
                          .arg(op.value(QStringLiteral("result")).toString(), want);
    for (const QJsonValue& step : op.value(QStringLiteral("steps")).toArray())
        r.stepsMs.insert(step[QStringLiteral("name")].toString(), step[QStringLiteral("ms")].toDouble());
    if (op.contains(QStringLiteral("gap_ms")))
        r.stepsMs.insert(QStringLiteral("gap"), op.value(QStringLiteral("gap_ms")).toDouble());
    touch(marker, false);
    if (!failStart)
        waitForVip(r, b, kOutcomeTimeoutMs);
}

void FaultInjector::kill(FaultRun& r, int a, int b, bool serviceToo)
{
    const qint64 agent = m_lab.agentPid(a);
    const qint64 service = m_lab.servicePid(a);
    if (service <= 0)
        r.problems << node(a) + QStringLiteral(" runs no service to kill");
    r.startNs = monotonicNs();
    ::kill(pid_t(agent), SIGKILL);
    // The agent alone: its service and address outlive it, and its dead-man guard must stop them
    // before the other node takes over.
    if (service > 0 && serviceToo)
        ::kill(pid_t(service), SIGKILL);
    waitForVip(r, b, kOutcomeTimeoutMs);
    r.mendedNs = monotonicNs();
    // Where the agents move only the address, nobody else starts the killed service again.
    if (service > 0 && serviceToo && m_lab.addressOnly() && !m_lab.startService(a))
        r.problems << QStringLiteral("could not start %1's service again").arg(node(a));
    if (m_lab.hasFencing())
        return; // fenced on the way: settle() powers it on
    if (!m_lab.startAgent(a))
        r.problems << QStringLiteral("could not start %1's agent again").arg(node(a));
    m_agents.reconnect(a);
}

void FaultInjector::cutOneLink(FaultRun& r, int a)
{
    r.holder = r.from;
    r.gapBoundNs = RecoveryBounds::plannedMs(m_lab) * kMs;
    if (!m_lab.fault({QStringLiteral("cut"), node(a), QStringLiteral("private")}))
        r.problems << QStringLiteral("could not cut the link");
    r.startNs = monotonicNs();
    // Three dead times with one link left: the peer must stay alive in both agents' eyes.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 3 * m_lab.deadTimeMs()) {
        for (int n : {1, 2})
            if (!m_agents.status(n)[QStringLiteral("peer")][QStringLiteral("alive")].toBool())
                r.problems << QStringLiteral("%1 lost its peer with one link left").arg(node(n));
        QTest::qWait(100);
    }
    r.problems.removeDuplicates();
    m_lab.fault({QStringLiteral("restore"), node(a), QStringLiteral("private")});
    r.mendedNs = monotonicNs();
}

void FaultInjector::split(FaultRun& r, int b)
{
    if (!m_lab.fault({QStringLiteral("split")}))
        r.problems << QStringLiteral("could not split the network");
    r.startNs = monotonicNs();
    if (hasWitness()) {
        // Both nodes still reach the witness, which leaves the lease with the active node: no
        // takeover, no second active, for as long as the split lasts.
        const int a = 3 - b;
        r.holder = r.from;
        r.gapBoundNs = RecoveryBounds::plannedMs(m_lab) * kMs;
        holdsOn(r, a, b, 3 * RecoveryBounds::failoverMs(m_lab));
        m_lab.fault({QStringLiteral("heal")});
        r.mendedNs = monotonicNs();
        return;
    }
    waitForVip(r, b, kOutcomeTimeoutMs);
    QTest::qWait(500);
    m_lab.fault({QStringLiteral("heal")});
    r.mendedNs = monotonicNs();
    // The documented limit of "ping only" (README, protection levels): both sides keep the group
    // while they cannot see each other, and the older epoch yields once they can. With a witness
    // (above) this allowance is gone.
    r.bothAllowedNs = r.mendedNs + RecoveryBounds::failoverMs(m_lab) * kMs;
}

void FaultInjector::isolate(FaultRun& r, int a, int b)
{
    if (!m_lab.fault({QStringLiteral("isolate"), node(a)}))
        r.problems << QStringLiteral("could not isolate the node");
    r.startNs = monotonicNs();
    waitForVip(r, b, kOutcomeTimeoutMs);
    // The isolated node steps down by itself: its tiebreaker ping fails (ping -W 1, plus a re-probe),
    // or its lease runs out. With fencing it may be powered off first: that is stopped too.
    const bool steppedDown = QTest::qWaitFor(
        [&] {
            if (m_lab.hasFencing() && !NetnsLab::isAlive(m_lab.agentPid(a)))
                return true;
            const QJsonObject g = groupStatus(m_agents.status(a), QStringLiteral("service"));
            return !g[QStringLiteral("held")].toBool() && g[QStringLiteral("state")] == QLatin1String("stopped");
        },
        kOutcomeTimeoutMs);
    if (!steppedDown || m_lab.servicePid(a) > 0)
        r.problems << node(a) + QStringLiteral(" did not step down while isolated");
    m_lab.fault({QStringLiteral("heal")});
    r.mendedNs = monotonicNs();
}

void FaultInjector::freeze(FaultRun& r, int a, int b)
{
    const qint64 agent = m_lab.agentPid(a);
    r.startNs = monotonicNs();
    ::kill(pid_t(agent), SIGSTOP);
    QTest::qWait(kFreezeMs);
    ::kill(pid_t(agent), SIGCONT);
    r.mendedNs = monotonicNs();
    waitForVip(r, b, kOutcomeTimeoutMs);
    // A frozen agent cannot stop its service, but its dead-man guard does, before the other node
    // may take over; with fencing it is powered off as well. Either way, never two actives.
}

void FaultInjector::sshKill(FaultRun& r, int a, int b)
{
    const QString slow = m_lab.nodeDir(a) + QStringLiteral("/slow-stop");
    touch(slow, true);
    r.gapBoundNs = (RecoveryBounds::plannedMs(m_lab) + kSlowStopMs) * kMs;
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    r.startNs = monotonicNs();
    ctl.start(QStringLiteral("ip"),
              {QStringLiteral("netns"), QStringLiteral("exec"), m_lab.ns(QStringLiteral("client")),
               NetnsLab::binPath(QStringLiteral("twinhactl")), QStringLiteral("--cluster"),
               m_lab.value(QStringLiteral("PROFILE")), QStringLiteral("switchover"), QStringLiteral("--group"),
               QStringLiteral("service"), QStringLiteral("--to"), node(b), QStringLiteral("--yes")});
    const bool underWay = QTest::qWaitFor(
        [&] {
            const QJsonValue op = m_agents.status(a)[QStringLiteral("operation")];
            return op.isObject() && op[QStringLiteral("result")].isNull() &&
                   op[QStringLiteral("kind")] == QLatin1String("switchover");
        },
        kOutcomeTimeoutMs);
    if (!underWay)
        r.problems << QStringLiteral("the switchover never got under way: ") + QString::fromUtf8(ctl.readAll());
    QList<qint64> sessions;
    for (int n : {1, 2})
        sessions << childrenOf(m_lab.value(QStringLiteral("SSHD_PID_NODE%1").arg(n)).toLongLong());
    if (underWay && sessions.isEmpty())
        r.problems << QStringLiteral("no SSH connection to kill");
    for (qint64 pid : sessions)
        ::kill(pid_t(pid), SIGKILL);
    const bool stillUnderWay = m_agents.status(a)[QStringLiteral("operation")][QStringLiteral("result")].isNull();
    if (underWay && !stillUnderWay)
        r.problems << QStringLiteral("the switchover ended before the SSH connections were killed");
    waitForVip(r, b, kOutcomeTimeoutMs);
    touch(slow, false);
    // The agents own the switchover: it completes although the console that started it is gone.
    QString result;
    (void)QTest::qWaitFor(
        [&] {
            result = m_agents.status(a)[QStringLiteral("operation")][QStringLiteral("result")].toString();
            return !result.isEmpty();
        },
        kOutcomeTimeoutMs);
    if (result != QLatin1String("done"))
        r.problems << QStringLiteral("the switchover ended '%1', not 'done'").arg(result);
    // twinhactl itself does not notice that its connections died (it would wait on); not ours to judge here.
    if (!ctl.waitForFinished(1000)) {
        ctl.kill();
        ctl.waitForFinished(2000);
    }
}

void FaultInjector::settle(FaultRun& r)
{
    // A node fenced during the fault is off: the operator would power it on again.
    for (int n : {1, 2}) {
        if (!m_lab.hasFencing())
            break;
        const qint64 before = m_lab.agentPid(n);
        if (!m_lab.powerOn(n))
            r.problems << QStringLiteral("could not power %1 on again").arg(node(n));
        if (m_lab.agentPid(n) != before)
            m_agents.reconnect(n);
    }
    QString why;
    if (!m_agents.waitSettled(r.holder, kSettleTimeoutMs, &why))
        r.problems << QStringLiteral("did not settle on %1: %2").arg(r.holder, why);
    // The address only where it belongs: an agent started again must clear what its killed predecessor left.
    const int holder = r.holder.back().digitValue();
    for (int n : {1, 2}) {
        QByteArray out;
        m_lab.exec(node(n),
                   {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
                    QStringLiteral("dev"), QStringLiteral("eth0")},
                   &out);
        const bool has = out.contains(QByteArray(m_lab.value(QStringLiteral("VIP1")).toUtf8() + '/'));
        if (has != (n == holder))
            r.problems << QStringLiteral("%1 %2 the VIP after settling").arg(node(n), has ? "still has" : "lacks");
    }
    QTest::qWait(300); // a little of the calm after, for the client's record
    r.endNs = monotonicNs();
}

Timeline FaultInjector::clientView(const FaultRun& r) const
{
    return m_probe.timeline(QStringLiteral("vip"), r.startNs - kBeforeNs, r.endNs);
}

qint64 FaultInjector::longestGapNs(const FaultRun& r) const
{
    return clientView(r).longestGapNs(r.startNs, r.endNs);
}

QString FaultInjector::describe(const FaultRun& r) const
{
    const qint64 both = m_probe.bothUpNs(r.startNs - kBeforeNs, r.endNs);
    const QString allowed =
        r.bothAllowedNs > 0
            ? QStringLiteral(", allowed until %1 ms after the mend").arg((r.bothAllowedNs - r.mendedNs) / kMs)
            : QString();
    return QStringLiteral("%1 on %2 -> %3: longest gap %4 ms (bound %5 ms), both services up %6 ms%7, %8 s; "
                          "client: %9")
        .arg(r.name, r.from, r.holder)
        .arg(longestGapNs(r) / kMs)
        .arg(r.gapBoundNs / kMs)
        .arg(both / kMs)
        .arg(allowed)
        .arg(double(r.endNs - r.startNs) / 1e9, 0, 'f', 1)
        .arg(clientView(r).describe(r.startNs));
}

namespace {
// The nodes the client saw in turn. While a fault lets both nodes hold the address (a split, until
// the older side yields after the mend), an ARP race can bounce the client to the other holder for
// a request or two: such a bounce, shorter than kBounceNs, is not a move of the service.
QStringList movesSeen(const Timeline& vip, qint64 bothAllowedNs)
{
    constexpr qint64 kBounceNs = 100 * kMs;
    const QList<Timeline::Run> runs = vip.runs();
    QStringList seen;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Timeline::Run& run = runs.at(i);
        const bool bounce =
            i > 0 && i + 1 < runs.size() && run.toNs < bothAllowedNs && run.toNs - run.fromNs < kBounceNs;
        if (!bounce && (seen.isEmpty() || seen.last() != run.node))
            seen << run.node;
    }
    return seen;
}
} // namespace

QStringList FaultInjector::verdict(const FaultRun& r) const
{
    QStringList bad = r.problems;
    const Timeline vip = clientView(r);
    const QStringList want = r.from == r.holder ? QStringList{r.from} : QStringList{r.from, r.holder};
    const QStringList seen = movesSeen(vip, r.bothAllowedNs);
    if (seen != want)
        bad << QStringLiteral("the client saw %1 answer in turn, not %2 (%3)")
                   .arg(seen.join(QLatin1String(", ")), want.join(QLatin1String(", ")), vip.describe(r.startNs));
    const qint64 gap = longestGapNs(r);
    if (gap > r.gapBoundNs)
        bad << QStringLiteral("the client went %1 ms unanswered; the bound is %2 ms")
                   .arg(gap / kMs)
                   .arg(r.gapBoundNs / kMs);
    const qint64 both = m_probe.bothUpNs(std::max(r.startNs - kBeforeNs, r.bothAllowedNs), r.endNs);
    if (both > 0)
        bad << QStringLiteral("both nodes' services answered at once for %1 ms").arg(both / kMs);
    return bad;
}

} // namespace twinha::tests::netns
