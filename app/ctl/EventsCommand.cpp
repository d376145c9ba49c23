#include "app/ctl/EventsCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CtlExitCodes.h"

#include <QJsonDocument>

#include <algorithm>

namespace twinha::app {

void EventsCommand::run()
{
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    for (int i = 0; i < m->nodeCount(); ++i) {
        if (m->node(i).link != agentlink::LinkState::Ready)
            continue;
        ++m_waiting;
        const QString node = m->node(i).endpoint.name;
        const QJsonObject params{{QStringLiteral("after"), m_ctx.after}, {QStringLiteral("limit"), m_ctx.limit}};
        m->client(i)->call(QString::fromLatin1(protocol::methods::kEventsList), params,
                           [this, node](const protocol::RpcMessage& reply) {
                               if (reply.kind == protocol::RpcMessage::Kind::Error) {
                                   printError(node + QStringLiteral(": ") +
                                              agentlink::ErrorText::describe(reply.error));
                               } else {
                                   ++m_answered;
                                   for (const QJsonValue& e : reply.result[QStringLiteral("events")].toArray()) {
                                       QJsonObject event = e.toObject();
                                       event.insert(QStringLiteral("journal"), node);
                                       m_events.append(event);
                                   }
                               }
                               if (--m_waiting == 0)
                                   finish();
                           });
    }
    if (m_waiting == 0) {
        printError(tr("no node can be reached."));
        Q_EMIT finished(exitcodes::kUnreachable);
    }
}

void EventsCommand::finish()
{
    QList<QJsonObject> sorted;
    for (const QJsonValue& e : std::as_const(m_events))
        sorted << e.toObject();
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("time")).toString() < b.value(QStringLiteral("time")).toString();
    });
    for (const QJsonObject& e : sorted) {
        if (m_ctx.json) {
            printJson(e);
            continue;
        }
        print(QStringLiteral("%1  %2  #%3  %4  %5  %6")
                  .arg(e.value(QStringLiteral("time")).toString(), e.value(QStringLiteral("journal")).toString())
                  .arg(e.value(QStringLiteral("seq")).toInteger())
                  .arg(e.value(QStringLiteral("type")).toString(), e.value(QStringLiteral("actor")).toString(),
                       QString::fromUtf8(
                           QJsonDocument(e.value(QStringLiteral("data")).toObject()).toJson(QJsonDocument::Compact))));
    }
    Q_EMIT finished(m_answered == m_ctx.monitor->nodeCount() ? exitcodes::kOk : exitcodes::kUnreachable);
}

} // namespace twinha::app
