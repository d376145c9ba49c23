#include "agent/resources/ProcessTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

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

// The group's live members once every one of them is stopped (SIGSTOP): nothing then can fork, so
// the list is the whole group until it is sent SIGCONT or SIGKILL. Empty after timeoutMs.
std::optional<QList<qint64>> membersOnceStopped(qint64 pgid, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QList<qint64> members;
        bool allStopped = true;
        ProcessTable::forEachMember(pgid, [&](qint64 pid, char state) {
            if (state == 'Z')
                return;
            members << pid;
            allStopped = allStopped && (state == 'T' || state == 't');
        });
        if (allStopped)
            return members;
        if (waited.elapsed() >= timeoutMs)
            return std::nullopt;
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

// pidfds of `pids`, opened while they are stopped, so that none of the pids can have been reused;
// a pid already gone is left out. Empty when one cannot be opened.
std::optional<std::vector<int>> openPidfds(const QList<qint64>& pids)
{
    std::vector<int> fds;
    for (qint64 pid : pids) {
        const int fd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0U));
        if (fd >= 0) {
            fds.push_back(fd);
        } else if (errno != ESRCH) {
            for (int open : fds)
                ::close(open);
            return std::nullopt;
        }
    }
    return fds;
}

// Until the process of every pidfd has exited (a pidfd is readable from then on); false after ms.
// Closes them.
bool exitedWithin(const std::vector<int>& fds, int ms)
{
    QElapsedTimer waited;
    waited.start();
    bool exited = true;
    for (int fd : fds) {
        pollfd w{fd, POLLIN, 0};
        int n = 0;
        do
            n = ::poll(&w, 1, std::max(0, ms - int(waited.elapsed())));
        while (n < 0 && errno == EINTR);
        exited = exited && n > 0 && (w.revents & POLLIN);
        ::close(fd);
    }
    return exited;
}
} // namespace

void ProcessTable::forEachMember(qint64 pgid, const std::function<void(qint64, char)>& visit)
{
    // Called in loops while a switchover waits: plain readdir and read, no Qt strings per process.
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return;
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
        if (afterComm && std::sscanf(afterComm + 1, " %c %lld %lld", &state, &ppid, &group) == 3 && group == pgid)
            visit(std::strtoll(entry->d_name, nullptr, 10), state);
    }
    ::closedir(proc);
}

QList<qint64> ProcessTable::liveMembers(qint64 pgid)
{
    QList<qint64> live;
    forEachMember(pgid, [&](qint64 pid, char state) {
        if (state != 'Z')
            live << pid;
    });
    return live;
}

bool ProcessTable::killFrozen(qint64 pgid, const BeforeKill& beforeKill)
{
    if (pgid <= 1)
        return false;
    // A writer throttled on dirty pages sleeps up to 200 ms in the kernel before it can stop.
    constexpr int kStopTimeoutMs = 500;
    ::kill(-static_cast<pid_t>(pgid), SIGSTOP);
    const std::optional<QList<qint64>> frozen = membersOnceStopped(pgid, kStopTimeoutMs);
    // Not all stopped in time (a member stuck in the kernel): what is there now, the best we can see.
    const QList<qint64> members = frozen ? *frozen : liveMembers(pgid);
    if (beforeKill)
        beforeKill(members);
    // The frozen list is the whole group: waiting on each member's exit, rather than reading /proc
    // again and again, sees the last one go at once (a switchover's target waits here).
    const std::optional<std::vector<int>> pidfds = openPidfds(members);
    ::kill(-static_cast<pid_t>(pgid), SIGKILL);
    // One more look: a child forked just as the list was read may be missing from it.
    if (pidfds && exitedWithin(*pidfds, kAfterKillMs) && liveMembers(pgid).isEmpty())
        return true;
    return goneWithin(pgid, kAfterKillMs);
}

qint64 ProcessTable::groupOf(qint64 pid)
{
    const QList<QByteArray> fields = statFields(QString::number(pid));
    return fields.size() > 2 ? fields[2].toLongLong() : 0;
}

} // namespace twinha::agent
