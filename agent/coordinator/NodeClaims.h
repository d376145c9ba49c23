#pragma once

#include "agent/coordinator/Maintenance.h"
#include "agent/coordinator/OperationRecord.h"
#include "agentlink/protocol/ReplicationState.h"
#include "agentlink/protocol/RunState.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace twinha::agent {

// What each agent tells its peer in every heartbeat: its whole relevant state, not events. A lost
// datagram therefore costs nothing, and the next one (sent at once on any change) says it all.
//   {"epoch", "checksum", "groups": {G: {"held", "state", "runs"?, "e"?}}, "op": {...},
//    "lag": {C: {"lag_s", "state", "error"?}}, "tiebreaker": bool|null, "hears": bool, "mnt": {...}, "req": {...}?}
// "epoch" is the node's epoch, "e" the group's. Older agents publish only the node's, and their
// handovers do not wait for an acknowledgement (OperationRecord::ack, which fromJson sets).
struct NodeClaims
{
    struct Group
    {
        bool held = false;
        protocol::RunState state = protocol::RunState::Unknown;
        std::optional<bool> runs;    // LocalGroups::mayRun; unknown from older agents
        std::optional<qint64> epoch; // the group's own epoch ("e"); unknown from older agents
        bool operator==(const Group&) const = default;
    };

    struct Lag
    {
        std::optional<double> lagS; // unknown while null
        protocol::ReplicationState state = protocol::ReplicationState::Unknown;
        QString error; // the channel's failure code while state is Error
        std::optional<qint64> lagBytes;
        bool synchronous = false; // every commit waited for the copy
        bool operator==(const Lag&) const = default;
    };

    // An operator's request taken by the node that cannot carry it out itself, published for the
    // node that can (the source of a switchover, the node to drain).
    struct Request
    {
        QString id;
        QString group;
        QString to;
        bool force = false;
        QString actor;
        bool operator==(const Request&) const = default;
    };

    qint64 epoch = 0;
    QString checksum;
    QMap<QString, Group> groups;
    OperationRecord op;
    QMap<QString, Lag> lag; // only the channels this node is the source of
    std::optional<bool> tiebreaker;
    std::optional<bool> hearsPeer;          // whether this node hears its peer; unknown from older agents
    std::optional<Maintenance> maintenance; // "mnt"
    std::optional<Request> request;

    bool holds(const QString& group) const { return groups.value(group).held; }
    // The group's epoch, or the node's from an older agent, which has one for every group.
    qint64 groupEpoch(const QString& group) const { return groups.value(group).epoch.value_or(epoch); }
    protocol::RunState groupState(const QString& group) const { return groups.value(group).state; }
    // Whether the group may run there, by its monitors (older agents: by its state).
    bool mayRun(const QString& group) const;

    QJsonObject toJson() const;
    // Nullopt for anything that is not a coordinator payload (an older agent, an empty payload).
    static std::optional<NodeClaims> fromJson(const QJsonObject& o);
};

} // namespace twinha::agent
