#pragma once

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
        QString name; // precheck, stop, drain, handover, start, verify, rollback
        qint64 ms = 0;
        bool ok = true;
    };

    QString id;
    QString kind;
    QString group;
    QString from;
    QString to;
    QString phase;
    qint64 epoch = 0;
    QList<Step> steps;
    QString result; // empty while running: done, rolled_back, failed, refused, cancelled, forwarded
    protocol::RpcError reason;
    QString actor;
    qint64 startedAtMs = 0;
    qint64 gapMs = -1;

    bool isNull() const { return id.isEmpty(); }
    bool isRunning() const { return !id.isEmpty() && result.isEmpty(); }
    // Finished for good: "forwarded" only says the peer took the operation over.
    bool isFinal() const { return !result.isEmpty() && result != QLatin1String("forwarded"); }
    qint64 totalMs() const;

    static OperationView fromJson(const QJsonObject& o);
};

} // namespace twinha::agentlink
