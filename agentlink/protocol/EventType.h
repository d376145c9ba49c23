#pragma once

#include <QString>

namespace twinha::protocol {

// What a journal entry records. On the wire (the journal, events.list, notifications, the
// history) each is its name, e.g. "split_brain"; inside the code, this enum. None: a name this
// build does not know (a newer agent's), which readers show as the name itself.
enum class EventType
{
    None,
    AgentStarted,       // agent_started
    RoleChange,         // role_change
    Operation,          // operation: a switchover, failover, drain or undrain finished
    OperatorAction,     // operator_action: a request, refused or not
    LinkUp,             // link_up
    LinkDown,           // link_down
    PeerAlive,          // peer_alive
    PeerDead,           // peer_dead
    ResourceFailed,     // resource_failed
    GroupStartFailed,   // group_start_failed
    GroupStopFailed,    // group_stop_failed
    GroupRecovery,      // group_recovery
    GroupRecovered,     // group_recovered
    ConfigMismatch,     // config_mismatch
    SplitBrain,         // split_brain
    SplitBrainResolved, // split_brain_resolved
    Failover,        // failover: this node took over a silent peer's group (automatically or by an operator's takeover)
    Take,            // take: this node started a group no node held
    StepDown,        // step_down
    Maintenance,     // maintenance
    FenceStarted,    // fence_started
    FenceDone,       // fence_done
    FenceFailed,     // fence_failed
    DivergenceKept,  // divergence_kept
    MirrorTrusted,   // mirror_trusted
    PgRewound,       // pg_rewound
    PgHeld,          // pg_held
    PgSynchronous,   // pg_synchronous
    ConfigPrepared,  // config_prepared
    ConfigCommitted, // config_committed
    ConfigAborted,   // config_aborted
    ConfigRolledBack,    // config_rolled_back
    ConfigSettled,       // config_settled
    ConfigPeerUnheard,   // config_peer_unheard
    ReplicationLagging,  // replication_lagging
    ReplicationCaughtUp, // replication_caught_up
    NotifySent,          // notify_sent
    NotifyFailed,        // notify_failed
    NotifyTest,          // notify_test: only ever delivered, never journaled
};

QString eventTypeName(EventType type);        // "" for None
EventType eventTypeFrom(const QString& name); // None for a name this build does not know

// Every type but None, in declaration order.
extern const EventType kEventTypes[39];

} // namespace twinha::protocol
