#include "agentlink/LoginGate.h"

#include <condition_variable>
#include <mutex>

namespace twinha::agentlink {

namespace {
struct Gate
{
    std::mutex mutex;
    std::condition_variable freed;
    int used = 0;
};

Gate& gate()
{
    static Gate* g = new Gate; // never destroyed: a link thread may still release at exit
    return *g;
}
} // namespace

int LoginGate::inUse()
{
    std::lock_guard lock(gate().mutex);
    return gate().used;
}

bool LoginGate::Slot::acquire(const LinkStop& stop)
{
    if (m_held)
        return true;
    Gate& g = gate();
    // The stop's wake-up takes the gate's lock before it notifies, so it cannot fall between the
    // waiter's test and its wait.
    const LinkStop::Wake wake(stop, [&g] {
        std::lock_guard lock(g.mutex);
        g.freed.notify_all();
    });
    std::unique_lock lock(g.mutex);
    g.freed.wait(lock, [&] { return g.used < kSlots || stop.requested(); });
    if (stop.requested()) {
        if (g.used < kSlots)
            g.freed.notify_one(); // a release may have woken this waiter rather than another
        return false;
    }
    ++g.used;
    m_held = true;
    return true;
}

void LoginGate::Slot::release()
{
    if (!m_held)
        return;
    m_held = false;
    Gate& g = gate();
    std::lock_guard lock(g.mutex);
    --g.used;
    g.freed.notify_one();
}

} // namespace twinha::agentlink
