// The Coordinator's operator side: checks, starts and cancels operations for the control methods.
#include "agent/NodeState.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/OperationRunner.h"
#include "agent/fencing/Fencer.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDateTime>

namespace twinha::agent {

SwitchoverCheck Coordinator::check(const QString& group, const QString& to) const
{
    return SwitchoverCheck::evaluate(m_config, snapshot(), group, to);
}

QJsonObject Coordinator::startOperation(const QString& group, const QString& to, bool force, const QString& actor,
                                        protocol::RpcError* error, bool skipFencing)
{
    const SwitchoverCheck c = check(group, to);
    QJsonObject action{{QStringLiteral("method"), QStringLiteral("switchover.start")},
                       {QStringLiteral("group"), c.group},
                       {QStringLiteral("to"), c.to},
                       {QStringLiteral("force"), force}};
    // Force overrides only what an operator can judge: lag and config drift, and, on the surviving
    // node, the peer's silence (a manual failover).
    if (!c.ready() && !(force && c.forceable())) {
        *error = c.refusal();
        action.insert(QStringLiteral("refused"), error->code);
        m_events->record(protocol::EventType::OperatorAction, action, actor);
        return {};
    }
    if (!c.ready() && c.takeover && m_fencer && m_fencer->state() != Fencer::State::Done) {
        if (skipFencing) {
            action.insert(QStringLiteral("skip_fencing"), true); // the operator's word, on the record
        } else {
            // A silent peer may be frozen, not dead: it is powered off first. The operator asks again
            // once it is, or confirms skipping it.
            startFencing(actor);
            *error = protocol::RpcError::make(
                QString::fromLatin1(protocol::codes::kFenceRequired),
                {{QStringLiteral("node"), m_fencer->device().node},
                 {QStringLiteral("device"), m_fencer->deviceName()},
                 {QStringLiteral("state"), m_fencer->toJson().value(QStringLiteral("state"))}});
            action.insert(QStringLiteral("refused"), error->code);
            m_events->record(protocol::EventType::OperatorAction, action, actor);
            return {};
        }
    }
    if (!c.ready() && c.takeover) {
        const QString id = takeOver(c.group, actor);
        if (id.isEmpty()) {
            *error =
                protocol::RpcError::make(QString::fromLatin1(protocol::codes::kStateWriteFailed),
                                         {{QStringLiteral("path"), m_state->filePath()},
                                          {QStringLiteral("detail"), QStringLiteral("the new role was not saved")}});
            action.insert(QStringLiteral("refused"), error->code);
            m_events->record(protocol::EventType::OperatorAction, action, actor);
            return {};
        }
        action.insert(QStringLiteral("id"), id);
        m_events->record(protocol::EventType::OperatorAction, action, actor);
        schedule();
        return {{QStringLiteral("id"), id},
                {QStringLiteral("group"), c.group},
                {QStringLiteral("kind"), protocol::operationKindName(protocol::OperationKind::Failover)},
                {QStringLiteral("from"), c.from},
                {QStringLiteral("to"), c.to},
                {QStringLiteral("executor"), c.executor}};
    }
    const QString id = m_runner->submit(c, force, actor);
    action.insert(QStringLiteral("id"), id);
    m_events->record(protocol::EventType::OperatorAction, action, actor);
    schedule();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("group"), c.group},
            {QStringLiteral("kind"), protocol::operationKindName(c.kind)},
            {QStringLiteral("from"), c.from},
            {QStringLiteral("to"), c.to},
            {QStringLiteral("executor"), c.executor}};
}

QString Coordinator::takeOver(const QString& group, const QString& actor)
{
    // As an automatic failover would, with a new epoch, so that the silent node, should it come
    // back, finds itself stale and steps down.
    ClusterDecider::Action a;
    a.kind = ClusterDecider::Action::Kind::Take;
    a.group = group;
    a.epoch = m_context.nextEpoch(); // past every epoch either node has used, for this group and any other
    a.cause = protocol::RoleCause::ManualTakeover;
    m_takeoverActor = actor;
    applyAction(a);
    // applyAction logs why it could not persist the new role; the caller answers with an error.
    return m_state->holds(group) ? m_runner->record().id : QString();
}

protocol::RpcError Coordinator::cancelOperation(const QString& id, const QString& actor)
{
    const protocol::RpcError e = m_runner->cancel(id, actor, m_peer ? m_peer->op : OperationRecord());
    QJsonObject action{{QStringLiteral("method"), QStringLiteral("switchover.cancel")}, {QStringLiteral("id"), id}};
    if (!e.isNull())
        action.insert(QStringLiteral("refused"), e.code);
    m_events->record(protocol::EventType::OperatorAction, action, actor);
    schedule();
    return e;
}

bool Coordinator::setMaintenance(bool on, const QString& group, const QString& actor, protocol::RpcError* error)
{
    if (!group.isEmpty() && !m_config.group(group)) {
        *error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kUnknownGroup),
                                          {{QStringLiteral("group"), group}});
        return false;
    }
    const qint64 seq = std::max(m_maintenance.seq, m_peer && m_peer->maintenance ? m_peer->maintenance->seq : 0) + 1;
    const Maintenance next = m_maintenance.changed(on, group, actor, seq, QDateTime::currentMSecsSinceEpoch());
    QString why;
    if (!next.save(m_stateDir, &why)) {
        *error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kStateWriteFailed),
                                          {{QStringLiteral("path"), m_stateDir}, {QStringLiteral("detail"), why}});
        return false;
    }
    adoptMaintenance(next);
    return true;
}

} // namespace twinha::agent
