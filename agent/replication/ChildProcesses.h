#pragma once

#include <QObject>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace twinha::agent {

// How the replication code runs its helpers (rsync, user commands): each in a process group of
// its own, so a signal reaches whatever the helper started too (a shell's children, the rsync
// daemon's connection handlers); and each dies with the agent, so a crashed agent leaves no
// receiver behind holding the port.
class ChildProcesses
{
public:
    static void prepare(QProcess* process)
    {
        process->setChildProcessModifier([] {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
    }

    static void signalGroup(const QProcess* process, int signal)
    {
        if (process->processId() > 0)
            ::kill(-pid_t(process->processId()), signal);
    }

    // For destructors: kills every child process of owner and reaps it. After SIGKILL the wait is
    // only the reaping, so this does not hold up the event loop in any way that matters.
    static void killAll(QObject* owner)
    {
        for (QProcess* p : owner->findChildren<QProcess*>(Qt::FindDirectChildrenOnly)) {
            p->disconnect(owner);
            if (p->state() == QProcess::NotRunning)
                continue;
            signalGroup(p, SIGKILL);
            p->kill();
            p->waitForFinished(1000);
        }
    }
};

} // namespace twinha::agent
