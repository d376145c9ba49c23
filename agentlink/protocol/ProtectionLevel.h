#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// How the pair is guarded against two active nodes, weakest first: the order is the one
// "show the weaker of the two" follows. In status (`protection`) each is its name; Unknown: an
// agent too old to say, or a name this side does not know.
enum class ProtectionLevel
{
    Unknown,
    PingOnly,       // ping_only: automatic failover with ping tiebreakers only; a symmetric split can leave two actives
    Manual,         // manual: no automatic failover; an operator decides
    Fencing,        // fencing: ping tiebreakers, and the standby powers the active off first; may fence a healthy node
    Witness,        // witness: a witness's per-group lease; a frozen node is not covered
    WitnessFencing, // witness_fencing: a lease, and a silent peer is powered off before a takeover; the strongest
};

inline QString protectionLevelName(ProtectionLevel level)
{
    switch (level) {
    case ProtectionLevel::PingOnly:
        return QStringLiteral("ping_only");
    case ProtectionLevel::Manual:
        return QStringLiteral("manual");
    case ProtectionLevel::Fencing:
        return QStringLiteral("fencing");
    case ProtectionLevel::Witness:
        return QStringLiteral("witness");
    case ProtectionLevel::WitnessFencing:
        return QStringLiteral("witness_fencing");
    case ProtectionLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

inline ProtectionLevel protectionLevelFrom(const QString& name)
{
    static constexpr ProtectionLevel kNamed[] = {ProtectionLevel::PingOnly, ProtectionLevel::Manual,
                                                 ProtectionLevel::Fencing, ProtectionLevel::Witness,
                                                 ProtectionLevel::WitnessFencing};
    return fromWireName(name, kNamed, &protectionLevelName, ProtectionLevel::Unknown);
}

} // namespace twinha::protocol
