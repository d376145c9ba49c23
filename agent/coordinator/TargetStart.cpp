#include "agent/coordinator/TargetStart.h"

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/NodeClaims.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agent/resources/ResourceGroup.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

using Phase = protocol::OperationPhase;

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {
OperationRecord participantRecord(const OperationRecord& source)
{
    OperationRecord r;
    r.id = source.id;
    r.kind = source.kind;
    r.group = source.group;
    r.from = source.from;
    r.to = source.to;
    r.epoch = source.epoch;
    r.actor = source.actor;
    r.recovery = source.recovery;
    r.startedAt = source.startedAt;
    r.handover = source.handover;
    return r;
}
} // namespace

TargetStart::TargetStart(const OperationContext& parts, const OperationRecord& sourceRecord, QObject* parent)
    : Operation(parts, participantRecord(sourceRecord), parent)
    , m_acknowledge(sourceRecord.ack)
{
    m_commitTimer.setSingleShot(true);
    // An end that leaves the group stopped here (called off, or given up): the source may take the
    // group back, so what prepare() let the resources learn no longer holds.
    connect(this, &Operation::finished, this, [this] {
        if (m_released && m_op.result != protocol::OperationResult::Done)
            if (ResourceGroup* g = m_context.groups->group(m_op.group))
                g->peerReleaseCalledOff();
    });
    connect(&m_commitTimer, &QTimer::timeout, this, [this] {
        abort(RpcError::make(
            QString::fromLatin1(codes::kPeerNoResponse),
            {{QStringLiteral("peer"), m_context.peer}, {QStringLiteral("timeout_ms"), m_context.timeouts.ackMs}}));
    });
}

void TargetStart::begin()
{
    if (!m_acknowledge) {
        start();
        return;
    }
    setPhase(Phase::Handover); // published: the acknowledgement
    m_commitTimer.start(m_context.timeouts.ackMs);
    // After the acknowledgement has gone out: starting the processes takes time.
    QTimer::singleShot(0, this, [this] {
        if (!isFinished() && !m_committed)
            prepare();
    });
}

void TargetStart::prepare()
{
    if (ResourceGroup* g = m_context.groups->group(m_op.group)) {
        g->prepareStart();
        g->peerReleased(); // the source stopped the group before it handed it over
        m_released = true;
    }
    catchUp();
}

void TargetStart::onPeer(const NodeClaims* peer)
{
    if (isFinished() || m_op.phase != Phase::Handover)
        return; // once started, the source's word no longer matters
    if (!peer) {
        abort(RpcError::make(QString::fromLatin1(codes::kPeerUnreachable), {{QStringLiteral("peer"), m_context.peer}}));
        return;
    }
    const OperationRecord& source = peer->op;
    if (source.id == m_op.id && source.isRunning() && source.phase == Phase::Handover)
        return; // our acknowledgement is on its way
    if (source.id == m_op.id && source.isRunning() && source.phase == Phase::Start) {
        m_commitTimer.stop();
        start();
        return;
    }
    // Rolled back, or no longer known there: the source keeps or takes the group back.
    abort(RpcError::make(QString::fromLatin1(codes::kOperationCancelled),
                         {{QStringLiteral("id"), m_op.id}, {QStringLiteral("actor"), m_context.peer}}));
}

void TargetStart::abort(const RpcError& reason)
{
    m_commitTimer.stop();
    finish(protocol::OperationResult::Cancelled, reason, Phase::Aborted);
}

void TargetStart::start()
{
    m_committed = true;
    if (m_op.handover.isEmpty()) {
        startGroup();
        return;
    }
    // The source stopped for good and named what the copy here must hold (PostgreSQL: its last
    // checkpoint). Until it does, taking over would lose what the source committed last.
    catchUp(); // a source that asked no acknowledgement: not begun yet
    if (m_caughtUp)
        afterCatchUp();
    else
        setPhase(Phase::CatchUp);
}

void TargetStart::catchUp()
{
    if (m_op.handover.isEmpty() || std::exchange(m_catchingUp, true))
        return;
    m_context.replication->catchUpGroup(m_op.group, m_op.handover, m_context.timeouts.drainMs,
                                        whileRunning([this](bool ok, const RpcError& why, qint64 ms) {
                                            m_caughtUp = CaughtUp{ok, why, ms};
                                            if (m_committed)
                                                afterCatchUp();
                                        }));
}

void TargetStart::afterCatchUp()
{
    step(Phase::CatchUp, m_caughtUp->ok, m_caughtUp->ms);
    if (m_caughtUp->ok) {
        startGroup();
        return;
    }
    finish(protocol::OperationResult::Failed, m_caughtUp->why, Phase::StartFailed);
}

void TargetStart::startGroup()
{
    setPhase(Phase::Start);
    RpcError reason;
    const qint64 epoch = std::max(m_context.state->epoch(), m_op.epoch);
    if (!persistRole(protocol::Role::Active, epoch, &reason)) {
        step(Phase::Start, false);
        finish(protocol::OperationResult::Failed, reason, Phase::StartFailed);
        return;
    }
    m_op.epoch = epoch;
    m_context.groups->run(m_op.group, LocalGroups::Action::Start,
                          whileRunning([this](bool ok, const RpcError& why, qint64 ms) {
                              step(Phase::Start, ok, ms);
                              if (ok)
                                  verify();
                              else
                                  giveUp(why); // the group has already stopped what it had started
                          }));
}

void TargetStart::verify()
{
    setPhase(Phase::Verify);
    m_context.groups->run(
        m_op.group, LocalGroups::Action::Check, whileRunning([this](bool running, const RpcError& why, qint64) {
            step(Phase::Verify, running);
            if (running) {
                finish(protocol::OperationResult::Done, {}, Phase::Started);
                return;
            }
            m_context.groups->run(m_op.group, LocalGroups::Action::Stop,
                                  whileRunning([this, why](bool, const RpcError&, qint64) { giveUp(why); }));
        }));
}

void TargetStart::giveUp(const RpcError& reason)
{
    RpcError failure;
    persistRole(protocol::Role::Standby, m_context.nextEpoch(), &failure);
    m_op.epoch = groupEpoch();
    finish(protocol::OperationResult::Failed, reason.isNull() ? failure : reason, Phase::StartFailed);
}

} // namespace twinha::agent
