// The Coordinator's answer to a group whose resource failed on this node (GroupRecovery): restart it
// here, move it to a healthy peer, or restart it again after a pause.
#include "agent/AgentLog.h"
#include "agent/coordinator/ClusterRules.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/OperationRunner.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agentlink/protocol/RecoveryTerms.h"

namespace twinha::agent {

namespace {
// How long after the guard's stop is over it explains the group found down: the monitor's next
// check comes at once (onGuardStop), this is only its bound.
constexpr qint64 kGuardStopExplainsMs = 10000;
} // namespace

void Coordinator::noteGroupFailure(const QString& group)
{
    if (guardIsStopping(group) ||
        (m_guardStops.contains(group) && steadyMs() - m_guardStops.value(group).atMs < kGuardStopExplainsMs))
        return; // the guard stopped it: not a failure of the group (recoverFailedGroups starts it again)
    if (m_state->holds(group) || rules::isDuplex(m_config))
        m_recovery.failed(group, steadyMs());
}

void Coordinator::onGuardStop(const QString& group, bool over, bool ok)
{
    // The agent had fallen silent, and its guard stops the group so that the peer could take it over
    // safely. What the monitor finds meanwhile is the guard's doing, not a failure. Once the stop is
    // over, the group is checked at once and, if the rules still give it to this node (the peer did
    // not take it over), started again without counting as a failure (recoverFailedGroups).
    if (!over) {
        AgentLog::get("agent.coordinator")
            ->warn("{}: the dead-man guard is stopping it: this agent fell silent", group.toStdString());
        m_guardStops.insert(group, {steadyMs(), false, -1});
        return;
    }
    if (ok) {
        m_guardStops.insert(group, {steadyMs(), true, -1});
        m_groups->run(group, LocalGroups::Action::Check);
    } else {
        AgentLog::get("agent.coordinator")->warn("{}: the dead-man guard's stop failed", group.toStdString());
        m_guardStops.remove(group); // what it left running is unknown: the monitor's findings count
    }
    schedule();
}

bool Coordinator::guardIsStopping(const QString& group)
{
    const auto it = m_guardStops.constFind(group);
    if (it == m_guardStops.cend() || it->over)
        return false;
    qint64 boundMs = 5000; // the group's stop at its slowest, and some
    if (const GroupConfig* g = m_config.group(group))
        for (const ResourceConfig& r : g->resources)
            boundMs += r.timeoutMs;
    if (steadyMs() - it->atMs < boundMs)
        return true;
    AgentLog::get("agent.coordinator")
        ->warn("{}: no word that the dead-man guard's stop is over after {} ms; acting on the group again",
               group.toStdString(), boundMs);
    m_guardStops.erase(it); // what the monitor finds counts again
    return false;
}

bool Coordinator::peerAnsweredSinceGuardStop(const QString& group, const ClusterSnapshot& s, qint64 now)
{
    // The guard stopped the group so that the peer could take it over, and the peer's claims in
    // hand may be older than such a takeover (the fast profile ran the service on both nodes for
    // 207 ms this way). It is started again only on claims the peer sent after it heard a heartbeat
    // of ours sent since the stop, and an interval later, so that a takeover its main thread had
    // just decided has reached its heartbeats too. A peer silent since before the stop, for the
    // dead time at least, answers nothing: the rules decide without it, as for any lost peer.
    GuardStop& stop = m_guardStops[group];
    if (!m_heartbeat->peerHeardUsSince(stop.atMs)) {
        const bool silentSince = s.peerSilenceMs >= std::max<qint64>(m_config.timing.deadTimeMs, now - stop.atMs);
        return !s.peerAlive && silentSince;
    }
    if (stop.answeredAt < 0)
        stop.answeredAt = now;
    return now - stop.answeredAt >= m_config.timing.intervalMs;
}

void Coordinator::recoverFailedGroups(const ClusterDecider::Decision& d)
{
    // Run: held, not in maintenance mode (Leave), not stepping down. A failed stop (mayRun) ends the
    // recovery: what it left running is unknown.
    QStringList failed;
    for (const GroupConfig& g : m_config.groups) {
        const protocol::RunState state = m_groups->state(g.name);
        if (state == protocol::RunState::Running)
            m_recovery.seenRunning(g.name);
        if (d.desired.value(g.name, ClusterDecider::Desired::Leave) == ClusterDecider::Desired::Run &&
            !m_recovering.contains(g.name) && state == protocol::RunState::Failed && !m_groups->mayRun(g.name))
            failed << g.name;
        else
            m_recoveryWaits.remove(g.name);
    }
    if (failed.isEmpty())
        return;
    const ClusterSnapshot s = snapshot();
    if (s.configFrozen) // a config change under way starts no group here
        return;
    const QSet<QString> busy = s.busyGroups();
    for (const QString& name : std::as_const(failed)) {
        if (busy.contains(name) || guardIsStopping(name))
            continue;
        const qint64 now = steadyMs();
        if (m_guardStops.contains(name)) {
            const bool recent = now - m_guardStops.value(name).atMs < kGuardStopExplainsMs;
            if (recent && !peerAnsweredSinceGuardStop(name, s, now))
                continue;
            m_guardStops.remove(name);
            if (recent) {
                m_recoveryWaits.remove(name);
                m_events->record(
                    protocol::EventType::GroupRecovery,
                    {{QStringLiteral("group"), name},
                     {QStringLiteral("step"), protocol::recoveryStepName(GroupRecovery::Step::Restart)},
                     {QStringLiteral("cause"), protocol::recoveryCauseName(protocol::RecoveryCause::Guard)}});
                AgentLog::get("agent.coordinator")
                    ->warn("{}: stopped by the dead-man guard, and still this node's; starting it again here",
                           name.toStdString());
                restartHere(name, false);
                continue;
            }
        }
        const SwitchoverCheck move = SwitchoverCheck::evaluate(m_config, s, name, m_context.peer, true);
        const bool peerCanTake = m_config.failover.automatic && !rules::isDuplex(m_config) && move.ready();
        const GroupRecovery::Plan plan = m_recovery.next(name, now, peerCanTake);
        QJsonObject data{{QStringLiteral("group"), name},
                         {QStringLiteral("failures"), plan.failures},
                         {QStringLiteral("local_restarts"), m_config.failover.localRestarts},
                         {QStringLiteral("window_s"), m_config.failover.restartWindowS}};
        if (plan.step == GroupRecovery::Step::Wait) {
            if (m_recoveryWaits.value(name) != plan.atMs) { // said once per pause
                m_recoveryWaits.insert(name, plan.atMs);
                data.insert(QStringLiteral("step"), protocol::recoveryStepName(plan.step));
                data.insert(QStringLiteral("retry_in_s"), qint64((plan.atMs - now + 999) / 1000));
                // Why it stays: the console says so.
                using protocol::RecoveryHold;
                const RecoveryHold why = !m_config.failover.automatic ? RecoveryHold::ManualFailover
                                         : rules::isDuplex(m_config)  ? RecoveryHold::Duplex
                                         : plan.arrivedByMove         ? RecoveryHold::MovedHere
                                         : plan.movedBefore           ? RecoveryHold::MovedBefore
                                                                      : RecoveryHold::None;
                if (why != RecoveryHold::None) {
                    data.insert(QStringLiteral("why"), protocol::recoveryHoldName(why));
                } else if (!move.ready()) {
                    const protocol::RpcError refusal = move.refusal();
                    data.insert(QStringLiteral("code"), refusal.code);
                    data.insert(QStringLiteral("params"), refusal.params);
                }
                m_events->record(protocol::EventType::GroupRecovery, data);
            }
            continue;
        }
        m_recoveryWaits.remove(name);
        m_recovery.attempted(name, now, plan.step);
        if (plan.step == GroupRecovery::Step::Move) {
            data.insert(QStringLiteral("step"), protocol::recoveryStepName(plan.step));
            data.insert(QStringLiteral("to"), m_context.peer);
            m_events->record(protocol::EventType::GroupRecovery, data);
            AgentLog::get("agent.coordinator")
                ->warn("{}: failed {} time(s) within {} s; moving it to {}", name.toStdString(), plan.failures,
                       m_config.failover.restartWindowS, m_context.peer.toStdString());
            m_runner->submit(move, false, QStringLiteral("agent"));
            return; // one operation at a time: the others wait for the next evaluation's snapshot
        }
        data.insert(QStringLiteral("step"), protocol::recoveryStepName(plan.step));
        m_events->record(protocol::EventType::GroupRecovery, data);
        AgentLog::get("agent.coordinator")
            ->warn("{}: failed {} time(s) within {} s; restarting it here", name.toStdString(), plan.failures,
                   m_config.failover.restartWindowS);
        restartHere(name, true);
    }
}

void Coordinator::restartHere(const QString& name, bool counted)
{
    m_recovering.insert(name);
    using Outcome = LocalGroups::RestartOutcome;
    m_groups->restart(
        name, [this, group = name] { return mayStillRun(group); },
        [this, group = name, counted](Outcome outcome, const protocol::RpcError& reason, qint64 ms) {
            m_recovering.remove(group);
            if (outcome == Outcome::Started) {
                if (counted)
                    m_recovery.succeeded(group, steadyMs());
                m_events->record(protocol::EventType::GroupRecovered,
                                 {{QStringLiteral("group"), group}, {QStringLiteral("ms"), ms}});
            } else if (outcome != Outcome::NotStarted) {
                noteGroupFailure(group);
                recordGroupError(outcome == Outcome::StopFailed ? protocol::EventType::GroupStopFailed
                                                                : protocol::EventType::GroupStartFailed,
                                 group, reason);
            }
            schedule();
        });
}

bool Coordinator::mayStillRun(const QString& group) const
{
    // The rules as they stand now, not as they stood when the restart began: a lost lease, an
    // isolated node, a split-brain to yield, a peer that took over, maintenance mode.
    if (!m_state->holds(group) || !m_configFreeze.isEmpty())
        return false;
    const ClusterDecider::Decision d = ClusterDecider::decide(m_config, snapshot());
    return d.desired.value(group, ClusterDecider::Desired::Leave) == ClusterDecider::Desired::Run;
}

void Coordinator::onOperationFinished(const OperationRecord& r)
{
    if (!r.recovery)
        return;
    // Moved here because it failed over there: not moved back within the window (GroupRecovery).
    if (r.to == m_context.self && r.result == protocol::OperationResult::Done)
        m_recovery.arrived(r.group, steadyMs());
    // Moved away, or back here by the rollback: what was tried is over.
    if (r.from == m_context.self &&
        (r.result == protocol::OperationResult::Done || r.result == protocol::OperationResult::RolledBack))
        m_recovery.succeeded(r.group, steadyMs());
}

} // namespace twinha::agent
