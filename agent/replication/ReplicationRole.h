#pragma once

#include "agentlink/protocol/ReplicationState.h"

#include <QString>

namespace twinha::agent {

// What this node does for one replication channel. Source: this node is active for the channel's
// group and ships to the peer's receiving endpoint. Target: this node receives. Idle: neither.
struct ReplicationRole
{
    using Kind = protocol::ReplicationSide;

    Kind kind = Kind::Idle;
    QString peerHost; // Source only: where the peer receives the copy
    quint16 peerPort = 0;

    static ReplicationRole idle() { return {}; }
    static ReplicationRole target() { return {Kind::Target, {}, 0}; }
    static ReplicationRole source(const QString& peerHost, quint16 peerPort)
    {
        return {Kind::Source, peerHost, peerPort};
    }

    // "source", "target" or "idle", as in the status JSON.
    QString name() const { return protocol::replicationSideName(kind); }

    bool operator==(const ReplicationRole& other) const = default;
};

} // namespace twinha::agent
