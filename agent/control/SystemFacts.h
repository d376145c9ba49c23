#pragma once

#include <QList>
#include <QString>

namespace twinha::agent {

// Facts about the host read from the kernel, for the status the console shows.
class SystemFacts
{
public:
    static QString hostName();
    // Seconds since boot from /proc/uptime; 0 when unavailable.
    static double systemUptimeS(const QString& procUptime = QStringLiteral("/proc/uptime"));
    // 1, 5 and 15 minute load averages from /proc/loadavg; empty when unavailable.
    static QList<double> loadAverages(const QString& procLoadavg = QStringLiteral("/proc/loadavg"));
};

} // namespace twinha::agent
