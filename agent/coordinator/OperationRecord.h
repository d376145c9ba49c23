#pragma once

#include "agentlink/protocol/OperationTerms.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace twinha::agent {

// One switchover, drain or undrain as both nodes see it: the node that drives it publishes its
// record in the heartbeat payload, the other node answers with a record of the same id, and status
// shows the last one. Small on purpose: it travels in every heartbeat datagram.
struct OperationRecord
{
    struct Step
    {
        protocol::OperationPhase name = protocol::OperationPhase::None;
        qint64 ms = 0;
        bool ok = true;
        bool operator==(const Step&) const = default;
    };

    QString id;
    protocol::OperationKind kind = protocol::OperationKind::None;
    QString group;
    QString from;
    QString to;
    protocol::OperationPhase phase = protocol::OperationPhase::None; // the step under way; Finished at the end
    qint64 epoch = 0;
    QList<Step> steps;
    protocol::OperationResult result = protocol::OperationResult::None; // None while running
    protocol::RpcError reason;
    QString actor;
    bool recovery = false; // the group failed on the source, which hands it over (GroupRecovery)
    qint64 startedAt = 0;  // wall clock, ms since the epoch
    qint64 gapMs = -1;     // from the stop on the source to the verified start on the target (or the restart on
                           // the source after a rollback); -1 when the service never stopped or did not come back
    // The source waits for the target's acknowledgement of its handover before the target may
    // start. Not sent (every byte of the datagram counts): NodeClaims sets it for a peer that
    // publishes group epochs, which came with it. Older sources do not wait: their targets start
    // at once.
    bool ack = false;
    // What the source's drain found that the target must confirm before it takes over, per channel
    // (a PostgreSQL channel: the clean stop's checkpoint LSN). Empty for most groups.
    QJsonObject handover;

    bool isNull() const { return id.isEmpty(); }
    bool isRunning() const { return !id.isEmpty() && result == protocol::OperationResult::None; }
    void addStep(protocol::OperationPhase name, qint64 ms, bool ok) { steps.append({name, ms, ok}); }
    void finish(protocol::OperationResult result, const protocol::RpcError& reason = {},
                protocol::OperationPhase finalPhase = protocol::OperationPhase::Finished);

    QJsonObject toJson() const;
    // The same with steps as [name, ms, ok] arrays: the heartbeat datagram has little room.
    QJsonObject toWireJson() const;
    static OperationRecord fromJson(const QJsonObject& o);
    bool operator==(const OperationRecord& other) const;

    static QString newId();
    static QJsonValue stepJson(const Step& step);
    // A reason small enough for a datagram: the code plus at most a few short parameters.
    static protocol::RpcError compact(const protocol::RpcError& reason);
};

} // namespace twinha::agent
