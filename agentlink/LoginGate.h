#pragma once

#include "agentlink/LinkStop.h"

namespace twinha::agentlink {

// How many links of this process log in at once (key exchange, authentication, starting the
// agent's session). The console opens every remembered pair at start: 100 pairs are 200 logins.
// Past a few dozen at once they gain nothing from overlapping their round trips; they only take the
// CPU from the GUI thread and from one another, until the slowest run out their connect timeout and
// start again. A link waits here, still "connecting", once its TCP connection is up, so a host that
// never answers holds no slot; its handshake timeout starts once it has one (SshConnection).
class LoginGate
{
public:
    static constexpr int kSlots = 24;

    static int inUse(); // slots held now, for tests and logs

    // One slot: acquire() waits for it, or for the stop; held until release() or destruction.
    class Slot
    {
    public:
        Slot() = default;
        ~Slot() { release(); }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;

        bool acquire(const LinkStop& stop); // false when the stop came first; true at once if held
        bool held() const { return m_held; }
        void release(); // idempotent; the link logs on without a slot

    private:
        bool m_held = false;
    };
};

} // namespace twinha::agentlink
