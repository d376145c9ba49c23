// Client-visible downtime in the netns lab, TwinHA against keepalived in the same run and the
// same namespaces: planned switchover and unplanned failover (kill -9 of the active node's
// daemon and service), median and p95 over repeated runs, and the ratios. Needs root.
//
//   bench_netns_downtime [RUNS] [SETUP...]   (default 5 of each kind, per setup; every setup)
//
// Setups: TwinHA at the agent's defaults (lab: dad = false), TwinHA with dad = true (planned
// moves only: with the old node's address still answering, arping -D refuses an unplanned
// takeover), keepalived default (advert_int 1) and keepalived fast (VRRPv3, advert_int 0.1), and
// TwinHA with a witness (lease TTL 2 s), and with a witness and fencing: what the third vote and the
// power-off before a takeover cost an unplanned failover; and TwinHA's fast timing profile
// ([timing] profile = "fast": heartbeat every 50 ms, dead time 250 ms) against keepalived fast; and
// TwinHA moving only the address while the service runs on both nodes, as keepalived does (planned
// switchovers and kill -9; the injector starts the killed service again, as keepalived's bench does),
// at the defaults and with the fast profile.
#include "tests/bench/BenchStats.h"
#include "tests/bench/KeepalivedDowntime.h"
#include "tests/bench/NetnsDowntime/TwinhaDowntime.h"
#include "tests/netns/NetnsLab.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <optional>

using namespace twinha;
using namespace twinha::bench;

