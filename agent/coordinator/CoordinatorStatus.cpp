// The Coordinator's read side: what status shows and which operation record the console follows.
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/OperationRunner.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agent/coordinator/TiebreakerGate.h"
#include "agent/fencing/Fencer.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/witness/LeaseBackend.h"

#include <QJsonArray>

namespace twinha::agent {

namespace {
QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The node whose record of an operation is authoritative: the one carrying it out.
QString executorOf(const OperationRecord& op)
{
    return op.kind == protocol::OperationKind::Undrain || op.kind == protocol::OperationKind::Failover ? op.to
                                                                                                       : op.from;
}
} // namespace

OperationRecord Coordinator::operationView() const
{
    const OperationRecord own = m_runner->record();
    const OperationRecord peer = m_peer ? m_peer->op : OperationRecord();
    if (own.isNull() || peer.isNull())
        return own.isNull() ? peer : own;
    if (own.id == peer.id)
        return executorOf(own) == m_context.self || !m_heartbeat->peerAlive() ? own : peer;
    return own.startedAt >= peer.startedAt ? own : peer;
}

QJsonObject Coordinator::statusJson() const
{
    const ClusterSnapshot s = snapshot();
    QJsonArray groups;
    QJsonArray readiness;
    for (const GroupConfig& g : m_config.groups) {
        QJsonArray active;
        if (s.holds(g.name))
            active.append(s.self);
        // The peer counts only while it is heard: a dead peer's last claim is history, shown as such.
        if (s.livePeer() && s.peer->holds(g.name))
            active.append(s.peerName);
        // What a silent peer last said it ran, at which epoch ("peer.silence_ms" says how long ago).
        const QJsonValue lastClaim =
            s.peer && !s.livePeer() && s.peer->holds(g.name)
                ? QJsonValue(QJsonObject{{QStringLiteral("held"), true},
                                         {QStringLiteral("epoch"), s.peer->groupEpoch(g.name)}})
                : QJsonValue();
        const QJsonObject local = m_groups->toJson(g.name);
        QJsonObject o{
            {QStringLiteral("name"), g.name},
            {QStringLiteral("preferred"), orNull(g.preferred)},
            {QStringLiteral("held"), s.holds(g.name)},
            {QStringLiteral("epoch"), m_state->groupEpoch(g.name)},
            {QStringLiteral("active_node"), active.isEmpty() ? QJsonValue() : active.first()},
            {QStringLiteral("active_nodes"), active},
            {QStringLiteral("state"), protocol::runStateName(m_groups->state(g.name))},
            // By the monitors, whatever the role: a failed stop leaves it true.
            {QStringLiteral("may_run"), m_groups->mayRun(g.name)},
            {QStringLiteral("peer_may_run"), s.livePeer() ? QJsonValue(s.peer->mayRun(g.name)) : QJsonValue()},
            {QStringLiteral("peer_last_claim"), lastClaim},
            {QStringLiteral("peer_state"), s.peer && s.peer->groups.contains(g.name)
                                               ? QJsonValue(protocol::runStateName(s.peer->groupState(g.name)))
                                               : QJsonValue()},
            {QStringLiteral("resources"), local.value(QStringLiteral("resources"))},
            {QStringLiteral("last_operation_ms"), local.value(QStringLiteral("last_operation_ms"))}};
        if (local.contains(QStringLiteral("reason")))
            o.insert(QStringLiteral("reason"), local.value(QStringLiteral("reason")));
        groups.append(o);
        readiness.append(SwitchoverCheck::evaluate(m_config, s, g.name, QString()).readinessJson());
    }
    const QJsonObject peer{{QStringLiteral("name"), s.peerName},
                           {QStringLiteral("alive"), s.peerAlive},
                           {QStringLiteral("seen"), s.peerSeen},
                           {QStringLiteral("silence_ms"), m_heartbeat->peerSilenceMs()},
                           {QStringLiteral("epoch"), s.peer ? QJsonValue(s.peer->epoch) : QJsonValue()},
                           {QStringLiteral("checksum"), s.peer ? orNull(s.peer->checksum) : QJsonValue()},
                           {QStringLiteral("boot"), orNull(m_heartbeat->peerBoot())}};
    const OperationRecord op = operationView();
    return {{QStringLiteral("groups"), groups},
            {QStringLiteral("links"), m_heartbeat->linksJson()},
            {QStringLiteral("peer"), peer},
            {QStringLiteral("replication"), m_replication->toJson()},
            {QStringLiteral("readiness"), readiness},
            {QStringLiteral("split_brain"), !m_splitBrain.isEmpty()},
            {QStringLiteral("split_brain_groups"), QJsonArray::fromStringList(m_splitBrain)},
            {QStringLiteral("operation"), op.isNull() ? QJsonValue() : QJsonValue(op.toJson())},
            {QStringLiteral("config_checksum_match"), !s.peer || s.peer->checksum == m_config.checksum},
            {QStringLiteral("tiebreaker"), m_tiebreaker->toJson()},
            {QStringLiteral("protection"), protocol::protectionLevelName(protectionLevel())},
            {QStringLiteral("maintenance"), maintenanceJson()},
            {QStringLiteral("config_apply"), m_configFreeze.isEmpty() ? QJsonValue() : QJsonValue(m_configFreeze)},
            {QStringLiteral("fencing"), m_fencer ? QJsonValue(m_fencer->toJson()) : QJsonValue()},
            {QStringLiteral("witness"), m_lease ? QJsonValue(m_lease->toJson(m_groups->names())) : QJsonValue()},
            {QStringLiteral("journal"), m_events->summary()}};
}

// What stands between a failure and two active nodes (see protocol::ProtectionLevel).
protocol::ProtectionLevel Coordinator::protectionLevel() const
{
    using protocol::ProtectionLevel;
    if (!m_config.failover.automatic)
        return ProtectionLevel::Manual;
    if (m_lease)
        return m_fencer ? ProtectionLevel::WitnessFencing : ProtectionLevel::Witness;
    return m_fencer ? ProtectionLevel::Fencing : ProtectionLevel::PingOnly;
}

} // namespace twinha::agent
