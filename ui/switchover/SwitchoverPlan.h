#pragma once

#include "agentlink/protocol/OperationTerms.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace twinha::ui {

// The agents' answer to switchover.check, as the dialog reads it: what would move where, each
// pre-check passed or blocked with its reason, and which resources stop and start. The same
// fields twinhactl's CheckCommand::describe() prints.
struct SwitchoverPlan
{
    struct Check
    {
        QString name;              // peer_reachable, config_match, ..., replication_lag:<channel>
        protocol::RpcError reason; // null when the check passed
        bool ok() const { return reason.isNull(); }
    };

    QString group;
    protocol::OperationKind kind = protocol::OperationKind::None;
    QString from; // empty for undrain
    QString to;
    QString executor; // the node that drives the operation
    bool ready = false;
    bool forceable = false; // blocked only by what force may override (lag, config drift)
    QList<Check> checks;
    QStringList stop;  // on `from`, in stop order
    QStringList start; // on `to`, in start order

    bool isNull() const { return kind == protocol::OperationKind::None; }
    int blockedCount() const;
    // The node that should receive switchover.start: the source, or the target when there is none.
    QString sourceNode() const { return from.isEmpty() ? to : from; }

    static SwitchoverPlan fromJson(const QJsonObject& check);
};

} // namespace twinha::ui
