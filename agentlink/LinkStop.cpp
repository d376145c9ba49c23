#include "agentlink/LinkStop.h"

namespace twinha::agentlink {

void LinkStop::request()
{
    std::lock_guard lock(m_mutex);
    if (m_requested.exchange(true))
        return;
    for (const auto& [id, wake] : m_wakes)
        wake();
}

int LinkStop::add(std::function<void()> wake) const
{
    std::lock_guard lock(m_mutex);
    if (m_requested) {
        wake();
        return 0;
    }
    const int id = m_nextId++;
    m_wakes.emplace(id, std::move(wake));
    return id;
}

void LinkStop::remove(int id) const
{
    std::lock_guard lock(m_mutex);
    m_wakes.erase(id);
}

} // namespace twinha::agentlink
