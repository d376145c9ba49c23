#include "agent/coordinator/SwitchoverTransaction.h"

#include "agent/NodeState.h"
#include "agent/coordinator/ClusterPayload.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

SwitchoverTransaction::SwitchoverTransaction(const CoordinatorParts& parts, const OperationRecord& record,
                                             QObject* parent)
    : Operation(parts, record, parent)
{
    m_ackTimer.setSingleShot(true);
    m_startTimer.setSingleShot(true);
    const auto noAnswer = [this](int ms) {
        return RpcError::make(QString::fromLatin1(codes::kPeerNoResponse),
                              {{QStringLiteral("peer"), m_parts.peer}, {QStringLiteral("timeout_ms"), ms}});
    };
    connect(&m_ackTimer, &QTimer::timeout, this, [this, noAnswer] { rollback(noAnswer(kAckTimeoutMs)); });
    connect(&m_startTimer, &QTimer::timeout, this, [this, noAnswer] { rollback(noAnswer(startBudgetMs())); });
}

int SwitchoverTransaction::startBudgetMs() const
{
    int ms = kAckTimeoutMs;
    if (const GroupConfig* g = m_parts.config->group(m_op.group))
        for (const ResourceConfig& r : g->resources)
            ms += 2 * r.timeoutMs; // start plus the verifying status check
    return ms;
}

void SwitchoverTransaction::begin()
{
    setPhase(QStringLiteral("precheck"));
    // Status may be a monitor period old: ask the resources themselves before stopping anything.
    m_parts.groups->run(m_op.group, LocalGroups::Action::Check, [this](bool running, const RpcError&, qint64) {
        step(QStringLiteral("precheck"), running);
        if (!m_cancelledBy.isEmpty()) {
            finish(QStringLiteral("cancelled"),
                   RpcError::make(QString::fromLatin1(codes::kOperationCancelled),
                                  {{QStringLiteral("id"), m_op.id}, {QStringLiteral("actor"), m_cancelledBy}}));
        } else if (!running) {
            finish(QStringLiteral("refused"),
                   RpcError::make(QString::fromLatin1(codes::kGroupNotRunning),
                                  {{QStringLiteral("group"), m_op.group}, {QStringLiteral("node"), m_parts.self}}));
        } else {
            stop();
        }
    });
}

bool SwitchoverTransaction::cancel(const QString& actor)
{
    if (m_op.phase != QLatin1String("precheck") || isFinished())
        return false;
    m_cancelledBy = actor;
    return true;
}

void SwitchoverTransaction::stop()
{
    setPhase(QStringLiteral("stop"));
    m_gap.start();
    m_parts.groups->run(m_op.group, LocalGroups::Action::Stop, [this](bool ok, const RpcError& reason, qint64 ms) {
        step(QStringLiteral("stop"), ok, ms);
        if (ok)
            drain();
        else
            rollback(reason);
    });
}

void SwitchoverTransaction::drain()
{
    setPhase(QStringLiteral("drain"));
    m_drainClock.start();
    drainOnce();
}

void SwitchoverTransaction::drainOnce()
{
    const int left = ReplicationSet::kDrainTimeoutMs - int(m_drainClock.elapsed());
    m_parts.replication->drainGroup(m_op.group, std::max(left, 1), [this](bool ok, const RpcError& reason, qint64) {
        // A receiver that is still starting (the peer just became the target) refuses the first
        // attempts: keep trying within the drain's time, as the copy must be complete to go on.
        if (!ok && m_drainClock.elapsed() + kDrainRetryMs < ReplicationSet::kDrainTimeoutMs) {
            QTimer::singleShot(kDrainRetryMs, this, &SwitchoverTransaction::drainOnce);
            return;
        }
        step(QStringLiteral("drain"), ok, m_drainClock.elapsed());
        if (ok)
            handover();
        else
            rollback(reason);
    });
}

void SwitchoverTransaction::handover()
{
    setPhase(QStringLiteral("handover"));
    RpcError reason;
    const qint64 epoch = m_parts.nextEpoch();
    // Persisted before the target may act: from here on this node never claims the group at an
    // epoch the target could not beat.
    if (!persistRole(QStringLiteral("standby"), epoch, &reason)) {
        step(QStringLiteral("handover"), false);
        rollback(reason);
        return;
    }
    m_op.epoch = epoch;
    step(QStringLiteral("handover"), true);
    m_ackTimer.start(kAckTimeoutMs);
}

void SwitchoverTransaction::onPeer(const ClusterPayload* peer)
{
    const bool waiting = m_op.phase == QLatin1String("handover") || m_op.phase == QLatin1String("start");
    if (!waiting || isFinished())
        return;
    if (!peer) {
        const RpcError gone =
            RpcError::make(QString::fromLatin1(codes::kPeerUnreachable), {{QStringLiteral("peer"), m_parts.peer}});
        if (m_op.phase == QLatin1String("handover"))
            rollback(gone); // it never began: this node takes the group back
        else
            finish(QStringLiteral("failed"), gone); // it may run there now; the epochs sort it out later
        return;
    }
    // Only the target's own part counts (phases start, verify, started, start_failed); a record of
    // the same id in another phase is the target's copy of a request it forwarded to us.
    const OperationRecord& target = peer->op;
    const QString& phase = target.phase;
    if (target.id != m_op.id || !(phase == QLatin1String("start") || phase == QLatin1String("verify") ||
                                  phase == QLatin1String("started") || phase == QLatin1String("start_failed")))
        return;
    if (target.result == QLatin1String("done")) {
        m_startTimer.stop();
        copyTargetSteps(target);
        m_op.gapMs = m_gap.elapsed();
        finish(QStringLiteral("done"));
    } else if (target.result == QLatin1String("failed")) {
        copyTargetSteps(target);
        rollback(target.reason);
    } else if (m_op.phase == QLatin1String("handover")) {
        m_ackTimer.stop();
        m_startTimer.start(startBudgetMs());
        setPhase(QStringLiteral("start"));
    }
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
    m_ackTimer.stop();
    m_startTimer.stop();
    setPhase(QStringLiteral("rollback"));
    RpcError failure;
    if (!m_parts.state->holds(m_op.group) && !persistRole(QStringLiteral("active"), m_parts.nextEpoch(), &failure)) {
        step(QStringLiteral("rollback"), false);
        finish(QStringLiteral("failed"), failure);
        return;
    }
    m_op.epoch = m_parts.state->epoch();
    if (m_parts.leaseDecides && m_parts.leaseDecides()) {
        // The peer went silent mid-handover: it may have started the group and taken the lease.
        // Start nothing here; the rules start the group again only once this node holds the lease
        // (and step it down if the peer has it).
        step(QStringLiteral("rollback"), false);
        finish(QStringLiteral("failed"), reason);
        return;
    }
    m_parts.groups->run(m_op.group, LocalGroups::Action::Start,
                        [this, reason](bool ok, const RpcError& why, qint64 ms) {
                            step(QStringLiteral("rollback"), ok, ms);
                            finish(ok ? QStringLiteral("rolled_back") : QStringLiteral("failed"), ok ? reason : why);
                        });
}

} // namespace twinha::agent
