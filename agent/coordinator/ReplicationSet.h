#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/NodeClaims.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace twinha::agent {

class NodeState;
class ReplicationChannel;

// This node's replication channels. Their direction follows the persisted roles: the node that
// holds a group is the source of its channels, the other node receives. So a switchover reverses
// them exactly when the roles change, and a rollback reverses them back.
class ReplicationSet : public QObject
{
    Q_OBJECT

public:
    using Drained = std::function<void(bool ok, const protocol::RpcError& reason, qint64 ms)>;

    static constexpr int kDrainTimeoutMs = 30000;

    ReplicationSet(const AgentConfig& config, const QString& self, const QByteArray& clusterKey,
                   const QString& stateDir, QObject* parent = nullptr);
    ~ReplicationSet() override;

    void applyRoles(const NodeState& state);
    // ReplicationChannel::holdReceiver for each channel of the group.
    void holdReceivers(const QString& group, bool held);
    // Ships everything of the group's channels; ok only when every one of them drained.
    void drainGroup(const QString& group, int timeoutMs, Drained done);
    // After drainGroup(): {channel: facts} of the channels whose target must confirm something.
    QJsonObject handoverFacts(const QString& group) const;
    // On the target: waits until each of the group's channels holds what `facts` (handoverFacts()
    // of the source) names; ok only when every one does.
    void catchUpGroup(const QString& group, const QJsonObject& facts, int timeoutMs, Drained done);

    // Lag of the channels this node is the source of, as published to the peer.
    QMap<QString, NodeClaims::Lag> lagReports() const;
    QJsonArray toJson() const;

Q_SIGNALS:
    void changed();
    // A channel of `group` found its copy serving on this node, the target (see
    // ReplicationChannel::localCopyServes).
    void localCopyServes(const QString& group);
    // A channel's journal entry (e.g. divergence_kept), for the coordinator's EventLog.
    void journalEvent(protocol::EventType type, const QJsonObject& data);

private:
    using Starter = std::function<void(ReplicationChannel*)>;
    // Starts `start` on each of the group's channels and calls `done` once each has answered
    // through `signal` (drained or caughtUp).
    void whenAll(const QString& group, void (ReplicationChannel::*signal)(bool, const protocol::RpcError&),
                 const Starter& start, Drained done);
    // Journals a channel going above its lag limit (replication_lagging) and back
    // (replication_caught_up): the transitions, not every sample.
    void watchLag(const ReplicationChannel* c);

    AgentConfig m_config;
    QString m_self;
    std::vector<std::unique_ptr<ReplicationChannel>> m_channels;
    QSet<const ReplicationChannel*> m_lagging;
};

} // namespace twinha::agent
