#include "agent/config/AgentConfig.h"

namespace twinha::agent {

const LinkEndpoint* endpointFor(const QList<LinkEndpoint>& endpoints, const QString& node)
{
    for (const LinkEndpoint& e : endpoints) {
        if (e.node == node)
            return &e;
    }
    return nullptr;
}

bool AgentConfig::hasNode(const QString& name) const
{
    return !name.isEmpty() && nodeNames().contains(name);
}

QStringList AgentConfig::nodeNames() const
{
    QStringList names;
    for (const NodeConfig& n : nodes)
        names << n.name;
    return names;
}

QString AgentConfig::peerOf(const QString& node) const
{
    if (nodes.size() != 2 || !hasNode(node))
        return {};
    return nodes.at(0).name == node ? nodes.at(1).name : nodes.at(0).name;
}

const FenceConfig* AgentConfig::fenceFor(const QString& node) const
{
    for (const FenceConfig& f : fences)
        if (f.node == node)
            return &f;
    return nullptr;
}

const GroupConfig* AgentConfig::group(const QString& name) const
{
    for (const GroupConfig& g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const ResourceConfig* AgentConfig::postgresResource(const QString& groupName) const
{
    if (const GroupConfig* g = group(groupName))
        for (const ResourceConfig& r : g->resources)
            if (r.type == ResourceType::Postgresql)
                return &r;
    return nullptr;
}

int AgentConfig::resourceCount() const
{
    int n = 0;
    for (const GroupConfig& g : groups)
        n += int(g.resources.size());
    return n;
}

} // namespace twinha::agent
