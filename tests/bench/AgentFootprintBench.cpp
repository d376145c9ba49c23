// Agent footprint at the default heartbeat: both agents of a netns lab (two links, VIP, HTTP
// service, mirror, tiebreaker; the agent's default timing) idling as active and standby. Prints
// each agent's RSS (now and peak) and CPU, its own and that of the commands it ran (resource
// monitors, rsync). Needs root.
//
//   bench_agent_footprint [SECONDS]      (default 60)
//
// Targets: RSS <= 20 MB, CPU <= 1% (the agent process itself).
#include "tests/bench/AgentFootprint/ProcUsage.h"
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/NetnsLab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtTest>

#include <cstdio>

using namespace twinha;
using namespace twinha::bench;
using namespace twinha::tests::netns;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    if (const QString why = NetnsLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_agent_footprint: %s\n", qPrintable(why));
        return 77;
    }
    NetnsLab lab;
    if (!lab.isUp()) {
        std::fprintf(stderr, "lab did not come up:\n%s\n", qPrintable(lab.upOutput()));
        return 1;
    }
    ClusterAgents agents(lab);
    QString why;
    if (!agents.waitSettled(QStringLiteral("node1"), 40000, &why)) {
        std::fprintf(stderr, "cluster did not settle: %s\n", qPrintable(why));
        return 1;
    }
    QTest::qWait(5000); // start-up spent, first syncs done
    std::optional<ProcUsage> before[2];
    qint64 peakKb[2] = {0, 0};
    for (int n : {1, 2})
        before[n - 1] = ProcUsage::read(lab.agentPid(n));
    QElapsedTimer wall;
    wall.start();
    while (wall.elapsed() < qint64(seconds) * 1000) {
        QTest::qWait(1000);
        for (int n : {1, 2})
            if (const auto u = ProcUsage::read(lab.agentPid(n)))
                peakKb[n - 1] = std::max(peakKb[n - 1], u->rssKb);
    }
    const double wallS = double(wall.elapsed()) / 1000;
    std::printf("agent footprint over %.0f s, interval_ms %d, dead_time_ms %d, two links (agent: %s)\n", wallS,
                lab.intervalMs(), lab.deadTimeMs(), qPrintable(lab.value(QStringLiteral("AGENT"))));
    bool rssOk = true;
    bool cpuOk = true;
    for (int n : {1, 2}) {
        const auto after = ProcUsage::read(lab.agentPid(n));
        if (!before[n - 1] || !after) {
            std::printf("node%d: agent gone\n", n);
            return 1;
        }
        const double cpu = ProcUsage::cpuPercent(before[n - 1]->cpuS, after->cpuS, wallS);
        const double children = ProcUsage::cpuPercent(before[n - 1]->childrenCpuS, after->childrenCpuS, wallS);
        std::printf("node%d (%s): RSS %.1f MB (largest seen %.1f MB, VmHWM %.1f MB), CPU %.2f%% of one core, "
                    "commands it ran %.2f%%\n",
                    n, n == 1 ? "active" : "standby", double(after->rssKb) / 1024, double(peakKb[n - 1]) / 1024,
                    double(after->peakRssKb) / 1024, cpu, children);
        rssOk = rssOk && after->peakRssKb <= 20 * 1024;
        cpuOk = cpuOk && cpu <= 1.0;
    }
    std::printf("target RSS <= 20 MB: %s; CPU <= 1%%: %s\n", rssOk ? "met" : "NOT met", cpuOk ? "met" : "NOT met");
    return 0;
}
