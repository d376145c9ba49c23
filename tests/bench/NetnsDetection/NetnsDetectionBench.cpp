// Failure-detection time against the configured dead time, in the netns lab: kill -9 of the
// active agent and its service, then how long until the standby declares its peer dead (its
// status polled every 5 ms over the control socket) and until the client gets answers again.
//
//   bench_netns_detection [RUNS] [DEAD_TIME_MS...]     (default 5 runs at 600, 1000 and 2000 ms)
//
// "silence" is the standby's own count of how long its peer had been silent when it declared it
// dead: the dead time plus the detector's granularity. "from kill" is shorter by however long
// before the kill the last heartbeat had arrived (up to one interval). Needs root.
#include "tests/bench/BenchStats.h"
#include "tests/netns/ClusterAgents.h"
#include "tests/netns/LabSession.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>
#include <cstdio>

using namespace twinha;
using namespace twinha::bench;
using namespace twinha::tests::netns;

namespace {
struct Detection
{
    QList<double> fromKillMs;
    QList<double> silenceMs;
    QList<double> clientGapMs;
    int failures = 0;
};

void measure(LabSession& s, int runs, Detection* d)
{
    int holder = 1;
    for (int i = 0; i < runs; ++i) {
        const int other = 3 - holder;
        const qint64 service = s.lab.servicePid(holder);
        // Settled means a heartbeat just arrived: kill at a random phase of the heartbeat instead.
        QTest::qWait(int(QRandomGenerator::global()->bounded(quint32(s.lab.intervalMs()))));
        const qint64 t0 = monotonicNs();
        ::kill(pid_t(s.lab.agentPid(holder)), SIGKILL);
        if (service > 0)
            ::kill(pid_t(service), SIGKILL);
        double silence = -1;
        qint64 detected = -1;
        const bool dead = QTest::qWaitFor(
            [&] {
                const QJsonObject peer = s.agents.status(other)[QStringLiteral("peer")].toObject();
                if (peer[QStringLiteral("alive")].toBool(true))
                    return false;
                detected = monotonicNs();
                silence = peer[QStringLiteral("silence_ms")].toDouble(-1);
                return true;
            },
            15000);
        const qint64 answered =
            s.probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node%1").arg(other), t0, 15000);
        if (!dead || answered < 0) {
            ++d->failures;
        } else {
            d->fromKillMs << double(detected - t0) / 1e6;
            if (silence >= 0)
                d->silenceMs << silence;
            QTest::qWait(200);
            const qint64 t1 = monotonicNs();
            d->clientGapMs << double(s.probe.timeline(QStringLiteral("vip"), t0 - 300000000, t1).longestGapNs(t0, t1)) /
                                  1e6;
        }
        s.lab.startAgent(holder);
        s.agents.reconnect(holder);
        QString why;
        if (!s.agents.waitSettled(QStringLiteral("node%1").arg(other), 40000, &why)) {
            std::fprintf(stderr, "did not settle: %s\n", qPrintable(why));
            ++d->failures;
            return;
        }
        holder = other;
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const QString why = NetnsLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_netns_detection: %s\n", qPrintable(why));
        return 77;
    }
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QList<int> deadTimes;
    for (int i = 2; i < argc; ++i)
        deadTimes << QString::fromLocal8Bit(argv[i]).toInt();
    if (deadTimes.isEmpty())
        deadTimes = {600, 1000, 2000};
    std::printf("%-10s %-10s %-28s %-28s %-28s %s\n", "dead_ms", "interval", "detected from kill (med/p95)",
                "silence at detection", "client gap", "failed");
    int failures = 0;
    for (int dead : deadTimes) {
        std::fprintf(stderr, "dead time %d ms: bringing up the lab\n", dead);
        LabSession s({QStringLiteral("--dead-time-ms"), QString::number(dead)});
        QString why;
        Detection d;
        if (!s.ready(&why)) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            d.failures = runs;
        } else {
            measure(s, runs, &d);
        }
        const auto cell = [](const QList<double>& ms) {
            return QStringLiteral("%1 / %2 ms").arg(percentile(ms, 50), 0, 'f', 0).arg(percentile(ms, 95), 0, 'f', 0);
        };
        std::printf("%-10d %-10d %-28s %-28s %-28s %d\n", dead, s.lab.intervalMs(), qPrintable(cell(d.fromKillMs)),
                    qPrintable(cell(d.silenceMs)), qPrintable(cell(d.clientGapMs)), d.failures);
        std::fflush(stdout);
        failures += d.failures;
    }
    return failures == 0 ? 0 : 1;
}
