#pragma once

#include "agentlink/protocol/OperationTerms.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace twinha::agentlink {

// A switchover, failover, drain or undrain as an agent reports it (status "operation" and
// switchover.progress notifications).
struct OperationView
{
    struct Step
    {
        protocol::OperationPhase name = protocol::OperationPhase::None;
        qint64 ms = 0;
        bool ok = true;
    };

    QString id;
    protocol::OperationKind kind = protocol::OperationKind::None;
    QString group;
    QString from;
    QString to;
    protocol::OperationPhase phase = protocol::OperationPhase::None;
    qint64 epoch = 0;
    QList<Step> steps;
    protocol::OperationResult result = protocol::OperationResult::None; // None while running
    protocol::RpcError reason;
    QString actor;
    qint64 startedAtMs = 0;
    qint64 gapMs = -1;

    bool isNull() const { return id.isEmpty(); }
    bool isRunning() const { return !id.isEmpty() && result == protocol::OperationResult::None; }
    // Finished for good: Forwarded only says the peer took the operation over.
    bool isFinal() const
    {
        return result != protocol::OperationResult::None && result != protocol::OperationResult::Forwarded;
    }
    qint64 totalMs() const;

    static OperationView fromJson(const QJsonObject& o);
};

} // namespace twinha::agentlink
