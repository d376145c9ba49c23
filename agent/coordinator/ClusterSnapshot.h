#pragma once

#include "agent/NodeState.h"
#include "agent/coordinator/NodeClaims.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace twinha::agent {

// A fresh tiebreaker answer: one probed after the peer went missing, never an older one.
enum class TiebreakerAnswer
{
    Unknown,
    Reachable,
    Unreachable
};

// This node's witness lease for a group (LeaseBackend's state, judged at the moment of the snapshot).
enum class LeaseAnswer
{
    Unknown, // no witness answer since the agent started
    Held,
    NotHeld // refused, handed back, or run out
};

// Everything the decisions depend on, copied at one moment, so that the rules are pure functions
// that tests can feed with tables.
struct ClusterSnapshot
{
    QString self;
    QString peerName;
    qint64 epoch = 0;               // this node's epoch
    NodeState::Groups assigned;     // this node's persisted roles
    NodeState::Epochs epochs;       // and each group's epoch; a group without one has `epoch`
    NodeClaims mine;                // what this node publishes (group states, lag, op...)
    bool peerAlive = false;         // some link heard the peer within the dead time
    bool peerSeen = false;          // heard at least once since this daemon started
    bool startupGrace = false;      // within the first dead time after start
    qint64 peerSilenceMs = -1;      // since anything was heard from the peer; -1: never
    qint64 peerLateSignMs = -1;     // since a late packet showed it alive after that (Heartbeat); -1: none
    std::optional<NodeClaims> peer; // the last payload received, even when the peer is dead now
    TiebreakerAnswer tiebreaker = TiebreakerAnswer::Unknown;
    bool witness = false;              // a witness is configured: it, not the tiebreaker, decides takeovers
    QMap<QString, LeaseAnswer> leases; // by group; only with a witness
    bool fencing = false;              // the peer has a [[fence]] device: it is powered off before a takeover
    bool peerFenced = false;           // and it has been, since the peer was last heard
    Maintenance maintenance;           // groups the agents must not start, stop or move by themselves
    bool configFrozen = false;         // a config change is under way here (ConfigApply): start no group

    bool holds(const QString& group) const { return assigned.value(group) == protocol::Role::Active; }
    // The two epochs that decide which node keeps `group` when both hold it, read alike on both
    // nodes: each group's own, or, with a peer that publishes one epoch for everything (an older
    // agent), both nodes' single epochs as that peer compares them. {mine, peer's}.
    std::pair<qint64, qint64> claimEpochs(const QString& group) const;
    LeaseAnswer lease(const QString& group) const { return leases.value(group, LeaseAnswer::Unknown); }
    // The peer's payload only while it is alive: a dead peer's claims are history.
    const NodeClaims* livePeer() const { return peerAlive && peer ? &*peer : nullptr; }
    // Groups that an operation (either node's) or a pending request is working on.
    QSet<QString> busyGroups() const;
    // The running operation on either node, or null.
    OperationRecord runningOperation() const;
};

} // namespace twinha::agent
