#pragma once

#include "agentlink/NodeView.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::agentlink {

// Maintenance mode as the agents report it: either node's word, the higher `seq` winning (the
// agents adopt each other's from the heartbeat, so a lower one is only not caught up yet).
struct MaintenanceView
{
    bool known = false; // some node reported it (older agents do not)
    qint64 seq = 0;
    bool cluster = false; // the whole cluster
    QStringList groups;   // these groups only (beside or instead of the cluster)
    QString by;           // the operator who changed it last ("root@10.0.0.5"); may be empty
    QDateTime at;         // when; invalid when the agent gave no time
    QString reportedBy;   // the node whose report won
    QJsonObject raw;      // that report as the agent sent it, for twinhactl --json

    bool isOn() const { return cluster || !groups.isEmpty(); }
    bool covers(const QString& group) const { return cluster || groups.contains(group); }

    // The report of one status's "maintenance" member; known == false when it is not one.
    static MaintenanceView fromJson(const QJsonValue& value);
    static MaintenanceView build(const QList<NodeView>& nodes);
};

} // namespace twinha::agentlink
