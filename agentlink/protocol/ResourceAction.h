#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// What the agent asks of a resource, as RESOURCE_TIMEOUT's `action` and a script's
// TWINHA_ACTION name it: start, stop or status. None: a name this side does not know.
enum class ResourceAction
{
    None,
    Start,
    Stop,
    Status,
};

inline QString resourceActionName(ResourceAction action)
{
    switch (action) {
    case ResourceAction::Start:
        return QStringLiteral("start");
    case ResourceAction::Stop:
        return QStringLiteral("stop");
    case ResourceAction::Status:
        return QStringLiteral("status");
    case ResourceAction::None:
        break;
    }
    return {};
}

inline ResourceAction resourceActionFrom(const QString& name)
{
    static constexpr ResourceAction kNamed[] = {ResourceAction::Start, ResourceAction::Stop, ResourceAction::Status};
    return fromWireName(name, kNamed, &resourceActionName, ResourceAction::None);
}

} // namespace twinha::protocol
