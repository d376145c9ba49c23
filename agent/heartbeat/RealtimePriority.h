#pragma once

#include <QString>

namespace twinha::agent {

// Real-time scheduling for the threads that must not wait behind other work: the heartbeat's
// (whose silence makes the peer take over) and the dead-man guard's (whose deadline must fire on
// time). As corosync does for its protocol thread: SCHED_RR, here at a low real-time priority, so
// that any ordinary process, however busy, waits for them, while the kernel's own real-time
// threads do not. Processes started from such a thread run at normal priority
// (SCHED_RESET_ON_FORK). The kernel still caps real-time threads at 95 % of a CPU.
class RealtimePriority
{
public:
    static constexpr int kPriority = 10;

    // Puts the calling thread at SCHED_RR kPriority. False without the right (not root and no
    // CAP_SYS_NICE or RLIMIT_RTPRIO, or a control group without real-time time): the thread stays
    // as it was, and `why` says what the kernel answered.
    static bool raiseThisThread(QString* why);
};

} // namespace twinha::agent
