#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// A two-phase configuration change (config.prepare, config.commit) as the agent reports it: the
// `phase` it is in (status, CONFIG_PEER_UNHEARD) and the `cause` of a rollback
// (config_rolled_back). None: absent, or a name this side does not know.
enum class ConfigChangePhase
{
    None,
    Prepared,   // prepared: staged, waiting for the commit
    Committed,  // committed: written and loaded
    RolledBack, // rolled_back: dropped; the previous configuration runs
};

enum class ConfigRollbackCause
{
    None,
    Timeout, // timeout: no commit came in time
    Restart, // restart: the agent restarted while the change was prepared
};

inline QString configChangePhaseName(ConfigChangePhase phase)
{
    switch (phase) {
    case ConfigChangePhase::Prepared:
        return QStringLiteral("prepared");
    case ConfigChangePhase::Committed:
        return QStringLiteral("committed");
    case ConfigChangePhase::RolledBack:
        return QStringLiteral("rolled_back");
    case ConfigChangePhase::None:
        break;
    }
    return {};
}

inline ConfigChangePhase configChangePhaseFrom(const QString& name)
{
    static constexpr ConfigChangePhase kNamed[] = {ConfigChangePhase::Prepared, ConfigChangePhase::Committed,
                                                   ConfigChangePhase::RolledBack};
    return fromWireName(name, kNamed, &configChangePhaseName, ConfigChangePhase::None);
}

inline QString configRollbackCauseName(ConfigRollbackCause cause)
{
    switch (cause) {
    case ConfigRollbackCause::Timeout:
        return QStringLiteral("timeout");
    case ConfigRollbackCause::Restart:
        return QStringLiteral("restart");
    case ConfigRollbackCause::None:
        break;
    }
    return {};
}

inline ConfigRollbackCause configRollbackCauseFrom(const QString& name)
{
    static constexpr ConfigRollbackCause kNamed[] = {ConfigRollbackCause::Timeout, ConfigRollbackCause::Restart};
    return fromWireName(name, kNamed, &configRollbackCauseName, ConfigRollbackCause::None);
}

} // namespace twinha::protocol
