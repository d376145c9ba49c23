#pragma once

#include "agent/AgentConfig.h"
#include "agent/ConfigReport.h"

namespace twinha::agent {

// The rules for [[group]], [[group.resource]] and [[replication]], including what each mode
// expects of its groups.
class GroupValidator
{
public:
    static void validate(const AgentConfig& config, ConfigReport& report);

    // The warning on a script resource without run_as; config.apply makes it an error.
    static constexpr char kRunAsMissing[] =
        "not set: the commands run as root. Set run_as = \"root\" to say so, or name the user they run as";

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
