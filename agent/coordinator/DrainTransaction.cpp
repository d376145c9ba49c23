#include "agent/coordinator/DrainTransaction.h"

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

using Phase = protocol::OperationPhase;

using protocol::RpcError;

DrainTransaction::DrainTransaction(const OperationContext& parts, const OperationRecord& record, QObject* parent)
    : Operation(parts, record, parent)
{}

void DrainTransaction::begin()
{
    if (m_op.kind == protocol::OperationKind::Drain)
        drain();
    else
        undrain();
}

void DrainTransaction::onPeer(const NodeClaims* peer)
{
    // The group is on its way down here, and nobody else serves it now: it starts again once stopped.
    if (!peer && m_op.kind == protocol::OperationKind::Drain && m_op.phase == Phase::Stop)
        m_peerLost = true;
}

void DrainTransaction::drain()
{
    setPhase(Phase::Stop);
    RpcError reason;
    // Persisted first: after a crash mid-way the node stays drained rather than rejoining by itself.
    if (!persistRole(protocol::Role::Standby, m_context.nextEpoch(), &reason)) {
        step(Phase::Stop, false);
        finish(protocol::OperationResult::Failed, reason);
        return;
    }
    m_op.epoch = groupEpoch();
    m_gap.start();
    m_context.groups->run(m_op.group, LocalGroups::Action::Stop,
                          whileRunning([this](bool ok, const RpcError& why, qint64 ms) {
                              step(Phase::Stop, ok, ms);
                              if (!ok)
                                  rollback(why);
                              else if (m_peerLost)
                                  rollback(RpcError::make(QString::fromLatin1(protocol::codes::kPeerUnreachable),
                                                          {{QStringLiteral("peer"), m_context.peer}}));
                              else
                                  finish(protocol::OperationResult::Done);
                          }));
}

void DrainTransaction::rollback(const RpcError& reason)
{
    setPhase(Phase::Rollback);
    RpcError failure;
    if (!persistRole(protocol::Role::Active, m_context.nextEpoch(), &failure)) {
        step(Phase::Rollback, false);
        finish(protocol::OperationResult::Failed, failure);
        return;
    }
    m_op.epoch = groupEpoch();
    m_context.groups->run(
        m_op.group, LocalGroups::Action::Start, whileRunning([this, reason](bool ok, const RpcError& why, qint64 ms) {
            step(Phase::Rollback, ok, ms);
            if (ok)
                m_op.gapMs = m_gap.elapsed();
            finish(ok ? protocol::OperationResult::RolledBack : protocol::OperationResult::Failed, ok ? reason : why);
        }));
}

void DrainTransaction::undrain()
{
    setPhase(Phase::Start);
    RpcError reason;
    if (!persistRole(protocol::Role::Active, m_context.nextEpoch(), &reason)) {
        step(Phase::Start, false);
        finish(protocol::OperationResult::Failed, reason);
        return;
    }
    m_op.epoch = groupEpoch();
    m_context.groups->run(
        m_op.group, LocalGroups::Action::Start, whileRunning([this](bool ok, const RpcError& why, qint64 ms) {
            step(Phase::Start, ok, ms);
            if (!ok) {
                RpcError ignored;
                persistRole(protocol::Role::Standby, m_context.nextEpoch(), &ignored);
                finish(protocol::OperationResult::Failed, why);
                return;
            }
            setPhase(Phase::Verify);
            m_context.groups->run(
                m_op.group, LocalGroups::Action::Check, whileRunning([this](bool running, const RpcError& e, qint64) {
                    step(Phase::Verify, running);
                    finish(running ? protocol::OperationResult::Done : protocol::OperationResult::Failed, e);
                }));
        }));
}

} // namespace twinha::agent
