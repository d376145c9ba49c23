#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/replication/ReplicationChannel.h"

#include <memory>

namespace twinha::agent {

// Builds the channel a [[replication]] entry asks for. The channel starts Idle; the caller gives
// it a role once it knows who is active for the group.
class ReplicationChannelFactory
{
public:
    // Null for a type it does not know (the validator has refused those already).
    // clusterKey: the key file's bytes; mirror channels derive their rsync password from it.
    // stateDir: mirror receivers keep their config, secrets and log in stateDir/rsync/.
    // cluster: the whole config, which a postgresql channel needs (its group's postgresql resource
    // and the peer); without it there is no postgresql channel.
    static std::unique_ptr<ReplicationChannel> create(const ReplicationConfig& config, const QString& selfNode,
                                                      const QByteArray& clusterKey, const QString& stateDir,
                                                      const AgentConfig* cluster = nullptr);
};

} // namespace twinha::agent
