#pragma once

namespace twinha::agentlink {

// The console's view of its own connection to one node's agent.
enum class LinkState
{
    Idle,         // not started, or stopped
    Connecting,   // SSH connect, host key, authentication, starting the agent session
    Handshaking,  // session open; hello and subscribe under way
    Ready,        // live status is flowing
    Disconnected, // the last attempt failed or the link was lost; see lastError()
};

} // namespace twinha::agentlink

namespace twinha::agentlink {

// Stable machine names, for JSON output and logs.
inline const char* linkStateName(LinkState state)
{
    switch (state) {
    case LinkState::Idle:
        return "idle";
    case LinkState::Connecting:
        return "connecting";
    case LinkState::Handshaking:
        return "handshaking";
    case LinkState::Ready:
        return "ready";
    case LinkState::Disconnected:
        return "disconnected";
    }
    return "unknown";
}

} // namespace twinha::agentlink
