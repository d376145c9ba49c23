#include "agent/heartbeat/RealtimePriority.h"

#include <QThread>
#include <QtTest>

#include <pthread.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

using twinha::agent::RealtimePriority;

// The heartbeat's thread asks for SCHED_RR: where the kernel grants it (root here,
// as in CI and under the agent's unit) the thread runs at the agent's priority and the processes it
// starts do not inherit it; where it refuses, the thread stays as it was and the reason is given.
class TestRealtimePriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aThreadGetsRealtimePriorityOrStaysAsItWasWithTheReason()
    {
        int policy = -1;
        sched_param param{};
        bool raised = false;
        QString why;
        int childPolicy = -1;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            raised = RealtimePriority::raiseThisThread(&why);
            pthread_getschedparam(pthread_self(), &policy, &param);
            // A process started from that thread: SCHED_RESET_ON_FORK puts it back to normal.
            const pid_t child = fork();
            if (child == 0)
                _exit(sched_getscheduler(0) == SCHED_OTHER ? 0 : 1);
            int status = -1;
            waitpid(child, &status, 0);
            childPolicy = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        if (geteuid() == 0)
            QVERIFY2(raised, qPrintable(why)); // root may
        if (raised) {
            QCOMPARE(policy & ~SCHED_RESET_ON_FORK, SCHED_RR);
            QCOMPARE(param.sched_priority, RealtimePriority::kPriority);
            QCOMPARE(childPolicy, 0);
        } else {
            QCOMPARE(policy, SCHED_OTHER);
            QVERIFY(!why.isEmpty());
        }
    }
};

QTEST_MAIN(TestRealtimePriority)
#include "TestRealtimePriority.moc"
