#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// How a replication channel stands on one node. On the wire (status, heartbeat claims, a command
// channel's report) each is its name; inside the code, this enum. Unknown for a name this side
// does not know.
enum class ReplicationState
{
    Unknown,
    Idle,
    InSync,
    Syncing,
    Lagging,
    Error
};

inline QString replicationStateName(ReplicationState state)
{
    switch (state) {
    case ReplicationState::Idle:
        return QStringLiteral("idle");
    case ReplicationState::InSync:
        return QStringLiteral("in_sync");
    case ReplicationState::Syncing:
        return QStringLiteral("syncing");
    case ReplicationState::Lagging:
        return QStringLiteral("lagging");
    case ReplicationState::Error:
        return QStringLiteral("error");
    case ReplicationState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

inline ReplicationState replicationStateFrom(const QString& name)
{
    static constexpr ReplicationState kNamed[] = {ReplicationState::Idle, ReplicationState::InSync,
                                                  ReplicationState::Syncing, ReplicationState::Lagging,
                                                  ReplicationState::Error};
    return fromWireName(name, kNamed, &replicationStateName, ReplicationState::Unknown);
}

// What a node does for a replication channel, as status names it (`role`): a source ships the copy
// (and measures the lag), a target receives it. A name this side does not know reads as Idle.
enum class ReplicationSide
{
    Idle,   // idle
    Source, // source
    Target, // target
};

inline QString replicationSideName(ReplicationSide side)
{
    switch (side) {
    case ReplicationSide::Source:
        return QStringLiteral("source");
    case ReplicationSide::Target:
        return QStringLiteral("target");
    case ReplicationSide::Idle:
        break;
    }
    return QStringLiteral("idle");
}

inline ReplicationSide replicationSideFrom(const QString& name)
{
    static constexpr ReplicationSide kNamed[] = {ReplicationSide::Source, ReplicationSide::Target};
    return fromWireName(name, kNamed, &replicationSideName, ReplicationSide::Idle);
}

} // namespace twinha::protocol
