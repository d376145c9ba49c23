#pragma once

// Shared by the resource tests: script resource configs, and a look at the process table to prove
// that nothing a command started is left running.

#include "agent/AgentConfig.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace twinha::agent::test {

inline ResourceConfig scriptResource(const QString& name, const QString& start, const QString& stop,
                                     const QString& status, int timeoutMs = 5000)
{
    ResourceConfig rc;
    rc.name = name;
    rc.typeName = QStringLiteral("script");
    rc.type = ResourceType::Script;
    rc.timeoutMs = timeoutMs;
    rc.start = start;
    rc.stop = stop;
    rc.status = status;
    return rc;
}

// The live (non-zombie) processes whose process group is `pgid`. Zombies are ignored because the
// init of some containers never reaps orphans, and a zombie runs nothing.
inline QList<qint64> liveProcessesInGroup(qint64 pgid)
{
    QList<qint64> live;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!pid.front().isDigit() || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != "Z")
            live << pid.toLongLong();
    }
    return live;
}

// A shell test that a pid from `pidFile` is alive and not a zombie (see above).
inline QString aliveCheck(const QString& pidFile)
{
    return QStringLiteral("p=$(cat '%1'); [ -e /proc/$p/status ] && ! grep -q '^State:[[:space:]]*Z' /proc/$p/status")
        .arg(pidFile);
}

inline QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace twinha::agent::test
