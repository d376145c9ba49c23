#pragma once

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "ui/switchover/SwitchoverClient.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace twinha::tests {

// A ClusterMonitor that never connects: a test feeds it the statuses the agents would push (as the
// agents' clients' own signals), so widgets can be driven without a lab.
struct FedMonitor
{
    FedMonitor()
    {
        agentlink::ClusterProfile profile;
        profile.name = QStringLiteral("fed");
        for (const char* name : {"node1", "node2"}) {
            agentlink::NodeEndpoint n;
            n.name = QLatin1String(name);
            n.host = QStringLiteral("192.0.2.1"); // never dialled
            profile.nodes << n;
        }
        monitor = std::make_unique<agentlink::ClusterMonitor>(profile);
    }

    // Node `index` is connected and says `status` (its "node" is filled in).
    void feed(int index, QJsonObject status)
    {
        status.insert(QStringLiteral("node"), monitor->node(index).endpoint.name);
        if (!status.contains(QStringLiteral("role")))
            status.insert(QStringLiteral("role"), QStringLiteral("standby"));
        agentlink::AgentClient* client = monitor->client(index);
        if (monitor->node(index).link != agentlink::LinkState::Ready)
            Q_EMIT client->stateChanged(agentlink::LinkState::Ready);
        Q_EMIT client->statusReceived(protocol::NodeStatus::fromJson(status));
    }

    void disconnect(int index) { Q_EMIT monitor->client(index)->stateChanged(agentlink::LinkState::Disconnected); }

    std::unique_ptr<agentlink::ClusterMonitor> monitor;
};

// One request a widget sent through a SwitchoverClient, held until the test answers it.
struct SentRequest
{
    QString node;
    QString method;
    QJsonObject params;
    ui::SwitchoverClient::ReplyHandler reply;
};

// Routes `client`'s requests into `sent` instead of to the agents.
inline void capture(ui::SwitchoverClient* client, QList<SentRequest>* sent)
{
    client->setTransport([sent](const QString& node, const QString& method, const QJsonObject& params,
                                ui::SwitchoverClient::ReplyHandler reply) {
        sent->append({node, method, params, std::move(reply)});
    });
}

inline protocol::RpcMessage errorReply(const QString& code, const QJsonObject& params = {})
{
    protocol::RpcMessage m;
    m.kind = protocol::RpcMessage::Kind::Error;
    m.error = protocol::RpcError::make(code, params);
    return m;
}

inline protocol::RpcMessage resultReply(const QJsonObject& result)
{
    protocol::RpcMessage m;
    m.kind = protocol::RpcMessage::Kind::Result;
    m.result = result;
    return m;
}

} // namespace twinha::tests
