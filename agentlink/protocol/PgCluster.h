#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// A PostgreSQL cluster as postgres.discover lists it: its `role` (Unknown when the agent could not
// ask it, or a name this side does not know) and its `status` ("online" or "down", as
// pg_lsclusters says).
enum class PgRole
{
    Unknown,
    Primary, // primary: not in recovery
    Standby, // standby: in recovery
};

inline QString pgRoleName(PgRole role)
{
    switch (role) {
    case PgRole::Primary:
        return QStringLiteral("primary");
    case PgRole::Standby:
        return QStringLiteral("standby");
    case PgRole::Unknown:
        break;
    }
    return {};
}

inline PgRole pgRoleFrom(const QString& name)
{
    static constexpr PgRole kNamed[] = {PgRole::Primary, PgRole::Standby};
    return fromWireName(name, kNamed, &pgRoleName, PgRole::Unknown);
}

inline QString pgStatusName(bool online)
{
    return online ? QStringLiteral("online") : QStringLiteral("down");
}

inline bool pgStatusOnline(const QString& status)
{
    return status == pgStatusName(true);
}

} // namespace twinha::protocol
