#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// Where a resource or a resource group stands on one node. On the wire (status, heartbeat claims,
// events) each is its name; inside the code, this enum. Partial is a group's only: some of its
// resources run, some are stopped, none failed. Unknown: a group this node does not have, or a
// name from a newer peer.
enum class RunState
{
    Unknown,
    Stopped,
    Starting,
    Running,
    Stopping,
    Failed,
    Partial
};

inline QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Stopped:
        return QStringLiteral("stopped");
    case RunState::Starting:
        return QStringLiteral("starting");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Stopping:
        return QStringLiteral("stopping");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Partial:
        return QStringLiteral("partial");
    case RunState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

inline constexpr RunState kRunStates[] = {RunState::Unknown,  RunState::Stopped, RunState::Starting, RunState::Running,
                                          RunState::Stopping, RunState::Failed,  RunState::Partial};

inline RunState runStateFrom(const QString& name)
{
    return fromWireName(name, kRunStates, &runStateName, RunState::Unknown);
}

// Something of it may run there: up, or on its way up or down. What a node in this state holds
// must not run on the other node as well.
inline bool mayHoldResources(RunState state)
{
    return state == RunState::Running || state == RunState::Starting || state == RunState::Stopping ||
           state == RunState::Partial;
}

} // namespace twinha::protocol
