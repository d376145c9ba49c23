#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClusterSnapshot.h"
#include "agentlink/protocol/PreCheck.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace twinha::agent {

// Whether a group could be moved right now, and why not: the readiness line in status and the
// pre-check list of switchover.check and switchover.start, computed from one snapshot by the same
// code, so the console never shows "ready" for something start would refuse.
struct SwitchoverCheck
{
    struct Item
    {
        protocol::PreCheck check = protocol::PreCheck::None;
        QString channel;            // ReplicationLag's
        protocol::RpcError failure; // null when the check passed
        bool ok() const { return failure.isNull(); }
    };

    QString group;
    protocol::OperationKind kind = protocol::OperationKind::None; // Switchover, Drain or Undrain once evaluated
    QString from;     // the node that stops the group; empty for undrain or when nobody holds it
    QString to;       // the node that runs it afterwards
    QString executor; // the node that drives the operation
    // The peer is silent and this node is the target: the only way to move the group is for an
    // operator who knows the peer is down to force this node to take it (a manual failover).
    bool takeover = false;
    // The group failed on the node that holds it, which hands it to its peer (GroupRecovery): the
    // source need not be running it.
    bool recovery = false;
    QList<Item> items;
    protocol::RpcError invalid; // UNKNOWN_GROUP, UNKNOWN_NODE, ALREADY_ACTIVE, INVALID_PARAMS: not even checkable

    bool ready() const;
    // True when every failed check is one an operator may override with force: lag and config
    // drift; and, for a takeover, the silent peer and what can't be known without it. Never a
    // running operation, a split-brain or a failed target.
    bool forceable() const;
    QList<protocol::RpcError> failures() const;
    // The error switchover.start answers with: the first failure, with "reasons" listing all of them.
    protocol::RpcError refusal() const;

    // {"group","ready","from","to","kind","reasons":[{code,...}]}
    QJsonObject readinessJson() const;
    // {"group","kind","from","to","ready","checks":[{check, ok, code?, params}],"stop":[..],"start":[..]}
    QJsonObject toJson(const AgentConfig& config) const;

    // `group` may be empty when the cluster has one group; `to` may be empty (the other node).
    static SwitchoverCheck evaluate(const AgentConfig& config, const ClusterSnapshot& snapshot, const QString& group,
                                    const QString& to, bool recovery = false);
};

} // namespace twinha::agent
