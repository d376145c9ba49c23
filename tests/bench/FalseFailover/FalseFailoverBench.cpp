// False failovers under stress in the netns lab: a healthy pair, nothing failed, for SECONDS per
// setup while the links lose 5 % of the packets between the nodes and jitter them by 20 ± 10 ms,
// stress-ng saturates the CPUs, and the active node's disks stall for 1 s every minute
// (LabStress). Every role change is one that should not have happened. Needs root.
//
//   bench_netns_false_failover [SECONDS] [SETUP...]   (default 600 s; every setup)
//
// Setups: twinha (agent defaults: heartbeat 200 ms, dead time 1 s), twinha-fast ([timing] profile
// = "fast": 50 ms, 250 ms), keepalived (VRRPv2, advert_int 1) and keepalived-fast (VRRPv3, 0.1 s).
// Counted, judged by what the client saw of the VIP: the role changes (the node answering for the
// VIP changed), the longest time the VIP went unanswered, and for TwinHA the time both nodes'
// services answered at once. Beside them, from the nodes: TwinHA's takeovers (epochs raised),
// peers declared dead and the times its dead-man guard stopped a healthy node's groups (an outage
// even when nobody takes over); keepalived's MASTER transitions.
#include "tests/bench/FalseFailover/LabStress.h"
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QtTest>

#include <cstdio>

using namespace twinha;
using namespace twinha::bench;
using namespace twinha::tests::netns;

namespace {
constexpr qint64 kMs = 1000000;
constexpr int kSettleMs = 90000;
constexpr int kFirstStallS = 20;
constexpr int kStallEveryS = 60;
constexpr int kProbeMs = 10;

struct Setup
{
    QString name;
    QStringList labOptions;
    bool twinha = true;
};

struct Outcome
{
    QString setup;
    int roleChanges = -1; // -1: not measured
    double longestGapMs = 0;
    double bothServingMs = 0;
    int takeovers = 0;  // TwinHA: epochs raised; keepalived: MASTER transitions
    int peerDeaths = 0; // TwinHA only
    int guardStops = 0; // TwinHA only
    int stalls = 0;
    QStringList impairment;
    QString problem;
};

QList<Setup> allSetups()
{
    return {{QStringLiteral("twinha"), {}},
            {QStringLiteral("twinha-fast"), {QStringLiteral("--profile"), QStringLiteral("fast")}},
            {QStringLiteral("keepalived"), {QStringLiteral("--keepalived"), QStringLiteral("default")}, false},
            {QStringLiteral("keepalived-fast"), {QStringLiteral("--keepalived"), QStringLiteral("fast")}, false}};
}

// Lines of a node's log written after `from` bytes that contain `needle`.
int countSince(const QString& path, qint64 from, const QByteArray& needle)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
        return 0;
    int n = 0;
    while (!f.atEnd())
        n += f.readLine().contains(needle) ? 1 : 0;
    return n;
}

QString logOf(const NetnsLab& lab, int node, bool twinha)
{
    return lab.nodeDir(node) + (twinha ? QStringLiteral("/agent.log") : QStringLiteral("/keepalived.log"));
}

qint64 sizeOf(const QString& path)
{
    return QFileInfo(path).size();
}

