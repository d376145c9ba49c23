#include "agent/coordinator/ClusterDecider.h"

#include "agent/coordinator/ClusterRules.h"
#include "agent/witness/LeaseTerms.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;
using Action = ClusterDecider::Action;
using Desired = ClusterDecider::Desired;

namespace {
Action act(Action::Kind kind, const QString& group, qint64 epoch, protocol::RoleCause cause,
           const protocol::RpcError& reason = {})
{
    return {kind, group, epoch, reason, cause};
}

// A group the peer is still running (or starting, or stopping) must not be started here as well.
bool peerMayStillRun(const NodeClaims& peer, const QString& group)
{
    return protocol::mayHoldResources(peer.groupState(group));
}
// Its monitors say the group runs there, and it is not on its way up or down (a switchover's or a
// step-down's passing moment is no split-brain; a stop that failed is).
bool runsSteadily(const NodeClaims& node, const QString& group)
{
    const protocol::RunState state = node.groupState(group);
    return node.mayRun(group) && state != protocol::RunState::Stopping && state != protocol::RunState::Starting;
}
} // namespace

ClusterDecider::Decision ClusterDecider::decide(const AgentConfig& config, const ClusterSnapshot& s)
{
    Decision d;
    const qint64 peerEpoch = s.peer ? s.peer->epoch : 0;
    // Every role change raises the cluster-wide epoch past both nodes' values.
    const qint64 nextEpoch = std::max(s.epoch, peerEpoch) + 1;
    if (s.livePeer() && peerEpoch > s.epoch)
        d.adoptEpoch = peerEpoch;
    const QSet<QString> busy = s.busyGroups();
    for (const GroupConfig& g : config.groups) {
        if (busy.contains(g.name))
            continue;
        if (s.maintenance.covers(g.name)) {
            // Hands off: watched, reported, never started, stopped or moved by the agents.
            d.desired.insert(g.name, Desired::Leave);
            if (s.holds(g.name) && s.livePeer() && s.livePeer()->holds(g.name))
                d.splitBrain.append(g.name);
            continue;
        }
        if (rules::isDuplex(config))
            decideDuplex(s, g.name, nextEpoch, &d);
        else
            decideExclusive(config, s, g.name, nextEpoch, &d);
    }
    return d;
}

void ClusterDecider::decideExclusive(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                     qint64 nextEpoch, Decision* d)
{
    const bool mine = s.holds(group);
    const NodeClaims* peer = s.livePeer();
    if (!mine) {
        d->desired.insert(group, Desired::Stop);
        if (peer && peer->holds(group) && runsSteadily(s.mine, group))
            d->splitBrain.append(group); // our stop failed: the group may still run here too
        // A config change is under way (ConfigApply): a silent peer may only have moved to other
        // ports, so nothing is started here. What this node runs goes on under the rules below.
        if (s.configFrozen)
            return;
        if (peer) {
            // Fresh (or abandoned) group and both nodes see each other: the designated node takes it.
            if (!peer->holds(group) && rules::designatedNode(config, group) == s.self && !peerMayStillRun(*peer, group))
                d->actions.append(act(Action::Kind::Take, group, nextEpoch, protocol::RoleCause::Fresh));
            return;
        }
        // wait_for_all: without the peer, only automatic failover may take a group.
        if (s.peerAlive || !s.peerSeen || !config.failover.automatic || !s.peer)
            return;
        if (!lagAllowsFailover(config, *s.peer, group))
            return;
        if (s.witness) { // the witness's lease is the vote; the ping tiebreaker adds nothing to it
            d->wantLease.insert(group);
            // Held, and the peer silent long enough that, had it been running without a lease of its
            // own (a witness that never answered it), it has stopped by now: it noticed the
            // silence as early as we did and stops within the lease's stop margin.
            const qint64 settled = config.timing.deadTimeMs + LeaseTerms{config.witness.ttlMs}.stopMarginMs();
            if (s.lease(group) == LeaseAnswer::Held && s.peerSilenceMs >= settled)
                takeOver(s, group, nextEpoch, d);
            return;
        }
        d->needTiebreaker = true; // re-probed every second while the peer stays missing
        // Its heartbeats still come, only too late to be heard: it lives, and runs the group, so
        // the dead time counts from when it sent the latest (the coordinator's tick looks again).
        const bool lateSignsOfLife = s.peerLateSignMs >= 0 && s.peerLateSignMs < config.timing.deadTimeMs;
        if (s.tiebreaker == TiebreakerAnswer::Reachable && !lateSignsOfLife)
            takeOver(s, group, nextEpoch, d);
        return;
    }
    // A peer that we hear but that does not hear us (one direction of the heartbeat lost) may be
    // asking the witness for the lease right now: only the lease lets this node run on.
    if (peer && s.witness && config.failover.automatic && peer->hearsPeer == false && !peer->holds(group)) {
        decideWithWitness(config, s, group, nextEpoch, d);
        return;
    }
    if (peer) {
        if (!peer->holds(group)) {
            d->desired.insert(group, Desired::Run);
            // Judged by what runs: a stop that failed over there leaves the group running on both.
            if (runsSteadily(*peer, group))
                d->splitBrain.append(group);
            return;
        }
        // Both hold it: the lower epoch, or at equal epochs the node that is not preferred, yields.
        // The older claim to this group yields, whatever other groups did meanwhile.
        d->splitBrain.append(group);
        const auto [ours, theirs] = s.claimEpochs(group);
        const bool yield = ours < theirs || (ours == theirs && rules::tieWinner(config, group) != s.self);
        if (yield) {
            d->desired.insert(group, Desired::Stop);
            d->actions.append(act(Action::Kind::StepDown, group, nextEpoch, protocol::RoleCause::SplitBrain,
                                  protocol::RpcError::make(QString::fromLatin1(codes::kSplitBrain),
                                                           {{QStringLiteral("group"), group},
                                                            {QStringLiteral("epoch"), ours},
                                                            {QStringLiteral("peer_epoch"), theirs}})));
        } else {
            d->desired.insert(group, Desired::Run);
        }
        return;
    }
    if (s.peerAlive) { // alive but without a payload we understand (an older agent): keep what we hold
        d->desired.insert(group, Desired::Run);
        return;
    }
    if (s.witness && config.failover.automatic)
        decideWithWitness(config, s, group, nextEpoch, d);
    else
        decideHeldWithoutPeer(config, s, group, nextEpoch, d);
}

