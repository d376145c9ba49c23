#pragma once

#include <QString>

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

inline EventCategory eventCategoryOf(const QString& type)
{
    static const struct
    {
        const char* type;
        EventCategory category;
    } table[] = {
        {"operation", EventCategory::Operations},
        {"operator_action", EventCategory::Operations},
        {"maintenance", EventCategory::Operations},
        {"role_change", EventCategory::Roles},
        {"take", EventCategory::Roles},
        {"step_down", EventCategory::Roles},
        {"failover", EventCategory::Roles},
        {"agent_started", EventCategory::Roles},
        {"fence_started", EventCategory::Roles},
        {"fence_done", EventCategory::Roles},
        {"link_up", EventCategory::Links},
        {"link_down", EventCategory::Links},
        {"peer_alive", EventCategory::Links},
        {"peer_dead", EventCategory::Links},
        {"resource_failed", EventCategory::Problems},
        {"group_start_failed", EventCategory::Problems},
        {"group_stop_failed", EventCategory::Problems},
        {"group_recovery", EventCategory::Problems},
        {"group_recovered", EventCategory::Problems},
        {"config_mismatch", EventCategory::Problems},
        {"split_brain", EventCategory::Problems},
        {"split_brain_resolved", EventCategory::Problems},
        {"fence_failed", EventCategory::Problems},
        {"divergence_kept", EventCategory::Problems},
        {"config_peer_unheard", EventCategory::Problems},
        {"replication_lagging", EventCategory::Problems},
        {"notify_failed", EventCategory::Problems},
    };
    for (const auto& row : table)
        if (type == QLatin1String(row.type))
            return row.category;
    return EventCategory::Other;
}

} // namespace twinha::ui
