#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// Where a node's fencing of its peer stands (the agent's Fencer), as status `protection.fencing`
// and FENCE_REQUIRED's `state` name it. None: not reported (the report is not live), or a name
// this side does not know.
enum class FenceState
{
    None,
    Idle,    // idle: nothing to power off
    Running, // running: the device is powering the peer off
    Done,    // done: the peer is off, so a takeover may go ahead
    Failed,  // failed: the device failed; it is tried again shortly
};

inline QString fenceStateName(FenceState state)
{
    switch (state) {
    case FenceState::Idle:
        return QStringLiteral("idle");
    case FenceState::Running:
        return QStringLiteral("running");
    case FenceState::Done:
        return QStringLiteral("done");
    case FenceState::Failed:
        return QStringLiteral("failed");
    case FenceState::None:
        break;
    }
    return {};
}

inline FenceState fenceStateFrom(const QString& name)
{
    static constexpr FenceState kNamed[] = {FenceState::Idle, FenceState::Running, FenceState::Done,
                                            FenceState::Failed};
    return fromWireName(name, kNamed, &fenceStateName, FenceState::None);
}

} // namespace twinha::protocol
