#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// A node's role for a group, and the node's own (active while it holds any group). On the wire
// and in state.json each is its name; inside the code, this enum. A group's role is Active or
// Standby; None means never assigned ("unknown" on the wire, and any name this side does not
// know). Unconfigured is a node's only: an agent running without a cluster.toml.
enum class Role
{
    None,
    Active,
    Standby,
    Unconfigured
};

inline QString roleName(Role role)
{
    switch (role) {
    case Role::Active:
        return QStringLiteral("active");
    case Role::Standby:
        return QStringLiteral("standby");
    case Role::Unconfigured:
        return QStringLiteral("unconfigured");
    case Role::None:
        break;
    }
    return QStringLiteral("unknown");
}

inline Role roleFrom(const QString& name)
{
    static constexpr Role kNamed[] = {Role::Active, Role::Standby, Role::Unconfigured};
    return fromWireName(name, kNamed, &roleName, Role::None);
}

// Why a node took a group or gave it up: the `cause` of the failover, take and step_down events.
// None: a name this side does not know.
enum class RoleCause
{
    None,
    Fresh,          // fresh: no node held the group
    Failover,       // failover: the peer fell silent while holding it
    ManualTakeover, // manual_takeover: an operator's takeover of a silent peer's group
    SplitBrain,     // split_brain: both held it; the lower epoch steps down
    Isolated,       // isolated: cut off from the peer and the tiebreaker
    Restart,        // restart: started again with neither peer nor tiebreaker
    LeaseLost       // lease_lost: the witness's lease was not renewed in time
};

inline QString roleCauseName(RoleCause cause)
{
    switch (cause) {
    case RoleCause::Fresh:
        return QStringLiteral("fresh");
    case RoleCause::Failover:
        return QStringLiteral("failover");
    case RoleCause::ManualTakeover:
        return QStringLiteral("manual_takeover");
    case RoleCause::SplitBrain:
        return QStringLiteral("split_brain");
    case RoleCause::Isolated:
        return QStringLiteral("isolated");
    case RoleCause::Restart:
        return QStringLiteral("restart");
    case RoleCause::LeaseLost:
        return QStringLiteral("lease_lost");
    case RoleCause::None:
        break;
    }
    return {};
}

inline RoleCause roleCauseFrom(const QString& name)
{
    static constexpr RoleCause kNamed[] = {RoleCause::Fresh,      RoleCause::Failover, RoleCause::ManualTakeover,
                                           RoleCause::SplitBrain, RoleCause::Isolated, RoleCause::Restart,
                                           RoleCause::LeaseLost};
    return fromWireName(name, kNamed, &roleCauseName, RoleCause::None);
}

// What a group can be assigned on a node, and all that state.json may hold.
inline bool isGroupRole(Role role)
{
    return role == Role::Active || role == Role::Standby;
}

} // namespace twinha::protocol
