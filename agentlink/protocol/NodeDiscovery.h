#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// The words of the setup wizard's discovery methods (agent/control/NodeMethods.h).

// How node.probe_address learnt whether something answers on an address (`how`).
enum class AddressProbeHow
{
    Untested, // none: no tool could tell; `tool` names the one that is missing
    Local,    // local: the address is assigned on the node itself
    Arping,   // arping: duplicate address detection on the interface
    Ping,     // ping
};

inline QString addressProbeHowName(AddressProbeHow how)
{
    switch (how) {
    case AddressProbeHow::Untested:
        return QStringLiteral("none");
    case AddressProbeHow::Local:
        return QStringLiteral("local");
    case AddressProbeHow::Arping:
        return QStringLiteral("arping");
    case AddressProbeHow::Ping:
        return QStringLiteral("ping");
    }
    return {};
}

// A name this side does not know reads as Untested: nothing it says can be relied on.
inline AddressProbeHow addressProbeHowFrom(const QString& name)
{
    static constexpr AddressProbeHow kNamed[] = {AddressProbeHow::Local, AddressProbeHow::Arping,
                                                 AddressProbeHow::Ping};
    return fromWireName(name, kNamed, &addressProbeHowName, AddressProbeHow::Untested);
}

// Why node.facts has no systemd services to offer: SYSTEMD_UNAVAILABLE's `reason`.
enum class SystemdGap
{
    ListFailed, // list_failed: systemctl list-units failed; `detail` holds its error output
    NotRunning, // not_running: the node does not run systemd (/run/systemd/system is missing)
};

inline QString systemdGapName(SystemdGap gap)
{
    return gap == SystemdGap::NotRunning ? QStringLiteral("not_running") : QStringLiteral("list_failed");
}

inline SystemdGap systemdGapFrom(const QString& name)
{
    static constexpr SystemdGap kNamed[] = {SystemdGap::NotRunning};
    return fromWireName(name, kNamed, &systemdGapName, SystemdGap::ListFailed);
}

} // namespace twinha::protocol
