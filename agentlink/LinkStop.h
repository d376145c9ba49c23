#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace twinha::agentlink {

// The stop request of one link attempt, shared by the thread that stops it and the worker that
// runs it. Besides the flag that the worker's loops poll, it runs the wake-ups that whatever is
// blocked has registered (a socket to shut down, a question to withdraw), so a stop reaches a
// worker inside a blocking libssh call or a wait for the user at once, never "within a timeout".
class LinkStop
{
public:
    LinkStop() = default;
    LinkStop(const LinkStop&) = delete;
    LinkStop& operator=(const LinkStop&) = delete;

    void request(); // any thread; runs every registered wake-up once
    bool requested() const { return m_requested.load(); }

    // Registers a wake-up for the time something blocks; it runs now if the stop came already.
    // Wake-ups run on the stopping thread under a lock: they must be short and must not call back
    // into this object. Once remove() returns, the wake-up neither runs nor is running.
    int add(std::function<void()> wake) const;
    void remove(int id) const;

    // add() and remove() around a scope.
    class Wake
    {
    public:
        Wake(const LinkStop& stop, std::function<void()> wake)
            : m_stop(stop)
            , m_id(stop.add(std::move(wake)))
        {}
        ~Wake() { m_stop.remove(m_id); }
        Wake(const Wake&) = delete;
        Wake& operator=(const Wake&) = delete;

    private:
        const LinkStop& m_stop;
        int m_id;
    };

private:
    std::atomic_bool m_requested{false};
    mutable std::mutex m_mutex;
    mutable std::map<int, std::function<void()>> m_wakes;
    mutable int m_nextId = 1;
};

} // namespace twinha::agentlink
