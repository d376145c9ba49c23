#include "app/ctl/EventsCommand.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/EventText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "app/ctl/CtlExitCodes.h"

#include <algorithm>

namespace twinha::app {

QStringList EventsCommand::nodeNames() const
{
    QStringList names;
    for (const agentlink::NodeEndpoint& n : m_ctx.monitor->profile().nodes)
        names << n.name;
    return names;
}

void EventsCommand::run()
{
    m_cursor = EventCursor::parse(m_ctx.after).value_or(EventCursor());
    if (const QStringList unknown = m_cursor.unknownNodes(nodeNames()); !unknown.isEmpty()) {
        printError(agentlink::ErrorText::describe(protocol::RpcError::make(
            QString::fromLatin1(protocol::codes::kUnknownNode), {{QStringLiteral("node"), unknown.first()}})));
        return Q_EMIT finished(exitcodes::kUsage);
    }
    agentlink::ClusterMonitor* m = m_ctx.monitor;
    for (int i = 0; i < m->nodeCount(); ++i) {
        if (m->node(i).link != agentlink::LinkState::Ready)
            continue;
        ++m_waiting;
        const QString node = m->node(i).endpoint.name;
        const QJsonObject params{{QStringLiteral("after"), m_cursor.after(node)},
                                 {QStringLiteral("limit"), m_ctx.limit}};
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
    const QStringList nodes = nodeNames();
    for (QJsonObject& e : sorted) {
        const QString journal = e.value(QStringLiteral("journal")).toString();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        m_cursor.advance(journal, seq);
        if (m_ctx.json) {
            e.insert(QStringLiteral("cursor"), m_cursor.toString(nodes)); // --after this: what came later
            printJson(e);
            continue;
        }
        const QString type = e.value(QStringLiteral("type")).toString();
        const QString actor = agentlink::EventText::actor(e);
        QString sentence = agentlink::EventText::summary(type, e.value(QStringLiteral("data")).toObject());
        if (!actor.isEmpty())
            sentence = tr("%1 (by %2)").arg(sentence, actor);
        print(QStringLiteral("%1  %2  #%3  %4")
                  .arg(e.value(QStringLiteral("time")).toString(), journal)
                  .arg(seq)
                  .arg(sentence));
    }
    if (!m_ctx.json)
        print(tr("Next: twinhactl events --after %1").arg(m_cursor.toString(nodes)));
    Q_EMIT finished(m_answered == m_ctx.monitor->nodeCount() ? exitcodes::kOk : exitcodes::kUnreachable);
}

} // namespace twinha::app
