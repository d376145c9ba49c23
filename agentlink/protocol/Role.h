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

// What a group can be assigned on a node, and all that state.json may hold.
inline bool isGroupRole(Role role)
{
    return role == Role::Active || role == Role::Standby;
}

} // namespace twinha::protocol
