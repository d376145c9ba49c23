#pragma once

namespace twinha::agentlink {

// Wakes a thread that waits in poll(): any thread calls signal(), the waiting thread polls fd()
// for POLLIN beside whatever else it waits for, and drains it before looking for work. A signal
// stays until drained, so one sent before the wait begins is not lost. An eventfd.
class WakeSignal
{
public:
    WakeSignal();
    ~WakeSignal();
    WakeSignal(const WakeSignal&) = delete;
    WakeSignal& operator=(const WakeSignal&) = delete;

    void signal();
    void drain();
    int fd() const { return m_fd; }       // -1 when the eventfd could not be made
    int error() const { return m_error; } // errno then

private:
    int m_fd = -1;
    int m_error = 0;
};

} // namespace twinha::agentlink
