#include "agent/coordinator/SwitchoverCheck.h"

#include "agent/coordinator/ClusterRules.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {
RpcError err(const char* code, const QJsonObject& params)
{
    return RpcError::make(QString::fromLatin1(code), params);
}

// A group's state as the node that runs it reports it.
protocol::RunState stateOn(const ClusterSnapshot& s, const QString& node, const QString& group)
{
    if (node == s.self)
        return s.mine.groupState(group);
    return s.peer ? s.peer->groupState(group) : protocol::RunState::Unknown;
}

bool heldBy(const ClusterSnapshot& s, const QString& node, const QString& group)
{
    if (node == s.self)
        return s.holds(group);
    return s.peer && s.peer->holds(group);
}

// Who moves where: resolves the defaults and the duplex meaning of "to" (drain the other node, or
// bring a drained node back).
void resolve(const AgentConfig& config, const ClusterSnapshot& s, const QString& to, SwitchoverCheck* c)
{
    const QString g = c->group;
    if (rules::isDuplex(config)) {
        c->to = to.isEmpty() ? s.peerName : to;
        const QString other = rules::otherNode(config, c->to);
        if (!heldBy(s, c->to, g)) {
            c->kind = protocol::OperationKind::Undrain;
            c->executor = c->to;
        } else if (heldBy(s, other, g)) {
            c->kind = protocol::OperationKind::Drain;
            c->from = other;
            c->executor = other;
        } else {
            c->invalid = err(codes::kAlreadyActive, {{QStringLiteral("group"), g}, {QStringLiteral("node"), c->to}});
        }
        return;
    }
    c->kind = protocol::OperationKind::Switchover;
    if (s.holds(g))
        c->from = s.self;
    else if (s.peer && s.peer->holds(g))
        c->from = s.peerName;
    c->to =
        !to.isEmpty() ? to : (c->from.isEmpty() ? rules::designatedNode(config, g) : rules::otherNode(config, c->from));
    if (!c->from.isEmpty() && c->to == c->from)
        c->invalid = err(codes::kAlreadyActive, {{QStringLiteral("group"), g}, {QStringLiteral("node"), c->to}});
    c->executor = c->from;
}
} // namespace

