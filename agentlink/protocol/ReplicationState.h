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

} // namespace twinha::protocol
