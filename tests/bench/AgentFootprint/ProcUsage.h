#pragma once

#include <QtGlobal>

#include <optional>

namespace twinha::bench {

// What /proc says about one process: resident memory and CPU time consumed so far.
struct ProcUsage
{
    qint64 rssKb = 0;        // VmRSS
    qint64 peakRssKb = 0;    // VmHWM
    double cpuS = 0;         // utime + stime, all threads
    double childrenCpuS = 0; // cutime + cstime: children it has waited for (commands it ran)

    static std::optional<ProcUsage> read(qint64 pid);
    // CPU use between two readings, in percent of one core.
    static double cpuPercent(double cpuBeforeS, double cpuAfterS, double wallS)
    {
        return wallS > 0 ? 100.0 * (cpuAfterS - cpuBeforeS) / wallS : 0;
    }
};

} // namespace twinha::bench
