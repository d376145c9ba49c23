#include "agentlink/protocol/EventType.h"

#include "agentlink/protocol/WireName.h"

#include <iterator>

namespace twinha::protocol {

// Unsized here: a count that differs from the header's is a compile error, never a silent None.
const EventType kEventTypes[] = {EventType::AgentStarted,
                                 EventType::RoleChange,
                                 EventType::Operation,
                                 EventType::OperatorAction,
                                 EventType::LinkUp,
                                 EventType::LinkDown,
                                 EventType::PeerAlive,
                                 EventType::PeerDead,
                                 EventType::ResourceFailed,
                                 EventType::GroupStartFailed,
                                 EventType::GroupStopFailed,
                                 EventType::GroupRecovery,
                                 EventType::GroupRecovered,
                                 EventType::ConfigMismatch,
                                 EventType::SplitBrain,
                                 EventType::SplitBrainResolved,
                                 EventType::Failover,
                                 EventType::Take,
                                 EventType::StepDown,
                                 EventType::Maintenance,
                                 EventType::FenceStarted,
                                 EventType::FenceDone,
                                 EventType::FenceFailed,
                                 EventType::DivergenceKept,
                                 EventType::MirrorTrusted,
                                 EventType::PgRewound,
                                 EventType::PgHeld,
                                 EventType::PgSynchronous,
                                 EventType::ConfigPrepared,
                                 EventType::ConfigCommitted,
                                 EventType::ConfigAborted,
                                 EventType::ConfigRolledBack,
                                 EventType::ConfigSettled,
                                 EventType::ConfigPeerUnheard,
                                 EventType::ReplicationLagging,
                                 EventType::ReplicationCaughtUp,
                                 EventType::NotifySent,
                                 EventType::NotifyFailed,
                                 EventType::NotifyTest};

static_assert(std::size(kEventTypes) == std::size_t(EventType::NotifyTest), "every type but None, in order");

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::AgentStarted:
        return QStringLiteral("agent_started");
    case EventType::RoleChange:
        return QStringLiteral("role_change");
    case EventType::Operation:
        return QStringLiteral("operation");
    case EventType::OperatorAction:
        return QStringLiteral("operator_action");
    case EventType::LinkUp:
        return QStringLiteral("link_up");
    case EventType::LinkDown:
        return QStringLiteral("link_down");
    case EventType::PeerAlive:
        return QStringLiteral("peer_alive");
    case EventType::PeerDead:
        return QStringLiteral("peer_dead");
    case EventType::ResourceFailed:
        return QStringLiteral("resource_failed");
    case EventType::GroupStartFailed:
        return QStringLiteral("group_start_failed");
    case EventType::GroupStopFailed:
        return QStringLiteral("group_stop_failed");
    case EventType::GroupRecovery:
        return QStringLiteral("group_recovery");
    case EventType::GroupRecovered:
        return QStringLiteral("group_recovered");
    case EventType::ConfigMismatch:
        return QStringLiteral("config_mismatch");
    case EventType::SplitBrain:
        return QStringLiteral("split_brain");
    case EventType::SplitBrainResolved:
        return QStringLiteral("split_brain_resolved");
    case EventType::Failover:
        return QStringLiteral("failover");
    case EventType::Take:
        return QStringLiteral("take");
    case EventType::StepDown:
        return QStringLiteral("step_down");
    case EventType::Maintenance:
        return QStringLiteral("maintenance");
    case EventType::FenceStarted:
        return QStringLiteral("fence_started");
    case EventType::FenceDone:
        return QStringLiteral("fence_done");
    case EventType::FenceFailed:
        return QStringLiteral("fence_failed");
    case EventType::DivergenceKept:
        return QStringLiteral("divergence_kept");
    case EventType::MirrorTrusted:
        return QStringLiteral("mirror_trusted");
    case EventType::PgRewound:
        return QStringLiteral("pg_rewound");
    case EventType::PgHeld:
        return QStringLiteral("pg_held");
    case EventType::PgSynchronous:
        return QStringLiteral("pg_synchronous");
    case EventType::ConfigPrepared:
        return QStringLiteral("config_prepared");
    case EventType::ConfigCommitted:
        return QStringLiteral("config_committed");
    case EventType::ConfigAborted:
        return QStringLiteral("config_aborted");
    case EventType::ConfigRolledBack:
        return QStringLiteral("config_rolled_back");
    case EventType::ConfigSettled:
        return QStringLiteral("config_settled");
    case EventType::ConfigPeerUnheard:
        return QStringLiteral("config_peer_unheard");
    case EventType::ReplicationLagging:
        return QStringLiteral("replication_lagging");
    case EventType::ReplicationCaughtUp:
        return QStringLiteral("replication_caught_up");
    case EventType::NotifySent:
        return QStringLiteral("notify_sent");
    case EventType::NotifyFailed:
        return QStringLiteral("notify_failed");
    case EventType::NotifyTest:
        return QStringLiteral("notify_test");
    case EventType::None:
        break;
    }
    return {};
}

EventType eventTypeFrom(const QString& name)
{
    return fromWireName(name, kEventTypes, &eventTypeName, EventType::None);
}

} // namespace twinha::protocol
