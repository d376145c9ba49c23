#include "agentlink/PendingAnswer.h"

namespace twinha::agentlink {

void PendingAnswer::answer(const PromptAnswer& answer)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_withdrawn || m_answer)
            return;
        m_answer = answer;
    }
    m_changed.notify_all();
}

bool PendingAnswer::isWithdrawn() const
{
    std::lock_guard lock(m_mutex);
    return m_withdrawn;
}

void PendingAnswer::onWithdrawn(std::function<void()> handler)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_withdrawn) {
            m_onWithdrawn = std::move(handler);
            return;
        }
    }
    handler();
}

void PendingAnswer::withdraw()
{
    std::function<void()> handler;
    {
        std::lock_guard lock(m_mutex);
        if (m_withdrawn || m_answer)
            return;
        m_withdrawn = true;
        handler = std::exchange(m_onWithdrawn, {});
    }
    m_changed.notify_all();
    if (handler)
        handler();
}

PromptAnswer PendingAnswer::wait(const LinkStop& stop)
{
    const LinkStop::Wake wake(stop, [this] { withdraw(); });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_withdrawn || m_answer.has_value(); });
    return m_withdrawn ? PromptAnswer() : *std::exchange(m_answer, std::nullopt);
}

} // namespace twinha::agentlink
