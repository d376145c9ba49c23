#include "agent/coordinator/Operation.h"

#include "agent/AgentLog.h"
#include "agent/NodeState.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

qint64 OperationContext::nextEpoch() const
{
    return std::max(state->epoch(), peerEpoch ? peerEpoch() : 0) + 1;
}

Operation::Operation(const OperationContext& parts, const OperationRecord& record, QObject* parent)
    : QObject(parent)
    , m_context(parts)
    , m_op(record)
{
    m_stepClock.start();
}

void Operation::setPhase(protocol::OperationPhase phase)
{
    AgentLog::get("agent.coordinator")
        ->info("{} {} of {}: {}", protocol::operationKindName(m_op.kind).toStdString(), m_op.id.toStdString(),
               m_op.group.toStdString(), protocol::operationPhaseName(phase).toStdString());
    m_op.phase = phase;
    m_stepClock.start();
    Q_EMIT changed();
}

void Operation::step(protocol::OperationPhase name, bool ok, qint64 ms)
{
    m_op.addStep(name, ms >= 0 ? ms : m_stepClock.elapsed(), ok);
    m_stepClock.start();
    Q_EMIT changed();
}

void Operation::finish(protocol::OperationResult result, const protocol::RpcError& reason,
                       protocol::OperationPhase finalPhase)
{
    if (isFinished())
        return;
    AgentLog::get("agent.coordinator")
        ->info("{} {} of {}: {}{}", protocol::operationKindName(m_op.kind).toStdString(), m_op.id.toStdString(),
               m_op.group.toStdString(), protocol::operationResultName(result).toStdString(),
               reason.isNull() ? std::string() : " (" + reason.code.toStdString() + ")");
    m_op.finish(result, reason, finalPhase);
    Q_EMIT changed();
    Q_EMIT finished();
}

qint64 Operation::groupEpoch() const
{
    return m_context.state->groupEpoch(m_op.group);
}

bool Operation::persistRole(protocol::Role role, qint64 epoch, protocol::RpcError* reason)
{
    QString detail;
    if (m_context.state->setGroup(m_op.group, role, epoch, &detail))
        return true;
    *reason = protocol::RpcError::make(
        QString::fromLatin1(protocol::codes::kStateWriteFailed),
        {{QStringLiteral("path"), m_context.state->filePath()}, {QStringLiteral("detail"), detail}});
    return false;
}

} // namespace twinha::agent
