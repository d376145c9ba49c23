// The Coordinator's reactions to what it hears: the peer, its own state, split-brain coming and going.
#include "agent/AgentLog.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/OperationRunner.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agent/coordinator/TiebreakerGate.h"
#include "agent/fencing/Fencer.h"

#include <QJsonArray>

namespace twinha::agent {

void Coordinator::recordGroupError(protocol::EventType type, const QString& group, const protocol::RpcError& e)
{
    m_events->record(
        type,
        {{QStringLiteral("group"), group}, {QStringLiteral("code"), e.code}, {QStringLiteral("params"), e.params}});
}

void Coordinator::track(const ClusterDecider::Decision& d)
{
    if (d.splitBrain == m_splitBrain)
        return;
    const bool began = m_splitBrain.isEmpty();
    m_splitBrain = d.splitBrain;
    m_events->record(m_splitBrain.isEmpty() ? protocol::EventType::SplitBrainResolved : protocol::EventType::SplitBrain,
                     {{QStringLiteral("groups"), QJsonArray::fromStringList(m_splitBrain)},
                      {QStringLiteral("epoch"), m_state->epoch()},
                      {QStringLiteral("peer_epoch"), m_peer ? m_peer->epoch : 0}});
    if (began)
        AgentLog::get("agent.coordinator")
            ->warn("split-brain on {}", m_splitBrain.join(QLatin1String(", ")).toStdString());
    Q_EMIT statusChanged();
}

void Coordinator::onPeerAlive(bool alive)
{
    if (alive) {
        m_peerSeen = true;
        if (m_fencer)
            m_fencer->reset(); // back (rebooted, or never really off): a later loss needs a new fence
    } else
        m_tiebreaker->invalidate(); // only an answer from after the loss says anything about it
    m_events->record(alive ? protocol::EventType::PeerAlive : protocol::EventType::PeerDead,
                     {{QStringLiteral("peer"), m_context.peer}});
    schedule();
}

void Coordinator::onPeerPayload(const QJsonObject& payload)
{
    const bool mismatchBefore = m_peer && m_peer->checksum != m_config.checksum;
    m_peer = NodeClaims::fromJson(payload);
    if (m_peer && m_peer->maintenance && m_peer->maintenance->seq > m_maintenance.seq)
        adoptMaintenance(*m_peer->maintenance);
    const bool mismatch = m_peer && m_peer->checksum != m_config.checksum;
    if (mismatch && !mismatchBefore)
        m_events->record(protocol::EventType::ConfigMismatch,
                         {{QStringLiteral("local"), m_config.checksum}, {QStringLiteral("peer"), m_peer->checksum}});
    schedule();
}

void Coordinator::onStateChanged()
{
    const NodeState::Groups now = m_state->groups();
    const OperationRecord op = m_runner->record();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_lastGroups.value(it.key()) == it.value())
            continue;
        m_events->record(protocol::EventType::RoleChange,
                         {{QStringLiteral("group"), it.key()},
                          {QStringLiteral("role"), protocol::roleName(it.value())},
                          {QStringLiteral("epoch"), m_state->epoch()},
                          {QStringLiteral("operation"), op.isRunning() ? op.id : QString()}},
                         op.isRunning() && !op.actor.isEmpty() ? op.actor : QStringLiteral("agent"));
    }
    m_lastGroups = now;
    m_replication->applyRoles(*m_state); // the holder of a group is the source of its channels
    schedule();
}

void Coordinator::adoptMaintenance(const Maintenance& m)
{
    QString error;
    if (!m.save(m_stateDir, &error))
        AgentLog::get("agent.coordinator")->error("cannot save maintenance mode: {}", error.toStdString());
    m_maintenance = m;
    m_events->record(protocol::EventType::Maintenance, m.toJson(),
                     m.actor.isEmpty() ? QStringLiteral("agent") : m.actor);
    schedule();
}

} // namespace twinha::agent
