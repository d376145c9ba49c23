// The Coordinator's operator side: checks, starts and cancels operations for the control methods.
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/OperationDesk.h"

namespace twinha::agent {

SwitchoverCheck Coordinator::check(const QString& group, const QString& to) const
{
    return SwitchoverCheck::evaluate(m_config, snapshot(), group, to);
}

QJsonObject Coordinator::startOperation(const QString& group, const QString& to, bool force, const QString& actor,
                                        protocol::RpcError* error)
{
    const SwitchoverCheck c = check(group, to);
    QJsonObject action{{QStringLiteral("method"), QStringLiteral("switchover.start")},
                       {QStringLiteral("group"), c.group},
                       {QStringLiteral("to"), c.to},
                       {QStringLiteral("force"), force}};
    // Force overrides only what an operator can judge (lag, config drift), never a missing peer.
    if (!c.ready() && !(force && c.forceable())) {
        *error = c.refusal();
        action.insert(QStringLiteral("refused"), error->code);
        m_events->record(QStringLiteral("operator_action"), action, actor);
        return {};
    }
    const QString id = m_desk->submit(c, force, actor);
    action.insert(QStringLiteral("id"), id);
    m_events->record(QStringLiteral("operator_action"), action, actor);
    schedule();
    return {{QStringLiteral("id"), id},       {QStringLiteral("group"), c.group},
            {QStringLiteral("kind"), c.kind}, {QStringLiteral("from"), c.from},
            {QStringLiteral("to"), c.to},     {QStringLiteral("executor"), c.executor}};
}

protocol::RpcError Coordinator::cancelOperation(const QString& id, const QString& actor)
{
    const protocol::RpcError e = m_desk->cancel(id, actor, m_peer ? m_peer->op : OperationRecord());
    QJsonObject action{{QStringLiteral("method"), QStringLiteral("switchover.cancel")}, {QStringLiteral("id"), id}};
    if (!e.isNull())
        action.insert(QStringLiteral("refused"), e.code);
    m_events->record(QStringLiteral("operator_action"), action, actor);
    schedule();
    return e;
}

} // namespace twinha::agent
