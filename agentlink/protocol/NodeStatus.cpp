#include "agentlink/protocol/NodeStatus.h"

namespace twinha::protocol {

namespace {
const QString kNode = QStringLiteral("node");
const QString kCluster = QStringLiteral("cluster");
const QString kRole = QStringLiteral("role");
const QString kEpoch = QStringLiteral("epoch");
const QString kAgentVersion = QStringLiteral("agent_version");
const QString kHostname = QStringLiteral("hostname");
const QString kPid = QStringLiteral("pid");
const QString kStartedAt = QStringLiteral("started_at");
const QString kUptime = QStringLiteral("uptime_s");
const QString kSystemUptime = QStringLiteral("system_uptime_s");
const QString kSentAt = QStringLiteral("sent_at");

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject NodeStatus::toJson() const
{
    QJsonObject o = extra;
    o.insert(kNode, node);
    o.insert(kCluster, cluster);
    o.insert(kRole, roleName(role));
    o.insert(kEpoch, epoch);
    o.insert(kAgentVersion, agentVersion);
    o.insert(kHostname, hostname);
    o.insert(kPid, pid);
    o.insert(kStartedAt, isoUtc(startedAt));
    o.insert(kUptime, uptimeS);
    o.insert(kSystemUptime, systemUptimeS);
    o.insert(kSentAt, isoUtc(sentAt));
    return o;
}

NodeStatus NodeStatus::fromJson(const QJsonObject& o)
{
    NodeStatus s;
    s.node = o.value(kNode).toString();
    s.cluster = o.value(kCluster).toString();
    s.role = roleFrom(o.value(kRole).toString());
    s.epoch = o.value(kEpoch).toInteger();
    s.agentVersion = o.value(kAgentVersion).toString();
    s.hostname = o.value(kHostname).toString();
    s.pid = o.value(kPid).toInteger();
    s.startedAt = QDateTime::fromString(o.value(kStartedAt).toString(), Qt::ISODateWithMs);
    s.uptimeS = o.value(kUptime).toDouble();
    s.systemUptimeS = o.value(kSystemUptime).toDouble();
    s.sentAt = QDateTime::fromString(o.value(kSentAt).toString(), Qt::ISODateWithMs);
    s.extra = o;
    for (const QString& k :
         {kNode, kCluster, kRole, kEpoch, kAgentVersion, kHostname, kPid, kStartedAt, kUptime, kSystemUptime, kSentAt})
        s.extra.remove(k);
    return s;
}

} // namespace twinha::protocol
