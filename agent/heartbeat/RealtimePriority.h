#pragma once

#include <QString>

namespace twinha::agent {

// Real-time scheduling for the heartbeat's thread, whose silence makes the peer take over: as
// corosync does for its protocol thread, SCHED_RR, here at a low real-time priority, so that any
// ordinary process, however busy, waits for it, while the kernel's own real-time threads do not.
// Processes started from such a thread run at normal priority (SCHED_RESET_ON_FORK). The kernel
// still caps real-time threads at 95 % of a CPU.
//
// The dead-man guard stays at normal priority for now. Its deadline at the defaults is 500 ms after
// the agent's last word, and the lab's restart of an agent (TestNetnsAgentRestart) takes 350-530 ms
// from the old agent's last word to the new one's first: the test failed with a real-time guard
// (15 ms late), and now and then without. A punctual guard and a restart without an outage need a
// handover designed for both.
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
