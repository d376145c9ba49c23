#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/ConfigReport.h"

namespace twinha::agent {

// The rules for [[group]], [[group.resource]] and [[replication]], including what each mode
// expects of its groups.
class GroupValidator
{
public:
    static void validate(const AgentConfig& config, ConfigReport& report);

    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 3600000;

private:
    static void checkModeShape(const AgentConfig& config, ConfigReport& report);
    static void checkGroup(const AgentConfig& config, qsizetype index, ConfigReport& report);
    static void checkResource(const ResourceConfig& resource, const QString& field, ConfigReport& report);
    static void checkInterfaceName(ConfigReport& report, const QString& field, const QString& value);
    static void checkUnitName(ConfigReport& report, const QString& field, const QString& value);
    static void checkReplication(const AgentConfig& config, qsizetype index, ConfigReport& report);
};

} // namespace twinha::agent