SwitchoverCheck SwitchoverCheck::evaluate(const AgentConfig& config, const ClusterSnapshot& s, const QString& group,
                                          const QString& to, bool recovery)
{
    SwitchoverCheck c;
    c.group = group;
    if (c.group.isEmpty() && config.groups.size() == 1)
        c.group = config.groups.first().name;
    if (c.group.isEmpty()) {
        c.invalid = err(codes::kInvalidParams, {{QStringLiteral("detail"), QStringLiteral("group is required")}});
        return c;
    }
    if (!config.group(c.group)) {
        c.invalid = err(codes::kUnknownGroup, {{QStringLiteral("group"), c.group}});
        return c;
    }
    if (!to.isEmpty() && !config.hasNode(to)) {
        c.invalid = err(codes::kUnknownNode, {{QStringLiteral("node"), to}});
        return c;
    }
    resolve(config, s, to, &c);
    if (!c.invalid.isNull())
        return c;
    const QString& g = c.group;
    using protocol::PreCheck;
    const auto add = [&c](PreCheck check, const RpcError& failure = {}, const QString& channel = {}) {
        c.items.append({check, channel, failure});
    };

    const NodeClaims* peer = s.livePeer();
    if (c.kind == protocol::OperationKind::Switchover && !peer && c.to == s.self && c.from != s.self) {
        c.takeover = true;
        c.executor = s.self;
    }
    // In maintenance mode a planned move needs force; readiness says so instead of "ready".
    add(PreCheck::Maintenance,
        s.maintenance.covers(g)
            ? err(codes::kMaintenanceMode, {{QStringLiteral("group"), g}, {QStringLiteral("by"), s.maintenance.actor}})
            : RpcError());
    add(PreCheck::PeerReachable,
        peer ? RpcError() : err(codes::kPeerUnreachable, {{QStringLiteral("peer"), s.peerName}}));
    const QString peerSum = s.peer ? s.peer->checksum : QString();
    add(PreCheck::ConfigMatch, !s.peer || peerSum == s.mine.checksum
                                   ? RpcError()
                                   : err(codes::kConfigMismatch, {{QStringLiteral("local"), s.mine.checksum},
                                                                  {QStringLiteral("peer"), peerSum}}));
    const OperationRecord running = s.runningOperation();
    add(PreCheck::NoOperation,
        running.isNull()
            ? RpcError()
            : err(codes::kOperationInProgress, {{QStringLiteral("id"), running.id},
                                                {QStringLiteral("kind"), protocol::operationKindName(running.kind)},
                                                {QStringLiteral("group"), running.group}}));
    if (c.kind == protocol::OperationKind::Switchover) {
        add(PreCheck::ActiveNode,
            c.from.isEmpty() ? err(codes::kNoActiveNode, {{QStringLiteral("group"), g}}) : RpcError());
        add(PreCheck::SplitBrain, s.holds(g) && peer && peer->holds(g)
                                      ? err(codes::kSplitBrain, {{QStringLiteral("group"), g}})
                                      : RpcError());
    }
    // The node that keeps or gets the service must be able to run it.
    const QString runner = c.kind == protocol::OperationKind::Drain ? c.to : c.from;
    if (!runner.isEmpty() && c.kind != protocol::OperationKind::Undrain) {
        const protocol::RunState state = stateOn(s, runner, g);
        c.recovery = recovery && c.kind == protocol::OperationKind::Switchover && runner == c.from;
        add(PreCheck::GroupRunning,
            state == protocol::RunState::Running || (c.recovery && state == protocol::RunState::Failed)
                ? RpcError()
                : err(codes::kGroupNotRunning, {{QStringLiteral("group"), g}, {QStringLiteral("node"), runner}}));
    }
    if (c.kind != protocol::OperationKind::Drain)
        add(PreCheck::TargetHealthy,
            stateOn(s, c.to, g) == protocol::RunState::Failed
                ? err(codes::kGroupFailed, {{QStringLiteral("group"), g}, {QStringLiteral("node"), c.to}})
                : RpcError());
    if (c.kind == protocol::OperationKind::Switchover) {
        // Lag as the source measures it: this node's own channels, or what the peer last published.
        const NodeClaims* source = c.from == s.self ? &s.mine : (s.peer ? &*s.peer : nullptr);
        for (const ReplicationConfig* ch : rules::channelsOf(config, g)) {
            const NodeClaims::Lag lag = source ? source->lag.value(ch->name) : NodeClaims::Lag{};
            const bool high = lag.lagS && *lag.lagS > ch->maxLagS;
            RpcError failure;
            // A channel that cannot ship now could not drain either: say why instead of rolling back.
            if (lag.state == protocol::ReplicationState::Error)
                failure =
                    RpcError::make(lag.error.isEmpty() ? QString::fromLatin1(codes::kReplicationSyncFailed) : lag.error,
                                   {{QStringLiteral("channel"), ch->name}});
            else if (high)
                failure = err(codes::kReplicationLagTooHigh, {{QStringLiteral("channel"), ch->name},
                                                              {QStringLiteral("lag_s"), *lag.lagS},
                                                              {QStringLiteral("limit_s"), ch->maxLagS}});
            else if (ch->maxLagBytes > 0 && lag.lagBytes && *lag.lagBytes > ch->maxLagBytes)
                failure = err(codes::kReplicationLagBytesTooHigh, {{QStringLiteral("channel"), ch->name},
                                                                   {QStringLiteral("lag_bytes"), *lag.lagBytes},
                                                                   {QStringLiteral("limit_bytes"), ch->maxLagBytes}});
            add(PreCheck::ReplicationLag, failure, ch->name);
        }
    }
    return c;
}

} // namespace twinha::agent
