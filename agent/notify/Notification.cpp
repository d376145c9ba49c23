#include "agent/notify/Notification.h"

#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/OperationTerms.h"

#include <QJsonArray>

namespace twinha::agent {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString num(const QJsonObject& o, const char* key)
{
    return QString::number(o.value(QLatin1String(key)).toDouble(), 'g', 6);
}

} // namespace

const QStringList& Notification::kinds()
{
    static const QStringList k{QStringLiteral("role"),        QStringLiteral("failover"), QStringLiteral("switchover"),
                               QStringLiteral("split_brain"), QStringLiteral("link"),     QStringLiteral("lag"),
                               QStringLiteral("fencing")};
    return k;
}

std::optional<Notification> Notification::fromEntry(const QJsonObject& entry, const QString& cluster)
{
    using protocol::EventType;
    const EventType type = protocol::eventTypeFrom(str(entry, "type"));
    const QString node = str(entry, "node");
    const QJsonObject d = entry.value(QStringLiteral("data")).toObject();
    Notification n;
    n.cluster = cluster;
    n.node = node;
    n.entry = entry;
    switch (type) {
    case EventType::RoleChange:
        n.kind = QStringLiteral("role");
        n.subject = str(d, "group");
        n.summary = QStringLiteral("%1 is now %2 for group %3 (epoch %4)")
                        .arg(node, str(d, "role"), n.subject, num(d, "epoch"));
        return n;
    case EventType::Failover:
        n.kind = QStringLiteral("failover");
        n.subject = str(d, "group");
        n.summary = QStringLiteral("%1 took over group %2 after its peer failed (epoch %3)")
                        .arg(node, n.subject, num(d, "epoch"));
        return n;
    case EventType::Operation:
        if (protocol::operationKindFrom(str(d, "kind")) != protocol::OperationKind::Switchover ||
            str(d, "from") != node)
            return std::nullopt;
        n.kind = QStringLiteral("switchover");
        n.subject = str(d, "group");
        n.summary = QStringLiteral("Switchover of group %1 from %2 to %3: %4")
                        .arg(n.subject, str(d, "from"), str(d, "to"), str(d, "result"));
        if (d.value(QStringLiteral("gap_ms")).toDouble(-1) >= 0)
            n.summary += QStringLiteral(" (service stopped for %1 ms)").arg(num(d, "gap_ms"));
        return n;
    case EventType::SplitBrain:
    case EventType::SplitBrainResolved: {
        n.kind = QStringLiteral("split_brain");
        QStringList groups;
        for (const QJsonValue& g : d.value(QStringLiteral("groups")).toArray())
            groups << g.toString();
        n.subject = groups.join(QLatin1Char(','));
        n.summary =
            type == EventType::SplitBrain
                ? QStringLiteral("Split-brain seen by %1: group %2 runs on both nodes").arg(node, n.subject)
                : QStringLiteral("Split-brain resolved: each group runs on one node again (seen by %1)").arg(node);
        return n;
    }
    case EventType::LinkDown:
    case EventType::LinkUp:
        n.kind = QStringLiteral("link");
        n.subject = str(d, "link");
        n.summary =
            QStringLiteral("Heartbeat link %1 of %2 is %3")
                .arg(n.subject, node, type == EventType::LinkUp ? QStringLiteral("up") : QStringLiteral("down"));
        return n;
    case EventType::ReplicationLagging:
    case EventType::ReplicationCaughtUp:
        n.kind = QStringLiteral("lag");
        n.subject = str(d, "channel");
        n.summary = type == EventType::ReplicationLagging
                        ? QStringLiteral("Replication %1 is behind by more than its limit (%2 s, limit %3 s)")
                              .arg(n.subject, num(d, "lag_s"), num(d, "limit_s"))
                        : QStringLiteral("Replication %1 is within its limit again").arg(n.subject);
        return n;
    case EventType::FenceStarted:
    case EventType::FenceDone:
    case EventType::FenceFailed: {
        n.kind = QStringLiteral("fencing");
        n.subject = str(d, "node");
        const QString what = type == EventType::FenceStarted ? QStringLiteral("started")
                             : type == EventType::FenceDone  ? QStringLiteral("done: the node is off")
                                                             : QStringLiteral("FAILED");
        n.summary = QStringLiteral("Fencing of %1 by %2: %3").arg(n.subject, node, what);
        return n;
    }
    default: // everything else is journaled, not sent
        return std::nullopt;
    }
}

} // namespace twinha::agent
