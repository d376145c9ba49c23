#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClusterSnapshot.h"
#include "agentlink/protocol/Role.h"
#include "agentlink/protocol/RpcError.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace twinha::agent {

// The rules that decide who holds which group, as a pure function of one snapshot. It never acts:
// the Coordinator persists and starts or stops what the decision says. Groups an operation is
// working on are left out entirely; the operation owns them until it ends.
class ClusterDecider
{
public:
    // What a group's resources should be doing on this node now.
    enum class Desired
    {
        Run,  // held and confirmed
        Stop, // not held here
        Leave // held but not yet confirmed (just started, or waiting for the tiebreaker): touch nothing
    };

    struct Action
    {
        enum class Kind
        {
            Take,
            StepDown
        };
        Kind kind = Kind::Take;
        QString group;
        qint64 epoch = 0;          // persist this epoch with the new role
        protocol::RpcError reason; // why; e.g. SPLIT_BRAIN, TIEBREAKER_UNREACHABLE, or "" for a fresh take
        protocol::RoleCause cause = protocol::RoleCause::None;
    };

    struct Decision
    {
        QList<Action> actions;
        qint64 adoptEpoch = -1; // a higher epoch seen on the peer, to persist
        QStringList splitBrain; // groups both nodes hold right now
        bool needTiebreaker = false;
        QSet<QString> wantLease;        // groups this node would take over once it holds their lease
        bool fencePeer = false;         // a takeover waits for the peer to be fenced
        QMap<QString, Desired> desired; // every group not busy
    };

    static Decision decide(const AgentConfig& config, const ClusterSnapshot& snapshot);

    // Automatic failover may take `group` only if the peer's last published lag allows it.
    static bool lagAllowsFailover(const AgentConfig& config, const NodeClaims& peerLast, const QString& group);

private:
    // A takeover after the peer was lost: at once, or once the peer is fenced where it can be.
    static void takeOver(const ClusterSnapshot& s, const QString& group, qint64 nextEpoch, Decision* d);
    static void decideExclusive(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                qint64 nextEpoch, Decision* d);
    static void decideHeldWithoutPeer(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                      qint64 nextEpoch, Decision* d);
    static void decideWithWitness(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                  qint64 nextEpoch, Decision* d);
    static void decideDuplex(const ClusterSnapshot& s, const QString& group, qint64 nextEpoch, Decision* d);
};

} // namespace twinha::agent