namespace {
QString cell(const QList<double>& ms)
{
    if (ms.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1 / %2 ms (n=%3)")
        .arg(percentile(ms, 50), 0, 'f', 0)
        .arg(percentile(ms, 95), 0, 'f', 0)
        .arg(ms.size());
}

// The median of ours over the median of theirs; nullopt when either setup was not run.
std::optional<double> ratio(const QList<double>& ours, const QList<double>& theirs)
{
    if (ours.isEmpty() || theirs.isEmpty())
        return std::nullopt;
    const double t = percentile(theirs, 50);
    return t <= 0 ? std::nullopt : std::optional<double>(percentile(ours, 50) / t);
}

QByteArray times(std::optional<double> r)
{
    return r ? QByteArray::number(*r, 'f', 2) + 'x' : QByteArrayLiteral("not run");
}

std::optional<bool> atMost(std::optional<double> value, double limit)
{
    return value ? std::optional<bool>(*value <= limit) : std::nullopt;
}

// A target whose setups were not all run is "not measured", never "NOT met".
const char* verdict(std::optional<bool> met)
{
    return !met ? "not measured" : *met ? "met" : "NOT met";
}

std::optional<double> p95(const QList<double>& ms)
{
    return ms.isEmpty() ? std::nullopt : std::optional<double>(percentile(ms, 95));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    if (const QString why = tests::netns::NetnsLab::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_netns_downtime: %s\n", qPrintable(why));
        return 77;
    }
    // Setups named after RUNS run alone (the others print "-"): twinha, twinha-dad, keepalived,
    // keepalived-fast, twinha-witness, twinha-fencing, twinha-fast, twinha-address, twinha-fast-address.
    QStringList only;
    for (int i = 2; i < argc; ++i)
        only << QString::fromLocal8Bit(argv[i]);
    const auto run = [&](const char* key, const QString& setup, const std::function<DowntimeSamples()>& measure) {
        if (only.isEmpty() || only.contains(QLatin1String(key)))
            return measure();
        DowntimeSamples skipped;
        skipped.setup = setup;
        return skipped;
    };
    const auto twinha = [&](const char* key, const QString& setup, const QStringList& options, int planned,
                            int unplanned) {
        return run(key, setup, [&] { return measureTwinha(setup, options, planned, unplanned); });
    };
    const auto keepalived = [&](const char* key, const QString& flavour) {
        return run(key, QStringLiteral("keepalived ") + flavour,
                   [&] { return measureKeepalived(flavour, runs, runs); });
    };
    QList<DowntimeSamples> all;
    all << twinha("twinha", QStringLiteral("TwinHA (agent defaults)"), {}, runs, runs);
    all << twinha("twinha-dad", QStringLiteral("TwinHA, vip dad = true"), {QStringLiteral("--dad")}, std::min(runs, 3),
                  0);
    all << keepalived("keepalived", QStringLiteral("default"));
    all << keepalived("keepalived-fast", QStringLiteral("fast"));
    all << twinha("twinha-witness", QStringLiteral("TwinHA with witness"), {QStringLiteral("--witness")}, runs, runs);
    all << twinha("twinha-fencing", QStringLiteral("TwinHA, witness + fencing"),
                  {QStringLiteral("--witness"), QStringLiteral("--fence")}, runs, runs);
    all << twinha("twinha-fast", QStringLiteral("TwinHA, profile fast"),
                  {QStringLiteral("--profile"), QStringLiteral("fast")}, runs, runs);
    all << twinha("twinha-address", QStringLiteral("TwinHA, address only"), {QStringLiteral("--address-only")}, runs,
                  runs);
    all << twinha("twinha-fast-address", QStringLiteral("TwinHA, profile fast, address only"),
                  {QStringLiteral("--address-only"), QStringLiteral("--profile"), QStringLiteral("fast")}, runs, runs);

    std::printf("\nclient-visible downtime, median / p95 (probe every 5 ms, answers by arrival)\n");
    std::printf("%-34s %-26s %-26s\n", "setup", "planned switchover", "unplanned (kill -9)");
    for (const DowntimeSamples& d : all)
        std::printf("%-34s %-26s %-26s\n", qPrintable(d.setup), qPrintable(cell(d.plannedMs)),
                    qPrintable(cell(d.unplannedMs)));
    const DowntimeSamples& ours = all[0];
    std::printf("TwinHA (agent defaults), planned switchover as the agents timed it (medians, ms):");
    for (const char* step : {"precheck", "stop", "drain", "handover", "start", "verify", "gap"})
        if (const QList<double> ms = ours.plannedStepsMs.value(QLatin1String(step)); !ms.isEmpty())
            std::printf(" %s %.0f", step, percentile(ms, 50));
    std::printf("\n  (gap: from the stop on the source to the verified start on the target; the client's gap\n"
                "  ends earlier, when the address answers, before verify)\n");
    for (int k : {2, 3})
        std::printf("ratio TwinHA / %s (medians): planned %s, unplanned %s\n", qPrintable(all[k].setup),
                    times(ratio(ours.plannedMs, all[k].plannedMs)).constData(),
                    times(ratio(ours.unplannedMs, all[k].unplannedMs)).constData());
    std::printf("TwinHA dad = true / dad = false, planned (medians): %s\n",
                times(ratio(all[1].plannedMs, ours.plannedMs)).constData());
    std::printf("TwinHA with witness / ping tiebreaker only (medians): planned %s, unplanned %s\n",
                times(ratio(all[4].plannedMs, ours.plannedMs)).constData(),
                times(ratio(all[4].unplannedMs, ours.unplannedMs)).constData());
    std::printf("TwinHA with witness and fencing / ping tiebreaker only (medians): planned %s, unplanned %s\n",
                times(ratio(all[5].plannedMs, ours.plannedMs)).constData(),
                times(ratio(all[5].unplannedMs, ours.unplannedMs)).constData());

    const DowntimeSamples& keepalivedFast = all[3];
    const DowntimeSamples& fast = all[6];
    std::printf("TwinHA profile fast / keepalived fast (medians): planned %s, unplanned %s\n",
                times(ratio(fast.plannedMs, keepalivedFast.plannedMs)).constData(),
                times(ratio(fast.unplannedMs, keepalivedFast.unplannedMs)).constData());
    const DowntimeSamples& address = all[7];
    const DowntimeSamples& fastAddress = all[8];
    std::printf("TwinHA moving only the address / keepalived fast (medians): planned %s; "
                "with profile fast, unplanned %s\n",
                times(ratio(address.plannedMs, keepalivedFast.plannedMs)).constData(),
                times(ratio(fastAddress.unplannedMs, keepalivedFast.unplannedMs)).constData());
    std::printf("target planned gap <= 500 ms (p95): %s\n", verdict(atMost(p95(ours.plannedMs), 500)));
    std::printf("target unplanned gap <= 2 s (p95): %s; <= half of keepalived default (medians): %s\n",
                verdict(atMost(p95(ours.unplannedMs), 2000)),
                verdict(atMost(ratio(ours.unplannedMs, all[2].unplannedMs), 0.5)));
    std::printf("target planned gap at the defaults <= keepalived fast's (medians): %s\n",
                verdict(atMost(ratio(ours.plannedMs, keepalivedFast.plannedMs), 1)));
    std::printf("target planned gap moving only the address, as keepalived does, <= keepalived fast's (medians): %s\n",
                verdict(atMost(ratio(address.plannedMs, keepalivedFast.plannedMs), 1)));
    std::printf("target kill -9 gap of profile fast, moving only the address, <= keepalived fast's (medians): %s\n",
                verdict(atMost(ratio(fastAddress.unplannedMs, keepalivedFast.unplannedMs), 1)));
    std::printf("target kill -9 gap of profile fast <= keepalived fast's (medians): %s\n",
                verdict(atMost(ratio(fast.unplannedMs, keepalivedFast.unplannedMs), 1)));
    int problems = 0;
    for (const DowntimeSamples& d : all)
        for (const QString& p : d.problems) {
            std::printf("problem, %s: %s\n", qPrintable(d.setup), qPrintable(p));
            ++problems;
        }
    return problems == 0 ? 0 : 1;
}
