#include "agentlink/ClusterView.h"

#include <QJsonArray>

#include <algorithm>

namespace twinha::agentlink {

namespace {
using protocol::RpcError;

RpcError errorFrom(const QJsonValue& value)
{
    QJsonObject o = value.toObject();
    if (!o.value(QStringLiteral("code")).isString())
        return {};
    const QString code = o.take(QStringLiteral("code")).toString();
    return RpcError::make(code, o);
}

std::optional<double> optionalDouble(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> optionalInt(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

// Still on its first attempt: neither an answer nor an error yet.
bool firstAttempt(const NodeView& n)
{
    return !n.settled() && n.link != LinkState::Idle;
}

QJsonObject statusObject(const NodeView& n)
{
    return n.status ? n.status->extra : QJsonObject();
}

bool peerAlive(const NodeView& n)
{
    return statusObject(n).value(QStringLiteral("peer")).toObject().value(QStringLiteral("alive")).toBool();
}

void mergeLinks(ClusterView& view, const QList<NodeView>& nodes)
{
    for (int i = 0; i < 2; ++i) {
        if (!nodes.at(i).status)
            continue;
        for (const QJsonValue& v : statusObject(nodes.at(i)).value(QStringLiteral("links")).toArray()) {
            const QString name = v[QStringLiteral("name")].toString();
            auto it = std::find_if(view.links.begin(), view.links.end(),
                                   [&name](const HeartbeatLinkView& l) { return l.name == name; });
            if (it == view.links.end()) {
                view.links.append(HeartbeatLinkView{});
                it = view.links.end() - 1;
                it->name = name;
            }
            it->state[i] = protocol::heartbeatLinkStateFrom(v[QStringLiteral("state")].toString());
            it->rttMs[i] = v[QStringLiteral("rtt_ms")].toDouble(-1);
            it->lossPct[i] = v[QStringLiteral("loss_pct")].toDouble(-1);
            it->lastHeardMs[i] = v[QStringLiteral("last_heard_ms")].toInteger(-1);
        }
    }
}

void mergeGroups(ClusterView& view, const QList<NodeView>& nodes)
{
    std::array<QStringList, 2> runsNow; // groups a reached node holds or may run (a failed stop counts)
    for (int i = 0; i < 2; ++i) {
        const NodeView& n = nodes.at(i);
        const QJsonObject status = statusObject(n);
        // Only a reached node's verdict counts: a stale one is about a past that may be over.
        const QJsonArray splitGroups =
            n.live() ? status.value(QStringLiteral("split_brain_groups")).toArray() : QJsonArray();
        for (const QJsonValue& v : status.value(QStringLiteral("groups")).toArray()) {
            const QString name = v[QStringLiteral("name")].toString();
            auto it = std::find_if(view.groups.begin(), view.groups.end(),
                                   [&name](const GroupView& g) { return g.name == name; });
            if (it == view.groups.end()) {
                view.groups.append(GroupView{});
                it = view.groups.end() - 1;
                it->name = name;
                it->preferred = v[QStringLiteral("preferred")].toString();
            }
            if (v[QStringLiteral("state")].isString()) // none: not reported
                it->state[i] = protocol::runStateFrom(v[QStringLiteral("state")].toString());
            for (const QJsonValue& r : v[QStringLiteral("resources")].toArray())
                it->resources[i].append({r[QStringLiteral("name")].toString(), r[QStringLiteral("type")].toString(),
                                         protocol::runStateFrom(r[QStringLiteral("state")].toString()),
                                         errorFrom(r[QStringLiteral("reason")])});
            if (!n.live())
                continue; // a silent node's last word is history (GroupView::lastClaim), never a holder
            const bool held = v[QStringLiteral("held")].toBool();
            const bool mayRun = v[QStringLiteral("may_run")].toBool();
            if (held)
                it->holders.append(n.endpoint.name);
            it->stopFailed[i] = !held && mayRun;
            if (held || mayRun)
                runsNow[i].append(name);
            if (splitGroups.contains(QJsonValue(name)))
                it->splitBrain = true;
        }
    }
    // A node the console cannot hear now, but its reached peer does: take the peer's word for what it runs.
    for (int i = 0; i < 2; ++i) {
        const NodeView& peer = nodes.at(1 - i);
        if (nodes.at(i).live() || !peer.live() || !peerAlive(peer))
            continue;
        const QString name = nodes.at(i).endpoint.name;
        for (const QJsonValue& v : statusObject(peer).value(QStringLiteral("groups")).toArray()) {
            if (!v[QStringLiteral("active_nodes")].toArray().contains(QJsonValue(name)))
                continue;
            for (GroupView& g : view.groups)
                if (g.name == v[QStringLiteral("name")].toString() && !g.holders.contains(name))
                    g.holders.append(name);
        }
    }
    for (GroupView& g : view.groups) {
        // Split-brain only on evidence that both run it now: both reached, both saying so.
        if (view.mode != protocol::ClusterMode::Duplex && runsNow[0].contains(g.name) && runsNow[1].contains(g.name))
            g.splitBrain = true;
        for (int i = 0; i < 2; ++i)
            if (!nodes.at(i).live() && !g.holders.contains(nodes.at(i).endpoint.name))
                g.lastClaim[i] = StaleClaim::of(nodes, i, g.name);
        std::sort(g.holders.begin(), g.holders.end());
    }
}

void mergeReadiness(ClusterView& view, const QList<NodeView>& nodes)
{
    // Whose verdict counts: the source node's, then any node still reached, then stale words.
    QList<int> rank;
    for (int i = 0; i < 2; ++i) {
        if (!nodes.at(i).status)
            continue;
        for (const QJsonValue& v : statusObject(nodes.at(i)).value(QStringLiteral("readiness")).toArray()) {
            ReadinessView r;
            r.group = v[QStringLiteral("group")].toString();
            r.kind = protocol::operationKindFrom(v[QStringLiteral("kind")].toString());
            r.from = v[QStringLiteral("from")].toString();
            r.to = v[QStringLiteral("to")].toString();
            r.ready = v[QStringLiteral("ready")].toBool();
            for (const QJsonValue& reason : v[QStringLiteral("reasons")].toArray())
                r.reasons.append(errorFrom(reason));
            r.reporter = i;
            const int score = (nodes.at(i).live() ? 2 : 0) + (r.from == nodes.at(i).endpoint.name ? 1 : 0);
            const auto it = std::find_if(view.readiness.begin(), view.readiness.end(),
                                         [&r](const ReadinessView& x) { return x.group == r.group; });
            if (it == view.readiness.end()) {
                view.readiness.append(r);
                rank.append(score);
            } else if (score > rank.at(it - view.readiness.begin())) {
                rank[it - view.readiness.begin()] = score;
                *it = r;
            }
        }
    }
}

void mergeChannels(ClusterView& view, const QList<NodeView>& nodes)
{
    QList<int> rank;
    for (int i = 0; i < 2; ++i) {
        for (const QJsonValue& v : statusObject(nodes.at(i)).value(QStringLiteral("replication")).toArray()) {
            ChannelView c;
            c.name = v[QStringLiteral("name")].toString();
            c.group = v[QStringLiteral("group")].toString();
            c.type = v[QStringLiteral("type")].toString();
            c.reportedBy = nodes.at(i).endpoint.name;
            c.state = protocol::replicationStateFrom(v[QStringLiteral("state")].toString());
            c.lagS = optionalDouble(v[QStringLiteral("lag_s")]);
            c.maxLagS = v[QStringLiteral("max_lag_s")].toDouble();
            const QJsonObject pg = v[QStringLiteral("postgresql")].toObject();
            if (!pg.isEmpty()) { // WAL bytes; a mirror's bytes are what it has pending (below)
                c.lagBytes = optionalInt(v[QStringLiteral("lag_bytes")]);
                c.maxLagBytes = v[QStringLiteral("max_lag_bytes")].toInteger();
            }
            c.streamState = pg.value(QStringLiteral("state")).toString();
            c.timeline = pg.value(QStringLiteral("timeline")).toInt();
            c.synchronous = pg.value(QStringLiteral("synchronous")).toBool();
            c.pendingFiles = optionalInt(v[QStringLiteral("pending_files")]);
            c.pendingBytes = optionalInt(v[QStringLiteral("pending_bytes")]);
            c.lastSync = QDateTime::fromString(v[QStringLiteral("last_sync")].toString(), Qt::ISODateWithMs);
            c.error = errorFrom(v[QStringLiteral("error")]);
            const QJsonObject kept = v[QStringLiteral("kept")].toObject();
            if (!kept.isEmpty())
                c.kept.append({c.reportedBy, kept.value(QStringLiteral("sets")).toInteger(),
                               kept.value(QStringLiteral("files")).toInteger(),
                               kept.value(QStringLiteral("latest"))[QStringLiteral("path")].toString()});
            // A node heard now beats a silent one's last word; then the source, which measures the lag
            // (the target only knows what it received).
            const int score =
                (nodes.at(i).live() ? 2 : 0) + (protocol::replicationSideFrom(v[QStringLiteral("role")].toString()) ==
                                                        protocol::ReplicationSide::Source
                                                    ? 1
                                                    : 0);
            auto it = std::find_if(view.channels.begin(), view.channels.end(),
                                   [&c](const ChannelView& x) { return x.name == c.name; });
            if (it == view.channels.end()) {
                view.channels.append(c);
                rank.append(score);
            } else if (score > rank.at(it - view.channels.begin())) {
                rank[it - view.channels.begin()] = score;
                c.kept = it->kept + c.kept;
                *it = c;
            } else {
                it->kept += c.kept;
            }
        }
    }
}

void pickOperation(ClusterView& view, const QList<NodeView>& nodes)
{
    for (int i = 0; i < 2; ++i) {
        const QJsonValue op = statusObject(nodes.at(i)).value(QStringLiteral("operation"));
        if (!op.isObject())
            continue;
        const OperationView candidate = OperationView::fromJson(op.toObject());
        if (view.operation.isNull() || candidate.startedAtMs > view.operation.startedAtMs ||
            (candidate.id == view.operation.id && candidate.isFinal() && !view.operation.isFinal()))
            view.operation = candidate;
    }
}

void diagnose(ClusterView& view, const QList<NodeView>& nodes)
{
    const bool live0 = nodes.at(0).live();
    const bool live1 = nodes.at(1).live();
    const bool anySplit =
        std::any_of(view.groups.cbegin(), view.groups.cend(), [](const GroupView& g) { return g.splitBrain; }) ||
        (live0 && statusObject(nodes.at(0)).value(QStringLiteral("split_brain")).toBool()) ||
        (live1 && statusObject(nodes.at(1)).value(QStringLiteral("split_brain")).toBool());
    if (!live0 && !live1) {
        view.diagnosis = (firstAttempt(nodes.at(0)) || firstAttempt(nodes.at(1))) ? ClusterDiagnosis::Connecting
                                                                                  : ClusterDiagnosis::BothUnreachable;
    } else if (anySplit) {
        view.diagnosis = ClusterDiagnosis::SplitBrain;
    } else if (live0 && live1) {
        view.diagnosis = (peerAlive(nodes.at(0)) && peerAlive(nodes.at(1))) ? ClusterDiagnosis::Healthy
                                                                            : ClusterDiagnosis::NodesApart;
    } else {
        const int seen = live0 ? 0 : 1;
        view.subjectNode = 1 - seen;
        if (firstAttempt(nodes.at(view.subjectNode)))
            view.diagnosis = ClusterDiagnosis::Connecting;
        else
            view.diagnosis = peerAlive(nodes.at(seen)) ? ClusterDiagnosis::ConsoleLostNode : ClusterDiagnosis::NodeDown;
    }

    switch (view.diagnosis) {
    case ClusterDiagnosis::Connecting:
        view.health = ClusterHealth::Connecting;
        break;
    case ClusterDiagnosis::BothUnreachable:
        view.health = ClusterHealth::Unreachable;
        break;
    case ClusterDiagnosis::SplitBrain:
        view.health = ClusterHealth::SplitBrain;
        break;
    case ClusterDiagnosis::NodesApart:
    case ClusterDiagnosis::ConsoleLostNode:
    case ClusterDiagnosis::NodeDown:
        view.health = ClusterHealth::Degraded;
        break;
    case ClusterDiagnosis::Healthy: {
        const bool unplaced = std::any_of(view.groups.cbegin(), view.groups.cend(),
                                          [](const GroupView& g) { return g.holders.isEmpty(); });
        const bool degraded =
            view.anyLinkDown() || view.configMismatch || view.resourceFailed || view.lagOverLimit || unplaced;
        view.health = degraded ? ClusterHealth::Degraded : ClusterHealth::Ok;
        break;
    }
    }
}
} // namespace

const char* clusterHealthName(ClusterHealth health)
{
    switch (health) {
    case ClusterHealth::Connecting:
        return "connecting";
    case ClusterHealth::Ok:
        return "ok";
    case ClusterHealth::Degraded:
        return "degraded";
    case ClusterHealth::SplitBrain:
        return "split_brain";
    case ClusterHealth::Unreachable:
        return "unreachable";
    }
    return "unknown";
}

const char* clusterDiagnosisName(ClusterDiagnosis diagnosis)
{
    switch (diagnosis) {
    case ClusterDiagnosis::Connecting:
        return "connecting";
    case ClusterDiagnosis::Healthy:
        return "healthy";
    case ClusterDiagnosis::NodesApart:
        return "nodes_apart";
    case ClusterDiagnosis::ConsoleLostNode:
        return "console_lost_node";
    case ClusterDiagnosis::NodeDown:
        return "node_down";
    case ClusterDiagnosis::SplitBrain:
        return "split_brain";
    case ClusterDiagnosis::BothUnreachable:
        return "both_unreachable";
    }
    return "unknown";
}

FactSource ClusterView::sourceOf(const QString& node) const
{
    for (const FactSource& s : sources)
        if (!node.isEmpty() && s.node == node)
            return s;
    return {node, false, {}};
}

bool ClusterView::anyLinkDown() const
{
    return std::any_of(links.cbegin(), links.cend(), [](const HeartbeatLinkView& l) { return l.downSomewhere(); });
}

ClusterView ClusterView::build(const QList<NodeView>& nodes)
{
    ClusterView view;
    if (nodes.size() < 2)
        return view;
    for (int i = 0; i < 2; ++i) {
        view.sources[size_t(i)] = FactSource::of(nodes.at(i));
        if (!nodes.at(i).status)
            continue;
        const QJsonObject s = statusObject(nodes.at(i));
        if (const QString mode = s.value(QStringLiteral("mode")).toString(); !view.mode && !mode.isEmpty())
            view.mode = protocol::clusterModeFrom(mode);
        view.epoch = std::max(view.epoch, nodes.at(i).status->epoch);
        if (s.contains(QStringLiteral("config_checksum_match")) &&
            !s.value(QStringLiteral("config_checksum_match")).toBool())
            view.configMismatch = true;
    }
    mergeLinks(view, nodes);
    mergeGroups(view, nodes);
    mergeReadiness(view, nodes);
    mergeChannels(view, nodes);
    pickOperation(view, nodes);
    view.protection = ProtectionView::build(nodes);
    view.maintenance = MaintenanceView::build(nodes);
    for (const GroupView& g : std::as_const(view.groups))
        for (const QList<ResourceView>& list : g.resources)
            for (const ResourceView& r : list)
                view.resourceFailed = view.resourceFailed || r.state == protocol::RunState::Failed;
    for (const GroupView& g : std::as_const(view.groups)) {
        for (const std::optional<protocol::RunState>& state : g.state)
            view.resourceFailed = view.resourceFailed || state == protocol::RunState::Failed;
        view.resourceFailed = view.resourceFailed || g.stopFailed[0] || g.stopFailed[1];
    }
    view.lagOverLimit =
        std::any_of(view.channels.cbegin(), view.channels.cend(), [](const ChannelView& c) { return c.overLimit(); });
    diagnose(view, nodes);
    return view;
}

} // namespace twinha::agentlink