void ClusterDecider::takeOver(const ClusterSnapshot& s, const QString& group, qint64 nextEpoch, Decision* d)
{
    // A frozen node still holds its addresses and its services still answer: only a node that is
    // off is certainly not serving.
    if (s.fencing && !s.peerFenced) {
        d->fencePeer = true;
        return;
    }
    d->actions.append(act(Action::Kind::Take, group, nextEpoch, protocol::RoleCause::Failover));
}

void ClusterDecider::decideWithWitness(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                       qint64 nextEpoch, Decision* d)
{
    // Without the peer, only the lease allows running: the peer may hold it now, or get it the moment
    // ours runs out. LeaseBackend counts "held" only until the stop margin before the lease can end.
    const LeaseAnswer lease = s.lease(group);
    if (lease == LeaseAnswer::Held) {
        d->desired.insert(group, Desired::Run);
        return;
    }
    if (lease == LeaseAnswer::Unknown && s.startupGrace) { // restarted: the first answer is on its way
        d->desired.insert(group, Desired::Leave);
        return;
    }
    d->desired.insert(group, Desired::Stop);
    d->actions.append(act(Action::Kind::StepDown, group, nextEpoch, protocol::RoleCause::LeaseLost,
                          protocol::RpcError::make(QString::fromLatin1(codes::kWitnessLeaseLost),
                                                   {{QStringLiteral("group"), group},
                                                    {QStringLiteral("witness"), config.witness.address}})));
}

void ClusterDecider::decideHeldWithoutPeer(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                           qint64 nextEpoch, Decision* d)
{
    const bool tiebreakers = !config.failover.tiebreakers.isEmpty();
    if (!s.peerSeen) {
        // Restarted while holding the group and no peer yet: wait out the dead time, then keep the group
        // only if the network beyond the peer answers.
        if (s.startupGrace || (tiebreakers && s.tiebreaker == TiebreakerAnswer::Unknown)) {
            d->needTiebreaker = !s.startupGrace && tiebreakers;
            d->desired.insert(group, Desired::Leave);
            return;
        }
    } else if (!config.failover.automatic || !tiebreakers) {
        // Manual failover: the peer cannot take over by itself, so losing it is no reason to stop.
        d->desired.insert(group, Desired::Run);
        return;
    } else if (s.tiebreaker == TiebreakerAnswer::Unknown) {
        d->needTiebreaker = true;
        d->desired.insert(group, Desired::Run); // keep serving while the probe runs
        return;
    }
    if (!tiebreakers || s.tiebreaker == TiebreakerAnswer::Reachable) {
        d->needTiebreaker = tiebreakers && config.failover.automatic; // keep re-probing while isolated
        d->desired.insert(group, Desired::Run);
        return;
    }
    d->desired.insert(group, Desired::Stop);
    d->actions.append(act(Action::Kind::StepDown, group, nextEpoch,
                          s.peerSeen ? protocol::RoleCause::Isolated : protocol::RoleCause::Restart,
                          protocol::RpcError::make(
                              QString::fromLatin1(codes::kTiebreakerUnreachable),
                              {{QStringLiteral("targets"), config.failover.tiebreakers.join(QLatin1String(", "))}})));
}

void ClusterDecider::decideDuplex(const ClusterSnapshot& s, const QString& group, qint64 nextEpoch, Decision* d)
{
    // Both nodes run a duplex group, so there is no split-brain to fear; a node only waits for its
    // peer the first time (wait_for_all), and stays drained once an operator drained it.
    const protocol::Role role = s.assigned.value(group, protocol::Role::None);
    if (role == protocol::Role::Active) {
        d->desired.insert(group, s.startupGrace && !s.peerSeen ? Desired::Leave : Desired::Run);
        return;
    }
    d->desired.insert(group, Desired::Stop);
    if (role == protocol::Role::None && s.livePeer() && !s.configFrozen)
        d->actions.append(act(Action::Kind::Take, group, nextEpoch, protocol::RoleCause::Fresh));
}

bool ClusterDecider::lagAllowsFailover(const AgentConfig& config, const NodeClaims& peerLast, const QString& group)
{
    if (!peerLast.holds(group))
        return true; // the peer was not writing this group's data
    for (const ReplicationConfig* c : rules::channelsOf(config, group)) {
        const auto it = peerLast.lag.find(c->name);
        if (it == peerLast.lag.end() || !it->lagS || *it->lagS > c->maxLagS)
            return false;
        if (c->maxLagBytes > 0 && (!it->lagBytes || *it->lagBytes > c->maxLagBytes))
            return false;
        // Synchronous replication: only a standby every commit waited for may take over by itself.
        if (c->synchronousCommit() && !it->synchronous)
            return false;
    }
    return true;
}

} // namespace twinha::agent
