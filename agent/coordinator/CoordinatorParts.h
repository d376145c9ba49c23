#pragma once

#include "agent/AgentConfig.h"

#include <QString>

#include <functional>

namespace twinha::agent {

class LocalGroups;
class NodeState;
class ReplicationSet;

// What the coordinator's operations act on. Owned by the Coordinator; operations only borrow it.
struct CoordinatorParts
{
    const AgentConfig* config = nullptr;
    QString self;
    QString peer;
    NodeState* state = nullptr;
    LocalGroups* groups = nullptr;
    ReplicationSet* replication = nullptr;
    std::function<qint64()> peerEpoch; // the last epoch the peer published, 0 before any
    // True while only a witness's lease may let this node start a group: a witness decides
    // failover and the peer is not heard. Null or false: the operation may start groups itself.
    std::function<bool()> leaseDecides;

    // Every role change raises the cluster epoch past both nodes' values.
    qint64 nextEpoch() const;
};

} // namespace twinha::agent
