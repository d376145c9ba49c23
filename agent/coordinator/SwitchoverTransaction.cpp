#include "agent/coordinator/SwitchoverTransaction.h"

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/NodeClaims.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

using Phase = protocol::OperationPhase;

namespace codes = protocol::codes;
using protocol::RpcError;

SwitchoverTransaction::SwitchoverTransaction(const OperationContext& parts, const OperationRecord& record,
                                             QObject* parent)
    : Operation(parts, record, parent)
{
    m_ackTimer.setSingleShot(true);
    m_startTimer.setSingleShot(true);
    const auto noAnswer = [this](int ms) {
        return RpcError::make(QString::fromLatin1(codes::kPeerNoResponse),
                              {{QStringLiteral("peer"), m_context.peer}, {QStringLiteral("timeout_ms"), ms}});
    };
    connect(&m_ackTimer, &QTimer::timeout, this, [this, noAnswer] {
        step(Phase::Handover, false);
        rollback(noAnswer(m_context.timeouts.ackMs));
    });
    connect(&m_startTimer, &QTimer::timeout, this, [this, noAnswer] { giveUpWaiting(noAnswer(startBudgetMs())); });
}

SwitchoverTransaction::~SwitchoverTransaction()
{
    holdReceivers(false);
}

void SwitchoverTransaction::holdReceivers(bool held)
{
    if (held == !m_receiversHeldBy.isNull())
        return;
    // Released through the set that was held: at the agent's exit it may be gone before this.
    ReplicationSet* set = held ? m_context.replication : m_receiversHeldBy.data();
    m_receiversHeldBy = held ? set : nullptr;
    if (set)
        set->holdReceivers(m_op.group, held);
}

bool SwitchoverTransaction::isTargetPart(const OperationRecord& r)
{
    switch (r.phase) {
    case Phase::Handover:
    case Phase::CatchUp:
    case Phase::Start:
    case Phase::Verify:
    case Phase::Started:
    case Phase::StartFailed:
    case Phase::Aborted:
        return true;
    default:
        return false;
    }
}

int SwitchoverTransaction::startBudgetMs() const
{
    int ms = m_context.timeouts.ackMs;
    if (const GroupConfig* g = m_context.config->group(m_op.group))
        for (const ResourceConfig& r : g->resources)
            ms += 2 * r.timeoutMs; // start plus the verifying status check
    if (!m_op.handover.isEmpty())
        ms += m_context.timeouts.drainMs; // the target's catch-up comes first
    return ms;
}

void SwitchoverTransaction::begin()
{
    setPhase(Phase::Precheck);
    // Status may be a monitor period old: ask the resources themselves before stopping anything.
    m_context.groups->run(
        m_op.group, LocalGroups::Action::Check, whileRunning([this](bool running, const RpcError&, qint64) {
            step(Phase::Precheck, running);
            if (!m_cancelledBy.isEmpty()) {
                finish(protocol::OperationResult::Cancelled,
                       RpcError::make(QString::fromLatin1(codes::kOperationCancelled),
                                      {{QStringLiteral("id"), m_op.id}, {QStringLiteral("actor"), m_cancelledBy}}));
            } else if (!running && !m_op.recovery) { // a recovery hands over a group that failed here
                finish(protocol::OperationResult::Refused, RpcError::make(QString::fromLatin1(codes::kGroupNotRunning),
                                                                          {{QStringLiteral("group"), m_op.group},
                                                                           {QStringLiteral("node"), m_context.self}}));
            } else {
                stop();
            }
        }));
}

bool SwitchoverTransaction::cancel(const QString& actor)
{
    if (m_op.phase != Phase::Precheck || isFinished())
        return false;
    m_cancelledBy = actor;
    return true;
}

void SwitchoverTransaction::stop()
{
    setPhase(Phase::Stop);
    m_gap.start();
    m_context.groups->run(m_op.group, LocalGroups::Action::Stop,
                          whileRunning([this](bool ok, const RpcError& reason, qint64 ms) {
                              step(Phase::Stop, ok, ms);
                              if (!ok)
                                  rollback(reason);
                              else if (m_peerLost)
                                  rollback(RpcError::make(QString::fromLatin1(codes::kPeerUnreachable),
                                                          {{QStringLiteral("peer"), m_context.peer}}));
                              else
                                  drain();
                          }));
}

void SwitchoverTransaction::drain()
{
    setPhase(Phase::Drain);
    m_drainClock.start();
    drainOnce();
}

void SwitchoverTransaction::drainOnce()
{
    const int left = m_context.timeouts.drainMs - int(m_drainClock.elapsed());
    m_context.replication->drainGroup(
        m_op.group, std::max(left, 1),
        whileRunning([this](bool ok, const RpcError& reason, qint64) { onDrained(ok, reason); }));
}

void SwitchoverTransaction::onDrained(bool ok, const RpcError& reason)
{
    if (m_op.phase != Phase::Drain)
        return; // the peer died meanwhile, and the rollback is under way
    // A receiver that is still starting (the peer just became the target) refuses the first
    // attempts: keep trying within the drain's time, as the copy must be complete to go on.
    const int retryMs = m_context.timeouts.drainRetryMs;
    if (!ok && m_drainClock.elapsed() + retryMs < m_context.timeouts.drainMs) {
        QTimer::singleShot(retryMs, this, [this] {
            if (!isFinished() && m_op.phase == Phase::Drain)
                drainOnce();
        });
        return;
    }
    step(Phase::Drain, ok, m_drainClock.elapsed());
    if (ok) {
        m_op.handover = m_context.replication->handoverFacts(m_op.group); // the target checks these first
        handover();
    } else
        rollback(reason);
}

