// bench_history [DAYS]: feeds an agent's HistoryRecorder one status a second for DAYS days (default
// 7) of a cluster with two links, two replication channels and two groups, and prints the resident
// memory it took (against the same samples kept naively as (time, value) pairs, measured in the
// same run), the time per sample, the size and write time of history.bin, and the time history.get
// takes for 10 min, 1 h, 24 h and 7 days of every series.
#include "agent/history/HistoryRecorder.h"
#include "tests/bench/AgentFootprint/ProcUsage.h"
#include "tests/bench/BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace twinha;

namespace {

QJsonObject status(qint64 t)
{
    QJsonArray links;
    for (const char* name : {"lan", "cable"})
        links.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                 {QStringLiteral("state"), QStringLiteral("up")},
                                 {QStringLiteral("rtt_ms"), 0.2 + double(t % 7) / 10},
                                 {QStringLiteral("loss_pct"), double(t % 3)}});
    QJsonArray channels;
    for (const char* name : {"pg", "files"})
        channels.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                    {QStringLiteral("lag_s"), double(t % 11) / 4},
                                    {QStringLiteral("lag_bytes"), double(t % 4096)}});
    QJsonArray groups;
    for (const char* name : {"mail", "db"})
        groups.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                  {QStringLiteral("state"), QStringLiteral("running")}});
    return {{QStringLiteral("peer"), QJsonObject{{QStringLiteral("alive"), true}}},
            {QStringLiteral("links"), links},
            {QStringLiteral("replication"), channels},
            {QStringLiteral("groups"), groups}};
}

qint64 rssKb()
{
    const auto u = bench::ProcUsage::read(qint64(::getpid()));
    return u ? u->rssKb : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const qint64 seconds = qint64(days) * 86400;
    const qint64 t0 = 1796300000;
    QTemporaryDir dir;

    // The statuses are made once beforehand, so that the timing is the recorder's alone.
    std::vector<QJsonObject> statuses;
    for (qint64 i = 0; i < 4096; ++i)
        statuses.push_back(status(i));

    const qint64 before = rssKb();
    agent::HistoryRecorder recorder(dir.path(), [] { return QJsonObject(); });
    QList<double> sampleUs; // per sample of every series, the mean of each batch of 1000
    QElapsedTimer batch;
    for (qint64 i = 0; i < seconds; ++i) {
        if (i % 1000 == 0)
            batch.start();
        recorder.sample(t0 + i, statuses[size_t(i % 4096)]);
        if (i % 1000 == 999)
            sampleUs << double(batch.nsecsElapsed()) / 1e3 / 1000.0;
    }
    const qint64 after = rssKb();
    const int series = int(recorder.names().size());

    // The reference: the same samples kept as they come, (Unix time, value) per second per series.
    const qint64 refBefore = rssKb();
    std::vector<std::vector<std::pair<qint64, float>>> naive(static_cast<size_t>(series));
    for (auto& s : naive) {
        s.reserve(size_t(seconds));
        for (qint64 i = 0; i < seconds; ++i)
            s.emplace_back(t0 + i, float(i % 11));
    }
    const qint64 refAfter = rssKb();

    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!recorder.save(&error)) {
        std::fprintf(stderr, "save: %s\n", qPrintable(error));
        return 1;
    }
    const double saveMs = double(clock.nsecsElapsed()) / 1e6;
    const qint64 fileBytes = QFileInfo(dir.filePath(QLatin1String(agent::HistoryRecorder::kFileName))).size();
    clock.restart();
    agent::HistoryRecorder reread(dir.path(), [] { return QJsonObject(); });
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;

    std::printf("bench_history: %d days of one sample a second, %d series\n", days, series);
    std::printf("  memory: %lld KiB resident for the history (%.1f KiB a series; fixed by design: %lld KiB)\n",
                after - before, double(after - before) / series, recorder.memoryBytes() / 1024);
    std::printf("  reference, the same samples as (time, value) pairs: %lld KiB (history/reference = %.4f)\n",
                refAfter - refBefore, double(after - before) / double(std::max<qint64>(1, refAfter - refBefore)));
    std::printf("  one sample of every series: median %.2f us, p95 %.2f us (batches of 1000)\n",
                bench::percentile(sampleUs, 50), bench::percentile(sampleUs, 95));
    std::printf("  history.bin: %lld KiB, written in %.1f ms, read back in %.1f ms\n", fileBytes / 1024, saveMs,
                loadMs);
    const qint64 nowMs = (t0 + seconds) * 1000;
    for (const auto& [label, spanS, stepS] : {std::tuple{"10 min", 600, 1}, std::tuple{"1 h", 3600, 1},
                                              std::tuple{"24 h", 86400, 60}, std::tuple{"7 days", 7 * 86400, 300}}) {
        QList<double> ms;
        for (int i = 0; i < 9; ++i) {
            clock.restart();
            const QJsonObject a = recorder.get({{QStringLiteral("from"), nowMs - qint64(spanS) * 1000},
                                                {QStringLiteral("to"), nowMs},
                                                {QStringLiteral("step"), qint64(stepS) * 1000}},
                                               nowMs);
            ms << double(clock.nsecsElapsed()) / 1e6;
            if (a[QStringLiteral("series")].toArray().size() != series)
                return 1;
        }
        std::printf("  history.get, %s at %d s steps, every series: %s\n", label, stepS,
                    qPrintable(bench::summary(ms)));
    }
    return 0;
}
