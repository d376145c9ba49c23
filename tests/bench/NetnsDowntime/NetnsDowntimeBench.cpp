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

double ratio(const QList<double>& ours, const QList<double>& theirs)
{
    if (ours.isEmpty() || theirs.isEmpty()) // a setup not measured
        return 0;
    const double t = percentile(theirs, 50);
    return t <= 0 ? 0 : percentile(ours, 50) / t;
}

const char* verdict(bool met)
{
    return met ? "met" : "NOT met";
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
        std::printf("ratio TwinHA / %s (medians): planned %.2fx, unplanned %.2fx\n", qPrintable(all[k].setup),
                    ratio(ours.plannedMs, all[k].plannedMs), ratio(ours.unplannedMs, all[k].unplannedMs));
    std::printf("TwinHA dad = true / dad = false, planned (medians): %.2fx\n", ratio(all[1].plannedMs, ours.plannedMs));
    std::printf("TwinHA with witness / ping tiebreaker only (medians): planned %.2fx, unplanned %.2fx\n",
                ratio(all[4].plannedMs, ours.plannedMs), ratio(all[4].unplannedMs, ours.unplannedMs));
    std::printf("TwinHA with witness and fencing / ping tiebreaker only (medians): planned %.2fx, unplanned %.2fx\n",
                ratio(all[5].plannedMs, ours.plannedMs), ratio(all[5].unplannedMs, ours.unplannedMs));

    const DowntimeSamples& fast = all[6];
    std::printf("TwinHA profile fast / keepalived fast (medians): planned %.2fx, unplanned %.2fx\n",
                ratio(fast.plannedMs, all[3].plannedMs), ratio(fast.unplannedMs, all[3].unplannedMs));
    const DowntimeSamples& address = all[7];
    const DowntimeSamples& fastAddress = all[8];
    std::printf("TwinHA moving only the address / keepalived fast (medians): planned %.2fx; "
                "with profile fast, unplanned %.2fx\n",
                ratio(address.plannedMs, all[3].plannedMs), ratio(fastAddress.unplannedMs, all[3].unplannedMs));
    const bool plannedOk = !ours.plannedMs.isEmpty() && percentile(ours.plannedMs, 95) <= 500;
    const bool unplannedOk = !ours.unplannedMs.isEmpty() && percentile(ours.unplannedMs, 95) <= 2000;
    const bool halfOk = !all[2].unplannedMs.isEmpty() && ratio(ours.unplannedMs, all[2].unplannedMs) <= 0.5;
    std::printf("target planned gap <= 500 ms (p95): %s\n", verdict(plannedOk));
    std::printf("target unplanned gap <= 2 s (p95): %s; <= half of keepalived default (medians): %s\n",
                verdict(unplannedOk), verdict(halfOk));
    std::printf("target planned gap at the defaults <= keepalived fast's (medians): %s\n",
                verdict(ratio(ours.plannedMs, all[3].plannedMs) > 0 && ratio(ours.plannedMs, all[3].plannedMs) <= 1));
    std::printf(
        "target planned gap moving only the address, as keepalived does, <= keepalived fast's (medians): %s\n",
        verdict(ratio(address.plannedMs, all[3].plannedMs) > 0 && ratio(address.plannedMs, all[3].plannedMs) <= 1));
    std::printf("target kill -9 gap of profile fast, moving only the address, <= keepalived fast's (medians): %s\n",
                verdict(ratio(fastAddress.unplannedMs, all[3].unplannedMs) > 0 &&
                        ratio(fastAddress.unplannedMs, all[3].unplannedMs) <= 1));
    std::printf(
        "target kill -9 gap of profile fast <= keepalived fast's (medians): %s\n",
        verdict(ratio(fast.unplannedMs, all[3].unplannedMs) > 0 && ratio(fast.unplannedMs, all[3].unplannedMs) <= 1));
    int problems = 0;
    for (const DowntimeSamples& d : all)
        for (const QString& p : d.problems) {
            std::printf("problem, %s: %s\n", qPrintable(d.setup), qPrintable(p));
            ++problems;
        }
    return problems == 0 ? 0 : 1;
}
