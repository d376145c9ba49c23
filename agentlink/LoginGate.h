#pragma once

#include "agentlink/LinkStop.h"

namespace twinha::agentlink {

// How many links of this process log in at once (TCP connect, key exchange, authentication,
// starting the agent's session). The console opens every remembered pair at start: 100 pairs are
// 200 logins. Past a few dozen at once they gain nothing from overlapping their round trips; they
// only take the CPU from the GUI thread and from one another, until the slowest run out their
// connect timeout and start again. A link waits here, still "connecting", for one of kSlots slots;
// its connect timeout starts once it has one.
class LoginGate
{
public:
    static constexpr int kSlots = 24;

    static int inUse(); // slots held now, for tests and logs

    // One slot, held from construction (which waits for it, or for the stop) until release() or
    // destruction.
    class Slot
    {
    public:
        explicit Slot(const LinkStop& stop);
        ~Slot() { release(); }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;

        bool held() const { return m_held; } // false when the stop came first
        void release();                      // idempotent; the link logs on without a slot

    private:
        bool m_held = false;
    };
};

} // namespace twinha::agentlink