Outcome run(const Setup& s, int seconds, const LabStress::Options& stressOptions)
{
    Outcome out;
    out.setup = s.name;
    std::fprintf(stderr, "%s: bringing up the lab\n", qPrintable(s.name));
    NetnsLab lab(s.labOptions + QStringList{QStringLiteral("--disks")});
    if (!lab.isUp()) {
        out.problem = QStringLiteral("the lab did not come up: ") + lab.upOutput().right(400);
        return out;
    }
    const auto failed = [&](const QString& why) {
        out.problem = why;
        lab.keepFiles(); // for the post-mortem
        return out;
    };
    if (const QString why = LabStress::unavailableReason(lab); !why.isEmpty())
        return failed(why);
    ClusterAgents agents(lab);
    QString why;
    if (s.twinha && !agents.waitSettled(QStringLiteral("node1"), kSettleMs, &why))
        return failed(QStringLiteral("the cluster did not settle: ") + why);
    ProbeRun probe(lab, kProbeMs);
    if (!probe.start())
        return failed(QStringLiteral("probe: ") + probe.errorText());
    if (probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node1"), 0, 30000) < 0)
        return failed(QStringLiteral("node1 never answered for the VIP"));
    QTest::qWait(2000);

    const qint64 logFrom[2] = {sizeOf(logOf(lab, 1, s.twinha)), sizeOf(logOf(lab, 2, s.twinha))};
    const qint64 epochFrom = s.twinha ? std::max(agents.epoch(1), agents.epoch(2)) : 0;
    LabStress stress(lab, stressOptions);
    if (!stress.start(&why))
        return failed(why);
    const qint64 t0 = monotonicNs();
    std::fprintf(stderr, "%s: under stress for %d s\n", qPrintable(s.name), seconds);
    int nextStallS = kFirstStallS;
    while (monotonicNs() - t0 < seconds * 1000 * kMs) {
        QTest::qWait(250);
        if ((monotonicNs() - t0) / (1000 * kMs) < nextStallS)
            continue;
        nextStallS += kStallEveryS;
        // The active node's, as the client last saw it.
        const QString holder =
            probe.timeline(QStringLiteral("vip"), monotonicNs() - 2000 * kMs, monotonicNs()).lastNode();
        if (stress.stallDisk(holder == QLatin1String("node2") ? 2 : 1))
            ++out.stalls;
    }
    const qint64 t1 = monotonicNs();
    out.impairment = stress.stop();
    QTest::qWait(500);

    const Timeline vip = probe.timeline(QStringLiteral("vip"), t0, t1);
    out.roleChanges = std::max<int>(0, int(vip.sequence().size()) - 1);
    out.longestGapMs = double(vip.longestGapNs(t0, t1)) / 1e6;
    for (int node : {1, 2}) {
        const QString log = logOf(lab, node, s.twinha);
        if (s.twinha) {
            out.peerDeaths += countSince(log, logFrom[node - 1], "dead: every link silent");
            out.guardStops += countSince(log, logFrom[node - 1], "so that the peer can take over safely");
        } else {
            out.takeovers += countSince(log, logFrom[node - 1], "Entering MASTER STATE");
        }
    }
    if (s.twinha) {
        out.bothServingMs = double(probe.bothUpNs(t0, t1)) / 1e6;
        out.takeovers = int(std::max(agents.epoch(1), agents.epoch(2)) - epochFrom);
    }
    if (out.roleChanges != 0 || out.takeovers != 0 || out.peerDeaths != 0 || out.guardStops != 0)
        lab.keepFiles(); // for the post-mortem
    std::fprintf(stderr, "%s: %d role changes seen by the client; %s\n", qPrintable(s.name), out.roleChanges,
                 qPrintable(vip.sequence().join(QStringLiteral(" -> "))));
    return out;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 600;
    QList<Setup> setups = allSetups();
    if (argc > 2) {
        QStringList wanted;
        for (int i = 2; i < argc; ++i)
            wanted << QString::fromLocal8Bit(argv[i]);
        setups.removeIf([&](const Setup& s) { return !wanted.contains(s.name); });
        if (setups.isEmpty()) {
            std::fprintf(stderr, "bench_netns_false_failover: setups are twinha, twinha-fast, keepalived, "
                                 "keepalived-fast\n");
            return 2;
        }
    }
    if (const QString why = NetnsLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_netns_false_failover: %s\n", qPrintable(why));
        return 77;
    }
    const LabStress::Options stress;
    QList<Outcome> all;
    for (const Setup& s : std::as_const(setups))
        all << run(s, seconds, stress);

    std::printf("\nfalse failovers: %d s per setup; links %.0f %% loss, %.0f ± %.0f ms; stress-ng --cpu %d per node; "
                "the active node's disks stalled %d ms every %d s\n",
                seconds, stress.lossPercent, stress.delayMs, stress.jitterMs, stress.cpuWorkersPerNode, stress.stallMs,
                kStallEveryS);
    std::printf("%-16s %-13s %-16s %-14s %-10s %-11s %-11s %s\n", "setup", "role changes", "longest VIP gap",
                "both serving", "takeovers", "peer dead", "guard stops", "stalls");
    int problems = 0;
    bool zero = true;
    for (const Outcome& o : std::as_const(all)) {
        if (!o.problem.isEmpty()) {
            std::printf("%-16s not measured: %s\n", qPrintable(o.setup), qPrintable(o.problem));
            ++problems;
            continue;
        }
        const bool ours = o.setup.startsWith(QLatin1String("twinha"));
        std::printf("%-16s %-13d %-16s %-14s %-10d %-11s %-11s %d\n", qPrintable(o.setup), o.roleChanges,
                    qPrintable(QStringLiteral("%1 ms").arg(o.longestGapMs, 0, 'f', 0)),
                    ours ? qPrintable(QStringLiteral("%1 ms").arg(o.bothServingMs, 0, 'f', 0)) : "-", o.takeovers,
                    ours ? qPrintable(QString::number(o.peerDeaths)) : "-",
                    ours ? qPrintable(QString::number(o.guardStops)) : "-", o.stalls);
        for (const QString& line : o.impairment)
            std::printf("    impairment %s\n", qPrintable(line));
        // The dead-man guard stopping a healthy node's groups is an outage too, even where the
        // node starts them again and the client sees no other node.
        if (ours && (o.roleChanges != 0 || o.takeovers != 0 || o.bothServingMs > 0 || o.guardStops != 0))
            zero = false;
    }
    std::printf("target: no role change, takeover, double service or guard stop for TwinHA's default and fast "
                "profiles: %s\n",
                zero ? "met" : "NOT met");
    return problems == 0 ? 0 : 1;
}
