#pragma once

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
    if (name == heartbeatLinkStateName(HeartbeatLinkState::Up))
        return HeartbeatLinkState::Up;
    if (name == heartbeatLinkStateName(HeartbeatLinkState::Down))
        return HeartbeatLinkState::Down;
    return HeartbeatLinkState::Unknown;
}

} // namespace twinha::protocol
