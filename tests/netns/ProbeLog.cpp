#include "tests/netns/ProbeLog.h"

#include <QFile>

#include <ctime>

namespace twinha::tests::netns {

qint64 monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

ProbeLog ProbeLog::read(const QString& path)
{
    ProbeLog log;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return log;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (line.startsWith("# twinha-netns-probe started") && f.size() >= 6) {
            log.m_startedNs = f[3].toLongLong();
            log.m_timeoutMs = f[5].toInt();
            continue;
        }
        if (f.size() != 4) // a line the probe is still writing, or a comment
            continue;
        ProbeAnswer a{f[1].toLongLong(), f[2].toLongLong(), QString::fromUtf8(f[3])};
        if (a.sentNs > 0 && a.doneNs >= a.sentNs)
            log.m_answers[QString::fromUtf8(f[0])].append(a);
    }
    return log;
}

} // namespace twinha::tests::netns
