#pragma once

#include "agentlink/protocol/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace twinha::protocol {

// What an agent knows about its node, as sent in status.get and status.changed. The typed
// fields are the ones every console needs; `extra` keeps the remaining members (links, groups,
// replication, readiness...) so that newer agents' fields survive a round trip untouched.
struct NodeStatus
{
    QString node;
    QString cluster;
    Role role = Role::None;
    qint64 epoch = 0;
    QString agentVersion;
    QString hostname;
    qint64 pid = 0;
    QDateTime startedAt; // when the daemon started (UTC)
    double uptimeS = 0;  // daemon uptime
    double systemUptimeS = 0;
    QDateTime sentAt; // when the agent produced this status (UTC); the console shows data age from it
    QJsonObject extra;

    QJsonObject toJson() const;
    static NodeStatus fromJson(const QJsonObject& o);
};

} // namespace twinha::protocol
