#pragma once

#include "agentlink/protocol/EventType.h"

namespace twinha::ui {

// The coarse groups the event filter offers. Each journal entry type belongs to exactly one.
enum class EventCategory
{
    All,        // no filtering (only meaningful as a filter choice)
    Operations, // switchovers, drains, the operator's requests and maintenance mode
    Roles,      // role changes, takeovers, step-downs, fencing, agent starts
    Links,      // heartbeat links and the peer coming and going
    Problems,   // failed resources, groups and fences, configuration drift, split-brain, kept files
    Other,      // types this console does not know yet
};

inline EventCategory eventCategoryOf(protocol::EventType type)
{
    static const struct
    {
        protocol::EventType type;
        EventCategory category;
    } table[] = {
        {protocol::EventType::Operation, EventCategory::Operations},
        {protocol::EventType::OperatorAction, EventCategory::Operations},
        {protocol::EventType::Maintenance, EventCategory::Operations},
        {protocol::EventType::RoleChange, EventCategory::Roles},
        {protocol::EventType::Take, EventCategory::Roles},
        {protocol::EventType::StepDown, EventCategory::Roles},
        {protocol::EventType::Failover, EventCategory::Roles},
        {protocol::EventType::AgentStarted, EventCategory::Roles},
        {protocol::EventType::FenceStarted, EventCategory::Roles},
        {protocol::EventType::FenceDone, EventCategory::Roles},
        {protocol::EventType::LinkUp, EventCategory::Links},
        {protocol::EventType::LinkDown, EventCategory::Links},
        {protocol::EventType::PeerAlive, EventCategory::Links},
        {protocol::EventType::PeerDead, EventCategory::Links},
        {protocol::EventType::ResourceFailed, EventCategory::Problems},
        {protocol::EventType::GroupStartFailed, EventCategory::Problems},
        {protocol::EventType::GroupStopFailed, EventCategory::Problems},
        {protocol::EventType::GroupRecovery, EventCategory::Problems},
        {protocol::EventType::GroupRecovered, EventCategory::Problems},
        {protocol::EventType::ConfigMismatch, EventCategory::Problems},
        {protocol::EventType::SplitBrain, EventCategory::Problems},
        {protocol::EventType::SplitBrainResolved, EventCategory::Problems},
        {protocol::EventType::FenceFailed, EventCategory::Problems},
        {protocol::EventType::DivergenceKept, EventCategory::Problems},
        {protocol::EventType::ConfigPeerUnheard, EventCategory::Problems},
        {protocol::EventType::ReplicationLagging, EventCategory::Problems},
        {protocol::EventType::NotifyFailed, EventCategory::Problems},
    };
    for (const auto& row : table)
        if (type == row.type)
            return row.category;
    return EventCategory::Other;
}

} // namespace twinha::ui