void SwitchoverTransaction::handover()
{
    setPhase(Phase::Handover);
    RpcError reason;
    const qint64 epoch = m_context.nextEpoch();
    holdReceivers(true); // before the role change below asks for them
    // Persisted before the target may act: from here on this node never claims the group at an
    // epoch the target could not beat.
    if (!persistRole(protocol::Role::Standby, epoch, &reason)) {
        step(Phase::Handover, false);
        rollback(reason);
        return;
    }
    m_op.epoch = epoch;
    m_ackTimer.start(m_context.timeouts.ackMs);
}

void SwitchoverTransaction::commit()
{
    step(Phase::Handover, true);
    m_ackTimer.stop();
    m_startTimer.start(startBudgetMs());
    setPhase(Phase::Start); // published: the target may start now
    holdReceivers(false);
}

void SwitchoverTransaction::onPeer(const NodeClaims* peer)
{
    if (isFinished() || m_op.phase == Phase::Rollback)
        return;
    if (!peer) {
        onPeerLost();
        return;
    }
    m_targetHolds = peer->holds(m_op.group);
    const OperationRecord& target = peer->op;
    if (target.id == m_op.id && isTargetPart(target)) {
        onTarget(target);
    } else if (m_op.phase == Phase::Start) {
        // Committed, and the target no longer knows this switchover: it restarted on the way.
        giveUpWaiting(RpcError::make(QString::fromLatin1(codes::kPeerNoResponse),
                                     {{QStringLiteral("peer"), m_context.peer},
                                      {QStringLiteral("timeout_ms"), startBudgetMs() - m_startTimer.remainingTime()}}));
    }
}

void SwitchoverTransaction::onTarget(const OperationRecord& target)
{
    if (target.result == protocol::OperationResult::Done) {
        if (m_op.phase == Phase::Handover)
            step(Phase::Handover, true); // an older target, which started without acknowledging
        holdReceivers(false);
        m_startTimer.stop();
        m_ackTimer.stop();
        copyTargetSteps(target);
        m_op.gapMs = m_gap.elapsed();
        finish(protocol::OperationResult::Done);
    } else if (target.result != protocol::OperationResult::None) {
        // It gave the group up after a failed start, or never took it: nobody runs it now.
        if (m_op.phase == Phase::Handover)
            step(Phase::Handover, false);
        copyTargetSteps(target);
        rollback(target.reason);
    } else if (m_op.phase == Phase::Handover) {
        commit(); // its acknowledgement, or an older target's start
    }
}

void SwitchoverTransaction::onPeerLost()
{
    const RpcError gone =
        RpcError::make(QString::fromLatin1(codes::kPeerUnreachable), {{QStringLiteral("peer"), m_context.peer}});
    const Phase phase = m_op.phase;
    if (phase == Phase::Precheck) {
        finish(protocol::OperationResult::Failed, gone); // nothing changed yet
    } else if (phase == Phase::Stop) {
        m_peerLost = true; // the group is on its way down; it starts again once it is
    } else if (phase == Phase::Drain) {
        step(Phase::Drain, false, m_drainClock.elapsed());
        rollback(gone);
    } else if (phase == Phase::Handover) {
        step(Phase::Handover, false);
        rollback(gone); // not acknowledged: the target has not started it
    } else if (phase == Phase::Start) {
        m_startTimer.stop();
        finish(protocol::OperationResult::Failed, gone); // it may run there now: never here as well
    }
}

void SwitchoverTransaction::giveUpWaiting(const RpcError& reason)
{
    if (isFinished())
        return;
    m_startTimer.stop();
    if (m_targetHolds)
        finish(protocol::OperationResult::Failed, reason); // it holds the group: the rules run it there
    else
        rollback(reason);
}

void SwitchoverTransaction::copyTargetSteps(const OperationRecord& target)
{
    for (const OperationRecord::Step& s : target.steps)
        m_op.steps.append(s);
}

void SwitchoverTransaction::rollback(const RpcError& reason)
{
    if (isFinished())
        return;
    const bool published = m_op.phase == Phase::Handover || m_op.phase == Phase::Start;
    m_ackTimer.stop();
    m_startTimer.stop();
    holdReceivers(false); // the receivers stop anyway once this node holds the group again
    setPhase(Phase::Rollback);
    RpcError failure;
    if (!m_context.state->holds(m_op.group) && !persistRole(protocol::Role::Active, m_context.nextEpoch(), &failure)) {
        step(Phase::Rollback, false);
        finish(protocol::OperationResult::Failed, failure);
        return;
    }
    m_op.epoch = groupEpoch();
    if (published && m_context.leaseDecides && m_context.leaseDecides()) {
        // The peer went silent after the handover went out: it may have taken the group by failover
        // and with it the lease. Start nothing here; the rules start the group again only once this
        // node holds the lease (and step it down if the peer has it).
        step(Phase::Rollback, false);
        finish(protocol::OperationResult::Failed, reason);
        return;
    }
    // Queued behind a stop still under way, if any.
    m_context.groups->run(
        m_op.group, LocalGroups::Action::Start, whileRunning([this, reason](bool ok, const RpcError& why, qint64 ms) {
            step(Phase::Rollback, ok, ms);
            if (ok && m_gap.isValid())
                m_op.gapMs = m_gap.elapsed(); // the service was down here all along
            finish(ok ? protocol::OperationResult::RolledBack : protocol::OperationResult::Failed, ok ? reason : why);
        }));
}

} // namespace twinha::agent
