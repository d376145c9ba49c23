#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/NodeStatus.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace twinha::agent {

class NodeState;

// Builds this node's protocol::NodeStatus and announces it: at once when something changes (a burst
// of changes is coalesced to one announcement per kMinGapMs), and every keepalive interval anyway
// so that the console can tell fresh data from stale data.
class StatusProvider : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultKeepaliveMs = 2000;
    static constexpr int kMinGapMs = 50;

    StatusProvider(const AgentConfig& config, const QString& nodeName, NodeState* state, QObject* parent = nullptr);

    protocol::NodeStatus current() const;
    QString nodeName() const { return m_nodeName; }
    QString clusterName() const { return m_config.cluster.name; }

    void setKeepaliveInterval(int ms);
    // Reported instead of the node state's role, e.g. "unconfigured" on a node without a config.
    void setRole(protocol::Role role) { m_roleOverride = role; }
    // Members merged into the status over the built-in ones (the coordinator's view of the cluster).
    void setSource(std::function<QJsonObject()> source) { m_source = std::move(source); }
    int keepaliveInterval() const { return m_keepalive.interval(); }

public Q_SLOTS:
    // Something in the status changed: announce it now and restart the keepalive period.
    void notifyChanged();

Q_SIGNALS:
    void statusChanged(const twinha::protocol::NodeStatus& status);

private:
    QJsonObject extra() const;
    void announce();

    AgentConfig m_config;
    QString m_nodeName;
    NodeState* m_state;
    QString m_hostName;
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
    QTimer m_keepalive;
    QTimer m_coalesce;
    QElapsedTimer m_lastAnnounce;
    std::function<QJsonObject()> m_source;
    protocol::Role m_roleOverride = protocol::Role::None;
};

} // namespace twinha::agent
