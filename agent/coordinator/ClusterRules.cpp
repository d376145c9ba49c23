#include "agent/coordinator/ClusterRules.h"

namespace twinha::agent::rules {

bool isDuplex(const AgentConfig& config)
{
    return config.cluster.mode == ClusterMode::Duplex;
}

QString designatedNode(const AgentConfig& config, const QString& group)
{
    const GroupConfig* g = config.group(group);
    if (g && config.hasNode(g->preferred))
        return g->preferred;
    return config.nodes.isEmpty() ? QString() : config.nodes.first().name;
}

QString tieWinner(const AgentConfig& config, const QString& group)
{
    return designatedNode(config, group);
}

QList<const ReplicationConfig*> channelsOf(const AgentConfig& config, const QString& group)
{
    QList<const ReplicationConfig*> out;
    for (const ReplicationConfig& r : config.replications)
        if (r.group == group)
            out.append(&r);
    return out;
}

QString otherNode(const AgentConfig& config, const QString& node)
{
    return config.peerOf(node);
}

} // namespace twinha::agent::rules
