#include "ui/switchover/FenceWait.h"

#include "agentlink/ErrorText.h"

namespace twinha::ui {

namespace {
QString param(const protocol::RpcError& e, const char* key)
{
    return e.params.value(QLatin1String(key)).toString();
}
} // namespace

void FenceWait::begin(const protocol::RpcError& refusal)
{
    m_node = param(refusal, "node");
    m_device = param(refusal, "device");
    m_failure = {};
    // "failed": the device failed moments ago and the agent waits before the next attempt.
    m_state = protocol::fenceStateFrom(param(refusal, "state")) == protocol::FenceState::Failed ? State::Failed
                                                                                                : State::Running;
    m_since.start();
}

bool FenceWait::update(const agentlink::ClusterView& view)
{
    if (m_state == State::None)
        return false;
    const State before = m_state;
    for (const agentlink::FencingView& f : view.protection.fencing) {
        if (f.node != m_node || f.state == protocol::FenceState::None)
            continue;
        if (m_device.isEmpty())
            m_device = f.device;
        if (f.state == protocol::FenceState::Done) {
            m_state = State::Done;
        } else if (f.state == protocol::FenceState::Running) {
            m_state = State::Running;
        } else if (f.state == protocol::FenceState::Failed &&
                   (m_state == State::Failed || !f.sinceMs || *f.sinceMs <= m_since.elapsed())) {
            // A failure older than the refusal is the one the refusal restarted the fence after.
            m_state = State::Failed;
            m_failure = f.error;
        }
    }
    return m_state != before;
}

QString FenceWait::sentence(const QString& to) const
{
    const QString device = m_device.isEmpty() ? tr("its fence device") : m_device;
    switch (m_state) {
    case State::Running:
        return tr("%1 may be frozen rather than off, so it is powered off before %2 takes over. Fencing %1 with %3 "
                  "has started; the takeover is sent again as soon as %1 is reported off.")
            .arg(m_node, to, device);
    case State::Done:
        return tr("%1 was powered off by %2. Sending the takeover again…").arg(m_node, device);
    case State::Failed:
        return tr("%1 Try again to fence it once more, or skip fencing.")
            .arg(m_failure.isNull()
                     ? tr("Fencing %1 with %2 failed; no takeover until it succeeds.").arg(m_node, device)
                     : agentlink::ErrorText::describe(m_failure));
    case State::None:
        break;
    }
    return {};
}

} // namespace twinha::ui
