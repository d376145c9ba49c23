#include "agent/resources/ProcessTable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>

namespace twinha::agent {

namespace {
// The fields of /proc/PID/stat after "pid (comm) ": state, ppid, pgrp, ... . The comm may hold
// spaces and parentheses, so they start after the last ')'.
QList<QByteArray> statFields(const QString& pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}
} // namespace

QList<qint64> ProcessTable::liveMembers(qint64 pgid)
{
    QList<qint64> live;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        if (!pid.front().isDigit())
            continue;
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != "Z")
            live << pid.toLongLong();
    }
    return live;
}

bool ProcessTable::endGroup(qint64 pgid, int graceMs)
{
    if (pgid <= 1)
        return false;
    constexpr int kPollMs = 10;
    constexpr int kAfterKillMs = 1000;
    const auto goneWithin = [pgid](int ms) {
        QElapsedTimer waited;
        waited.start();
        while (!liveMembers(pgid).isEmpty()) {
            if (waited.elapsed() >= ms)
                return false;
            QThread::msleep(kPollMs);
        }
        return true;
    };
    ::kill(-static_cast<pid_t>(pgid), SIGTERM);
    if (goneWithin(graceMs))
        return true;
    ::kill(-static_cast<pid_t>(pgid), SIGKILL);
    return goneWithin(kAfterKillMs);
}

qint64 ProcessTable::groupOf(qint64 pid)
{
    const QList<QByteArray> fields = statFields(QString::number(pid));
    return fields.size() > 2 ? fields[2].toLongLong() : 0;
}

} // namespace twinha::agent
