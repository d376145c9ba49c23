// Console scale: one process watching many pairs the way the console does (one ClusterMonitor per
// pair: two SSH sessions, status pushes, journals, histories), each pair a real loopback lab
// (tests/lab/lab.sh: two sshd and two agents). Prints the process's RSS and CPU while watching,
// the status updates it handled, and the event loop's longest stall (a 5 ms timer's lateness).
// Reference, same run: the same timer in an idle thread of this process, whose lateness is only
// the scheduling noise of the machine (other processes, the 40 agents and sshd included).
//
//   bench_console_scale [PAIRS] [SECONDS]     (default 20 pairs, 60 s)
//
// Runs as any user. Target: longest stall with 20 pairs <= 50 ms.
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "tests/bench/AgentFootprint/ProcUsage.h"
#include "tests/bench/BenchStats.h"
#include "tests/bench/ConsoleScale/StallMeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace twinha;
using namespace twinha::bench;

namespace {
QString labScript()
{
    return QStringLiteral(TWINHA_SOURCE_DIR) + QStringLiteral("/tests/lab/lab.sh");
}

// Waits with the event loop running.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int pairs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    const int seconds = argc > 2 ? std::max(5, QString::fromLocal8Bit(argv[2]).toInt()) : 60;
    const QString agent = QCoreApplication::applicationDirPath() + QStringLiteral("/twinha-agent");
    QTemporaryDir tmp;
    QStringList labs;
    std::fprintf(stderr, "bringing up %d loopback labs in %s\n", pairs, qPrintable(tmp.path()));
    std::vector<std::unique_ptr<agentlink::ClusterMonitor>> monitors;
    bool labsOk = true;
    for (int i = 0; i < pairs && labsOk; ++i) {
        const QString dir = tmp.path() + QStringLiteral("/pair%1").arg(i);
        QProcess up;
        up.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        up.start(labScript(), {QStringLiteral("up"), dir, QStringLiteral("--agent"), agent});
        labsOk = up.waitForFinished(60000) && up.exitCode() == 0;
        labs << dir;
        protocol::RpcError error;
        const auto profile = agentlink::ClusterProfile::load(dir + QStringLiteral("/profile.json"), &error);
        if (!labsOk || !profile) {
            std::fprintf(stderr, "lab %d did not come up\n", i);
            labsOk = false;
            break;
        }
        monitors.push_back(std::make_unique<agentlink::ClusterMonitor>(*profile));
    }

    qint64 updates = 0;
    StallMeter stalls;
    QThread idleThread;
    auto* reference = new StallMeter;
    reference->moveToThread(&idleThread);
    QObject::connect(&idleThread, &QThread::finished, reference, &QObject::deleteLater);
    idleThread.start();
    QMetaObject::invokeMethod(
        reference, [reference] { reference->start(); }, Qt::BlockingQueuedConnection);
    for (auto& m : monitors)
        QObject::connect(m.get(), &agentlink::ClusterMonitor::nodeChanged, &app, [&] { ++updates; });
    stalls.start();
    QElapsedTimer connectClock;
    connectClock.start();
    for (auto& m : monitors)
        m->start(true);
    // Every node reached (or 60 s), then a few seconds to let the first journals and histories in.
    while (labsOk && connectClock.elapsed() < 60000 &&
           !std::all_of(monitors.begin(), monitors.end(), [](const auto& m) { return m->allReached(); }))
        runFor(100);
    const double connectS = double(connectClock.elapsed()) / 1000;
    const double connectStallMs = stalls.longestMs();
    int reached = 0;
    for (const auto& m : monitors)
        for (int n = 0; n < m->nodeCount(); ++n)
            reached += m->node(n).status ? 1 : 0;
    runFor(3000);

    stalls.reset();
    QMetaObject::invokeMethod(
        reference, [reference] { reference->reset(); }, Qt::BlockingQueuedConnection);
    updates = 0;
    const auto before = ProcUsage::read(QCoreApplication::applicationPid());
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double wallS = double(wall.elapsed()) / 1000;
    const auto after = ProcUsage::read(QCoreApplication::applicationPid());
    double referenceLongestMs = 0;
    QList<double> referenceLateness;
    QMetaObject::invokeMethod(
        reference,
        [&] {
            referenceLongestMs = reference->longestMs();
            referenceLateness = reference->lateness();
        },
        Qt::BlockingQueuedConnection);
    idleThread.quit();
    idleThread.wait();
    for (auto& m : monitors)
        m->stop();
    monitors.clear();
    for (const QString& dir : labs)
        QProcess::execute(labScript(), {QStringLiteral("down"), dir, QStringLiteral("--purge")});

    if (!labsOk || !before || !after) {
        std::fprintf(stderr, "bench_console_scale: the labs did not all come up\n");
        return 1;
    }
    const double cpu = ProcUsage::cpuPercent(before->cpuS, after->cpuS, wallS);
    std::printf("console scale: %d pairs (%d of %d nodes reached in %.1f s), watched for %.0f s in one process\n",
                pairs, reached, 2 * pairs, connectS, wallS);
    std::printf("status updates handled: %lld (%.1f/s)\n", updates, double(updates) / wallS);
    std::printf("RSS %.1f MB (peak %.1f MB), CPU %.1f%% of one core (all threads)\n", double(after->rssKb) / 1024,
                double(after->peakRssKb) / 1024, cpu);
    std::printf("event-loop stall: longest %.1f ms, p99 %.2f ms, median %.2f ms (%lld ticks of %d ms); "
                "while connecting: longest %.1f ms\n",
                stalls.longestMs(), percentile(stalls.lateness(), 99), percentile(stalls.lateness(), 50),
                qint64(stalls.lateness().size()), StallMeter::kTickMs, connectStallMs);
    std::printf("of which the loop's own work (its thread's CPU time between two ticks): longest %.1f ms\n",
                stalls.longestBusyMs());
    std::printf("reference, an idle thread's timer in the same process: longest %.1f ms, p99 %.2f ms\n",
                referenceLongestMs, percentile(referenceLateness, 99));
    std::printf("target longest stall <= 50 ms: %s\n", stalls.longestMs() <= 50 ? "met" : "NOT met");
    return 0;
}
