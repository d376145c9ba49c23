#include "agent/resources/ResourceSequence.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

ResourceSequence::ResourceSequence(QObject* parent)
    : QObject(parent)
{}

bool ResourceSequence::run(Resource::Action action, const QList<Resource*>& order, bool stopAtFailure)
{
    if (m_running)
        return false;
    m_running = true;
    m_action = action;
    m_order = order;
    m_stopAtFailure = stopAtFailure;
    m_firstError = {};
    m_index = 0;
    m_succeeded = 0;
    next();
    return true;
}

void ResourceSequence::next()
{
    if (m_index >= m_order.size()) {
        m_running = false;
        Q_EMIT finished(m_firstError.isNull(), m_firstError, m_succeeded);
        return;
    }
    Resource* r = m_order[m_index];
    m_step = connect(r, &Resource::finished, this, [this, r](Resource::Action a, bool ok, const protocol::RpcError& e) {
        if (a == m_action)
            onStepFinished(r, ok, e);
    });
    if (m_action == Resource::Action::Start ? r->start() : r->stop())
        return;
    // A resource refuses only while busy, which its group's one-operation rule prevents; reported
    // rather than assumed, in case something drives a resource behind the group's back.
    const bool start = m_action == Resource::Action::Start;
    onStepFinished(r, false,
                   protocol::RpcError::make(QString::fromLatin1(start ? protocol::codes::kResourceStartFailed
                                                                      : protocol::codes::kResourceStopFailed),
                                            {{QStringLiteral("group"), r->context().group},
                                             {QStringLiteral("resource"), r->name()},
                                             {QStringLiteral("exit_status"), -1},
                                             {QStringLiteral("stderr"), QStringLiteral("busy")}}));
}

void ResourceSequence::onStepFinished(Resource* r, bool ok, const protocol::RpcError& reason)
{
    disconnect(m_step);
    if (!ok) {
        AgentLog::get("agent.resources")
            ->warn("{}/{}: {} failed ({})", r->context().group.toStdString(), r->name().toStdString(),
                   protocol::resourceActionName(m_action).toStdString(), reason.code.toStdString());
        if (m_firstError.isNull())
            m_firstError = reason;
        if (m_stopAtFailure)
            m_index = int(m_order.size()); // ends the run
    } else if (m_succeeded == m_index) {
        ++m_succeeded;
    }
    ++m_index;
    next();
}

} // namespace twinha::agent
