#include "agent/resources/ProcessTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

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

QString programOf(qint64 pid)
{
    return QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
}

// Until every live member of the group is stopped; false after timeoutMs.
bool waitUntilStopped(qint64 pgid, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool allStopped = true;
        for (qint64 pid : ProcessTable::liveMembers(pgid)) {
            const QList<QByteArray> fields = statFields(QString::number(pid));
            if (!fields.isEmpty() && fields[0] != "T" && fields[0] != "t") {
                allStopped = false;
                break;
            }
        }
        if (allStopped)
            return true;
        if (waited.elapsed() >= timeoutMs)
            return false;
        QThread::usleep(200);
    }
}

// How long a SIGKILL'd group may take to be gone before we stop waiting for it.
constexpr int kAfterKillMs = 1000;

// Until the group has no live member; false after ms.
bool goneWithin(qint64 pgid, int ms)
{
    QElapsedTimer waited;
    waited.start();
    // A killed process is usually gone within a fraction of a millisecond (a switchover's target
    // waits here for its receiver): look again soon, then less and less often.
    unsigned long pauseUs = 100;
    while (!ProcessTable::liveMembers(pgid).isEmpty()) {
        if (waited.elapsed() >= ms)
            return false;
        QThread::usleep(pauseUs);
        pauseUs = std::min(pauseUs * 2, 2000UL);
    }
    return true;
}
} // namespace

QList<qint64> ProcessTable::liveMembers(qint64 pgid)
{
    // Called in loops while a switchover waits: plain readdir and read, no Qt strings per process.
    QList<qint64> live;
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return live;
    while (const struct dirent* entry = ::readdir(proc)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        char path[sizeof entry->d_name + 16];
        std::snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue; // gone meanwhile
        char line[512];
        const ssize_t n = ::read(fd, line, sizeof line - 1);
        ::close(fd);
        if (n <= 0)
            continue;
        line[n] = '\0';
        // "pid (comm) state ppid pgrp ...": the comm may hold spaces and parentheses.
        const char* afterComm = std::strrchr(line, ')');
        char state = 0;
        long long ppid = 0;
        long long group = 0;
        if (afterComm && std::sscanf(afterComm + 1, " %c %lld %lld", &state, &ppid, &group) == 3 && group == pgid &&
            state != 'Z')
            live << std::strtoll(entry->d_name, nullptr, 10);
    }
    ::closedir(proc);
    return live;
}

bool ProcessTable::endGroup(qint64 pgid, int graceMs)
{
    if (pgid <= 1)
        return false;
    ::kill(-static_cast<pid_t>(pgid), SIGTERM);
    if (goneWithin(pgid, graceMs))
        return true;
    ::kill(-static_cast<pid_t>(pgid), SIGKILL);
    return goneWithin(pgid, kAfterKillMs);
}

bool ProcessTable::endDaemonGroup(qint64 pgid, int graceMs)
{
    if (pgid <= 1)
        return false;
    constexpr int kStopTimeoutMs = 200;
    constexpr int kSettleMs = 100;
    const QString program = programOf(pgid);
    // A push that has just ended leaves its worker a few milliseconds of exit (a switchover stops
    // the receiver right after the final push): waited for, up to kSettleMs, since ending it with
    // SIGTERM would cost rsync's 400 ms.
    const auto worker = [&] {
        for (qint64 pid : liveMembers(pgid))
            if (pid != pgid && programOf(pid) == program)
                return true;
        return false;
    };
    QElapsedTimer settling;
    settling.start();
    while (!program.isEmpty() && worker() && settling.elapsed() < kSettleMs)
        QThread::usleep(2000);
    ::kill(-static_cast<pid_t>(pgid), SIGSTOP);
    const bool idle = !program.isEmpty() && waitUntilStopped(pgid, kStopTimeoutMs) && !worker();
    if (!idle) {
        ::kill(-static_cast<pid_t>(pgid), SIGCONT);
        return endGroup(pgid, graceMs);
    }
    ::kill(-static_cast<pid_t>(pgid), SIGKILL);
    return goneWithin(pgid, kAfterKillMs);
}

qint64 ProcessTable::groupOf(qint64 pid)
{
    const QList<QByteArray> fields = statFields(QString::number(pid));
    return fields.size() > 2 ? fields[2].toLongLong() : 0;
}

} // namespace twinha::agent
