#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QObject>
#include <QString>

#include <functional>

namespace twinha::agentlink {
class AgentClient;
class ClusterMonitor;
} // namespace twinha::agentlink

namespace twinha::ui {

// Sends switchover.check, .start and .cancel to the right agent: the source node's when the
// console reaches it, else the other node's (the agents forward to whoever drives the operation);
// and maintenance.set to any node it reaches (the other adopts it from the heartbeat).
// A reply handler is dropped, never called, once this object is gone, so a closed dialog is safe.
class SwitchoverClient : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const protocol::RpcMessage& reply)>;
    // Where requests go instead of the agents (tests feed replies this way): the node the request
    // would have gone to, the method, its parameters and the handler for the one reply.
    using Transport = std::function<void(const QString& node, const QString& method, const QJsonObject& params,
                                         ReplyHandler handler)>;

    explicit SwitchoverClient(agentlink::ClusterMonitor* monitor, QObject* parent = nullptr);

    // Each returns false, without calling the handler, when the console reaches no node.
    bool check(const QString& group, const QString& to, ReplyHandler handler);
    // `skipFencing`: the operator confirmed taking over without powering the silent peer off.
    bool start(const QString& group, const QString& to, bool force, const QString& sourceNode, ReplyHandler handler,
               bool skipFencing = false);
    bool cancel(const QString& id, const QString& node, ReplyHandler handler);
    // Maintenance mode on or off, for `group` or (empty) the whole cluster; operators only.
    bool setMaintenance(bool on, const QString& group, ReplyHandler handler);
    void setTransport(Transport transport) { m_transport = std::move(transport); }

    // `node`'s agent when the link to it is up, else any agent the console reaches, else null.
    agentlink::AgentClient* clientFor(const QString& node) const;
    // The node a switchover of `group` towards `to` would start from, as the live status predicts it.
    QString predictedSource(const QString& group, const QString& to) const;
    bool anyReachable() const { return clientFor(QString()) != nullptr; }

    static constexpr int kCallTimeoutMs = 15000;

private:
    bool send(agentlink::AgentClient* agent, const char* method, const QJsonObject& params, ReplyHandler handler);

    agentlink::ClusterMonitor* m_monitor;
    Transport m_transport;
};

} // namespace twinha::ui
