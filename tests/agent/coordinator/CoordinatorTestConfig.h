#pragma once

// Builds AgentConfig values and peer payloads for the coordinator's table-driven tests, from short
// strings that keep each table row on one line.

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClusterDecider.h"
#include "agent/coordinator/ClusterSnapshot.h"
#include "agent/coordinator/NodeClaims.h"

#include <QStringList>

namespace twinha::agent::test {

// Nodes n1 and n2. hot-standby: group g preferred by n1 with channel r (max lag 5 s).
// mutual-backup: a (n1) and b (n2). duplex: g, no preference.
inline AgentConfig clusterConfig(const QString& mode, bool automatic = false, bool tiebreakers = true)
{
    AgentConfig c;
    c.cluster.name = QStringLiteral("c");
    c.cluster.modeName = mode;
    c.cluster.mode = protocol::clusterModeFrom(mode);
    c.checksum = QStringLiteral("sum");
    c.nodes = {{QStringLiteral("n1")}, {QStringLiteral("n2")}};
    ResourceConfig res;
    res.name = QStringLiteral("ip");
    res.typeName = QStringLiteral("script");
    res.type = ResourceType::Script;
    if (mode == QLatin1String("mutual-backup")) {
        c.groups = {{QStringLiteral("a"), QStringLiteral("n1"), {res}},
                    {QStringLiteral("b"), QStringLiteral("n2"), {res}}};
    } else {
        c.groups = {{QStringLiteral("g"), mode == QLatin1String("duplex") ? QString() : QStringLiteral("n1"), {res}}};
        ReplicationConfig r;
        r.name = QStringLiteral("r");
        r.group = QStringLiteral("g");
        r.type = ReplicationType::Command;
        r.maxLagS = 5;
        c.replications = {r};
    }
    c.failover.automatic = automatic;
    if (tiebreakers)
        c.failover.tiebreakers = {QStringLiteral("192.0.2.1")};
    return c;
}

// "none" or tokens: epoch=N, sum=S, GROUP=held/STATE or GROUP=free/STATE, lag:CHANNEL=X|null,
// op=GROUP (a running switchover of GROUP), req=GROUP (a pending request), tb=1|0, hears=1|0,
// e:GROUP=N (the group's own epoch; without it the payload is an older agent's, one epoch for all).
inline std::optional<NodeClaims> payload(const QString& text)
{
    if (text == QLatin1String("none"))
        return std::nullopt;
    NodeClaims p;
    p.checksum = QStringLiteral("sum");
    QMap<QString, qint64> groupEpochs;
    for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = token.section(QLatin1Char('='), 0, 0);
        const QString value = token.section(QLatin1Char('='), 1);
        if (key == QLatin1String("epoch")) {
            p.epoch = value.toLongLong();
        } else if (key == QLatin1String("sum")) {
            p.checksum = value;
        } else if (key.startsWith(QLatin1String("lag:"))) {
            p.lag.insert(key.mid(4),
                         {value == QLatin1String("null") ? std::nullopt : std::optional<double>(value.toDouble()),
                          twinha::protocol::ReplicationState::InSync, QString(), std::nullopt, false});
        } else if (key == QLatin1String("op")) {
            p.op.id = QStringLiteral("op1");
            p.op.kind = protocol::OperationKind::Switchover;
            p.op.group = value;
            p.op.phase = protocol::OperationPhase::Stop;
        } else if (key == QLatin1String("req")) {
            p.request = NodeClaims::Request{QStringLiteral("rq1"), value, QString(), false, QString()};
        } else if (key == QLatin1String("tb")) {
            p.tiebreaker = value == QLatin1String("1");
        } else if (key == QLatin1String("hears")) {
            p.hearsPeer = value == QLatin1String("1");
        } else if (key.startsWith(QLatin1String("e:"))) {
            groupEpochs.insert(key.mid(2), value.toLongLong());
        } else {
            // GROUP=held|free/STATE[/runs]: "runs" when its monitors say it runs (a failed stop, say).
            const QString runs = value.section(QLatin1Char('/'), 2);
            p.groups.insert(key, {value.section(QLatin1Char('/'), 0, 0) == QLatin1String("held"),
                                  protocol::runStateFrom(value.section(QLatin1Char('/'), 1, 1)),
                                  runs.isEmpty() ? std::nullopt : std::optional<bool>(runs == QLatin1String("runs")),
                                  std::nullopt});
        }
    }
    for (auto it = groupEpochs.begin(); it != groupEpochs.end(); ++it)
        p.groups[it.key()].epoch = it.value();
    return p;
}

// A decision's actions as "take:g@3,stepdown:a@4", or "none".
inline QString actionsText(const ClusterDecider::Decision& d)
{
    QStringList out;
    for (const ClusterDecider::Action& a : d.actions)
        out << QStringLiteral("%1:%2@%3")
                   .arg(a.kind == ClusterDecider::Action::Kind::Take ? QStringLiteral("take")
                                                                     : QStringLiteral("stepdown"),
                        a.group)
                   .arg(a.epoch);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QLatin1Char(','));
}

// What the decision wants of each group, as "g=run,a=stop", or "-".
inline QString desiredText(const ClusterDecider::Decision& d)
{
    QStringList out;
    for (auto it = d.desired.begin(); it != d.desired.end(); ++it)
        out << it.key() + QLatin1Char('=') +
                   (it.value() == ClusterDecider::Desired::Run    ? QStringLiteral("run")
                    : it.value() == ClusterDecider::Desired::Stop ? QStringLiteral("stop")
                                                                  : QStringLiteral("leave"));
    return out.isEmpty() ? QStringLiteral("-") : out.join(QLatin1Char(','));
}

// A snapshot of node `self` for the rule tables. mine: "EPOCH [GROUP=ROLE[@GROUP_EPOCH] ...]" (a group
// without its own epoch has the node's, as in an older state file); peerView: alive,
// lost (silent for 5 s), lost-recently (silent just past the 1000 ms dead time), unseen (never heard
// since start) or grace (just started); peer: a payload() text.
inline ClusterSnapshot snapshot(const AgentConfig& config, const QString& self, const QString& mine,
                                const QString& peerView, const QString& peer)
{
    ClusterSnapshot s;
    s.self = self;
    s.peerName = config.peerOf(self);
    const QStringList parts = mine.split(QLatin1Char(' '));
    s.epoch = parts.first().toLongLong();
    for (const QString& part : parts.mid(1)) {
        const QString group = part.section(QLatin1Char('='), 0, 0);
        const QString role = part.section(QLatin1Char('='), 1);
        s.assigned.insert(group, protocol::roleFrom(role.section(QLatin1Char('@'), 0, 0)));
        s.epochs.insert(group,
                        role.contains(QLatin1Char('@')) ? role.section(QLatin1Char('@'), 1).toLongLong() : s.epoch);
    }
    s.mine.epoch = s.epoch;
    s.mine.checksum = config.checksum;
    s.peerAlive = peerView == QLatin1String("alive");
    s.peerSeen = s.peerAlive || peerView.startsWith(QLatin1String("lost"));
    s.startupGrace = peerView == QLatin1String("grace");
    s.peerSilenceMs = s.peerAlive ? 100 : peerView == QLatin1String("lost-recently") ? 1200 : s.peerSeen ? 5000 : -1;
    s.peer = payload(peer);
    return s;
}

} // namespace twinha::agent::test
