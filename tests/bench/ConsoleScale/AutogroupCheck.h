#pragma once

#include <QString>

namespace twinha::bench {

// The lab runs at SCHED_IDLE and nice 19 (RecordedLab) so that the console gets the CPU first, as if
// the servers were other machines. With the kernel's autogroup on, both hold only within one
// session: sshd starts each login in a session (an autogroup) of its own, which then weighs as much
// as the whole console, and 200 logins take the CPU from it whatever their priority. This turns autogroup off for
// the run when it can (as root) and restores it; otherwise says that the figures then measure the
// lab as much as the console.
class AutogroupCheck
{
public:
    AutogroupCheck();
    ~AutogroupCheck();
    AutogroupCheck(const AutogroupCheck&) = delete;
    AutogroupCheck& operator=(const AutogroupCheck&) = delete;

    bool niceHolds() const { return !m_onDuringRun; }
    QString describe() const; // one line for the report

private:
    bool m_wasOn = false;
    bool m_onDuringRun = false;
    bool m_turnedOff = false;
};

} // namespace twinha::bench
