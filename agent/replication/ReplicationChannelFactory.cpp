#include "agent/replication/ReplicationChannelFactory.h"

#include "agent/replication/CommandChannel.h"
#include "agent/replication/MirrorChannel.h"
#include "agent/replication/PostgresChannel.h"

namespace twinha::agent {

std::unique_ptr<ReplicationChannel>
ReplicationChannelFactory::create(const ReplicationConfig& config, const QString& selfNode,
                                  const QByteArray& clusterKey, const QString& stateDir, const AgentConfig* cluster)
{
    switch (config.type) {
    case ReplicationType::Mirror:
        return std::make_unique<MirrorChannel>(config, selfNode, clusterKey, stateDir);
    case ReplicationType::Command:
        return std::make_unique<CommandChannel>(config, selfNode);
    case ReplicationType::Postgresql:
        if (const ResourceConfig* pg = cluster ? cluster->postgresResource(config.group) : nullptr)
            return std::make_unique<PostgresChannel>(config, *pg, selfNode, cluster->peerOf(selfNode));
        break;
    case ReplicationType::Unknown:
        break;
    }
    return nullptr;
}

} // namespace twinha::agent
