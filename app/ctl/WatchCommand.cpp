#include "app/ctl/WatchCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusDigest.h"

#include <QDateTime>

namespace twinha::app {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

void WatchCommand::run()
{
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    connect(m, &agentlink::ClusterMonitor::nodeChanged, this, &WatchCommand::nodeChanged);
    for (int i = 0; i < m->nodeCount(); ++i) {
        const QString node = m->node(i).endpoint.name;
        connect(m->client(i), &agentlink::AgentClient::notificationReceived, this,
                [this, node](const QString& method, const QJsonObject& params) {
                    printJson({{QStringLiteral("time"), now()},
                               {QStringLiteral("node"), node},
                               {QStringLiteral("event"), method},
                               {QStringLiteral("params"), params}});
                });
        nodeChanged(i);
    }
}

void WatchCommand::nodeChanged(int index)
{
    const agentlink::NodeView& node = m_ctx.monitor->node(index);
    QJsonObject digest{{QStringLiteral("link"), QString::fromLatin1(agentlink::linkStateName(node.link))}};
    if (node.status)
        digest.insert(QStringLiteral("status"), agentlink::statusDigest(node.status->toJson()));
    if (!node.lastError.isNull() && node.link != agentlink::LinkState::Ready)
        digest.insert(QStringLiteral("error"), node.lastError.code);
    if (m_last.value(index) == digest)
        return;
    m_last.insert(index, digest);
    QJsonObject line{{QStringLiteral("time"), now()}, {QStringLiteral("node"), node.endpoint.name}};
    for (auto it = digest.begin(); it != digest.end(); ++it)
        line.insert(it.key(), it.value());
    printJson(line);
}

} // namespace twinha::app
