#include "tests/bench/NetnsDowntime/TwinhaDowntime.h"

#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"

#include <cstdio>

namespace twinha::bench {

using namespace twinha::tests::netns;

namespace {
// Runs one fault and keeps its gap when the run itself went as it should (the move happened and
// the cluster settled); a gap beyond the tests' bound is a figure here, not a failure.
void sample(FaultInjector& faults, FaultInjector::Kind kind, int* holder, QList<double>* into, QStringList* problems,
            QMap<QString, QList<double>>* steps = nullptr)
{
    const FaultRun r = faults.run(kind, *holder);
    std::fprintf(stderr, "  %s\n", qPrintable(faults.describe(r).section(QStringLiteral("; client:"), 0, 0)));
    if (r.problems.isEmpty()) {
        *into << double(faults.longestGapNs(r)) / 1e6;
        for (auto it = r.stepsMs.cbegin(); steps && it != r.stepsMs.cend(); ++it)
            (*steps)[it.key()] << it.value();
    } else
        *problems << r.name + QStringLiteral(": ") + r.problems.join(QStringLiteral("; "));
    if (!r.holder.isEmpty())
        *holder = r.holder.back().digitValue();
}
} // namespace

DowntimeSamples measureTwinha(const QString& setup, const QStringList& options, int planned, int unplanned)
{
    DowntimeSamples out;
    out.setup = setup;
    std::fprintf(stderr, "%s: bringing up the lab\n", qPrintable(setup));
    LabSession s(options);
    QString why;
    if (!s.ready(&why)) {
        out.problems << why;
        return out;
    }
    FaultInjector faults(s.lab, s.agents, s.probe);
    int holder = 1;
    for (int i = 0; i < planned; ++i)
        sample(faults, FaultInjector::Kind::Switchover, &holder, &out.plannedMs, &out.problems, &out.plannedStepsMs);
    for (int i = 0; i < unplanned; ++i)
        sample(faults, FaultInjector::Kind::Kill, &holder, &out.unplannedMs, &out.problems);
    if (!out.problems.isEmpty())
        s.lab.keepFiles(); // the agents' logs, for the post-mortem
    return out;
}

} // namespace twinha::bench
