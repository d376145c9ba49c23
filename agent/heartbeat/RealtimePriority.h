#pragma once

#include <QString>

namespace twinha::agent {

// Real-time scheduling for the heartbeat's thread, whose silence makes the peer take over: as
// corosync does for its protocol thread, SCHED_RR, here at a low real-time priority, so that any
// ordinary process, however busy, waits for it, while the kernel's own real-time threads do not.
// Processes started from such a thread run at normal priority (SCHED_RESET_ON_FORK). The kernel
// still caps real-time threads at 95 % of a CPU.
//
// The dead-man guard stays at normal priority. Its deadline at the defaults is 500 ms after the
// agent's last word, and a restarted agent (TestNetnsAgentRestart) must speak to it within that:
// with a real-time guard the test failed once, the new agent 15 ms late. A stopping agent now says
// a last word as it goes (~Heartbeat), which left 257-313 ms to spare in the lab; a punctual guard
// would need that handover measured again first.
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
