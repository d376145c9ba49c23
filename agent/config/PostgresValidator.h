#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/ConfigReport.h"

namespace twinha::agent {

// The rules of PostgreSQL in cluster.toml: each `postgresql` resource names its folders for every
// node, where each node's PostgreSQL listens, and a non-root owner; each group with one has exactly
// one `postgresql` replication channel, which keeps the standby following (and the other way round).
// Fills the endpoints' host and port.
class PostgresValidator
{
public:
    static void validate(AgentConfig& config, ConfigReport& report);

private:
    static void checkResource(AgentConfig& config, ResourceConfig& r, const QString& field, ConfigReport& report);
    static void checkPerNode(const AgentConfig& config, const PerNode& value, const QString& field, bool required,
                             ConfigReport& report);
    static void checkChannel(const AgentConfig& config, const ReplicationConfig& r, const QString& field,
                             ConfigReport& report);
};

} // namespace twinha::agent
