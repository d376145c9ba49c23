#include "tests/bench/AgentFootprint/ProcUsage.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace twinha::bench {

namespace {
qint64 statusKb(const QByteArray& status, const char* key)
{
    for (const QByteArray& line : status.split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
} // namespace

std::optional<ProcUsage> ProcUsage::read(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!stat.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // Fields after the command name in parentheses (which may hold spaces): state is field 3.
    const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 15)
        return std::nullopt;
    const double hz = double(::sysconf(_SC_CLK_TCK));
    ProcUsage u;
    u.cpuS = double(f[11].toLongLong() + f[12].toLongLong()) / hz;         // utime, stime (fields 14, 15)
    u.childrenCpuS = double(f[13].toLongLong() + f[14].toLongLong()) / hz; // cutime, cstime (16, 17)
    const QByteArray st = status.readAll();
    u.rssKb = statusKb(st, "VmRSS:");
    u.peakRssKb = statusKb(st, "VmHWM:");
    return u;
}

} // namespace twinha::bench
