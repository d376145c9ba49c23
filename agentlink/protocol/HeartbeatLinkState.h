#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// A heartbeat link as one node sees it: it hears its peer on it, or not. On the wire (status, the
// history) "up" or "down"; inside the code, this enum. Unknown: not reported.
enum class HeartbeatLinkState
{
    Unknown,
    Up,
    Down
};

inline QString heartbeatLinkStateName(HeartbeatLinkState state)
{
    switch (state) {
    case HeartbeatLinkState::Up:
        return QStringLiteral("up");
    case HeartbeatLinkState::Down:
        return QStringLiteral("down");
    case HeartbeatLinkState::Unknown:
        break;
    }
    return {};
}

inline HeartbeatLinkState heartbeatLinkStateFrom(const QString& name)
{
    static constexpr HeartbeatLinkState kNamed[] = {HeartbeatLinkState::Up, HeartbeatLinkState::Down};
    return fromWireName(name, kNamed, &heartbeatLinkStateName, HeartbeatLinkState::Unknown);
}

} // namespace twinha::protocol
