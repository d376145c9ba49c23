#pragma once

// Shared by the resource tests: script resource configs, and a look at the process table to prove
// that nothing a command started is left running.

#include "agent/config/AgentConfig.h"
#include "agent/resources/ProcessTable.h"

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

// The live (non-zombie) processes whose process group is `pgid`, to prove that nothing a command
// started is left running.
inline QList<qint64> liveProcessesInGroup(qint64 pgid)
{
    return ProcessTable::liveMembers(pgid);
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
