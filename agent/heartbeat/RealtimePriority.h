#pragma once

#include <QString>

namespace twinha::agent {

// Real-time scheduling for the heartbeat's thread, whose silence makes the peer take over: as
// corosync does for its protocol thread, SCHED_RR, here at a low real-time priority, so that any
// ordinary process, however busy, waits for it, while the kernel's own real-time threads do not.
// Processes started from such a thread run at normal priority (SCHED_RESET_ON_FORK). The kernel
// still caps real-time threads at 95 % of a CPU.
//
// The dead-man guard runs at real-time priority too, below the heartbeat's, on the same CPU as the
// heartbeat's thread (pinThisThread; the guard is started from that thread, and the processes it
// starts keep that CPU). A virtual machine's host can hold one virtual CPU for 100 ms and more
// while the other runs (bench_netns_false_failover, 2026-12-05: an RT thread and a normal one on
// the same CPU held together, the other CPU running on). On different CPUs the guard ran on time
// while the heartbeat's thread was held, and stopped a healthy node's groups. On one CPU they are
// held together, and the guard, finding itself late, waits briefly for the word that shows the
// heartbeats went on in time (GuardKeeper).
class RealtimePriority
{
public:
    static constexpr int kPriority = 10;
    static constexpr int kGuardPriority = 5;

    // Puts the calling thread at SCHED_RR `priority`. False without the right (not root and no
    // CAP_SYS_NICE or RLIMIT_RTPRIO, or a control group without real-time time): the thread stays
    // as it was, and `why` says what the kernel answered.
    static bool raiseThisThread(QString* why, int priority = kPriority);
    // Keeps the calling thread on one CPU: the last of those it may run on now, so that the
    // heartbeat's thread and the guard choose the same. The CPU, or -1 (`why` says why).
    static int pinThisThread(QString* why);
};

} // namespace twinha::agent
