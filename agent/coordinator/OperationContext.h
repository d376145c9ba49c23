#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ReplicationSet.h"

#include <QString>

#include <functional>

namespace twinha::agent {

class LocalGroups;
class NodeState;

// What the coordinator's operations act on. Owned by the Coordinator; operations only borrow it.
struct OperationContext
{
    const AgentConfig* config = nullptr;
    QString self;
    QString peer;
    NodeState* state = nullptr;
    LocalGroups* groups = nullptr;
    ReplicationSet* replication = nullptr;
    std::function<qint64()> peerEpoch; // the last (node) epoch the peer published, 0 before any
    // True while only a witness's lease may let this node start a group: a witness decides
    // failover and the peer is not heard. Null or false: the operation may start groups itself.
    std::function<bool()> leaseDecides;

    // How long a switchover waits for the other side; tests shorten them.
    struct Timeouts
    {
        int ackMs = 10000; // the target acknowledges a handover, the source answers an acknowledgement
        int drainMs = ReplicationSet::kDrainTimeoutMs; // the final replication, retried while the receiver starts
        int drainRetryMs = 500;
    };
    Timeouts timeouts;

    // Every role change raises the group's epoch past every epoch either node has used (for any
    // group), so that epochs order the changes across the cluster.
    qint64 nextEpoch() const;
};

} // namespace twinha::agent
