#include "ui/switchover/SwitchoverClient.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/protocol/Methods.h"

#include <QPointer>

namespace twinha::ui {

using agentlink::AgentClient;
using agentlink::LinkState;

SwitchoverClient::SwitchoverClient(agentlink::ClusterMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{}

AgentClient* SwitchoverClient::clientFor(const QString& node) const
{
    AgentClient* fallback = nullptr;
    for (int i = 0; i < m_monitor->nodeCount(); ++i) {
        if (m_monitor->node(i).link != LinkState::Ready)
            continue;
        if (m_monitor->node(i).endpoint.name == node)
            return m_monitor->client(i);
        if (!fallback)
            fallback = m_monitor->client(i);
    }
    return fallback;
}

QString SwitchoverClient::predictedSource(const QString& group, const QString& to) const
{
    const agentlink::ClusterView& v = m_monitor->view();
    for (const agentlink::ReadinessView& r : v.readiness)
        if ((group.isEmpty() || r.group == group) && (to.isEmpty() || r.to == to))
            return r.from.isEmpty() ? r.to : r.from;
    for (const agentlink::GroupView& g : v.groups)
        if (group.isEmpty() || g.name == group)
            for (const QString& holder : g.holders)
                if (holder != to)
                    return holder;
    return {};
}

bool SwitchoverClient::send(AgentClient* agent, const char* method, const QJsonObject& params, ReplyHandler handler)
{
    if (!agent)
        return false;
    QPointer<SwitchoverClient> self(this);
    if (m_transport) {
        m_transport(agent->endpoint().name, QString::fromLatin1(method), params,
                    [self, handler = std::move(handler)](const protocol::RpcMessage& reply) {
                        if (self)
                            handler(reply);
                    });
        return true;
    }
    agent->call(
        QString::fromLatin1(method), params,
        [self, handler = std::move(handler)](const protocol::RpcMessage& reply) {
            if (self)
                handler(reply);
        },
        kCallTimeoutMs);
    return true;
}

bool SwitchoverClient::check(const QString& group, const QString& to, ReplyHandler handler)
{
    QJsonObject params;
    if (!group.isEmpty())
        params.insert(QStringLiteral("group"), group);
    if (!to.isEmpty())
        params.insert(QStringLiteral("to"), to);
    return send(clientFor(predictedSource(group, to)), protocol::methods::kSwitchoverCheck, params, std::move(handler));
}

bool SwitchoverClient::start(const QString& group, const QString& to, bool force, const QString& sourceNode,
                             ReplyHandler handler, bool skipFencing)
{
    QJsonObject params;
    if (!group.isEmpty())
        params.insert(QStringLiteral("group"), group);
    if (!to.isEmpty())
        params.insert(QStringLiteral("to"), to);
    if (force)
        params.insert(QStringLiteral("force"), true);
    if (skipFencing)
        params.insert(QStringLiteral("skip_fencing"), true);
    return send(clientFor(sourceNode), protocol::methods::kSwitchoverStart, params, std::move(handler));
}

bool SwitchoverClient::setMaintenance(bool on, const QString& group, ReplyHandler handler)
{
    QJsonObject params{{QStringLiteral("on"), on}};
    if (!group.isEmpty())
        params.insert(QStringLiteral("group"), group);
    return send(clientFor(QString()), protocol::methods::kMaintenanceSet, params, std::move(handler));
}

bool SwitchoverClient::cancel(const QString& id, const QString& node, ReplyHandler handler)
{
    return send(clientFor(node), protocol::methods::kSwitchoverCancel, {{QStringLiteral("id"), id}},
                std::move(handler));
}

} // namespace twinha::ui
