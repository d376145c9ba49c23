#include "agentlink/ProtectionView.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace twinha::agentlink {

namespace {
const QString kProtection = QStringLiteral("protection");
const QString kWitness = QStringLiteral("witness");

QJsonObject statusObject(const NodeView& n)
{
    return n.status ? n.status->extra : QJsonObject();
}

std::optional<qint64> optionalInt(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

LeaseView leaseFrom(const QJsonValue& v, const QString& reporter, bool reporterReachesWitness)
{
    LeaseView l;
    l.group = v[QStringLiteral("group")].toString();
    l.reportedBy = reporter;
    l.remainingMs = optionalInt(v[QStringLiteral("remaining_ms")]);
    l.generation = optionalInt(v[QStringLiteral("generation")]);
    const QString holder = v[QStringLiteral("holder")].toString();
    if (!holder.isEmpty()) {
        l.holder = holder;
        l.holderKnown = true;
    } else if (v[QStringLiteral("held")].toBool()) {
        l.holder = reporter; // "held" without a name: the reporting node holds it
        l.holderKnown = true;
    } else {
        l.vacant = reporterReachesWitness;
    }
    return l;
}

// Lower is fresher: a node that reaches the witness and heard from it lately knows best.
qint64 freshness(const WitnessView& w, int i)
{
    if (!w.reachable[i].value_or(false))
        return std::numeric_limits<qint64>::max();
    return w.answerAgeMs[i].value_or(std::numeric_limits<qint64>::max() - 1);
}

void mergeWitness(ProtectionView& view, const QList<NodeView>& nodes)
{
    WitnessView w;
    bool any = false;
    for (int i = 0; i < 2; ++i) {
        const QJsonValue v = statusObject(nodes.at(i)).value(kWitness);
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (!any) {
            w.address = o.value(QStringLiteral("address")).toString();
            w.ttlMs = o.value(QStringLiteral("ttl_ms")).toInteger();
            any = true;
        }
        if (!nodes.at(i).live()) // a stale word on reachability or leases would mislead
            continue;
        w.reachable[i] = o.value(QStringLiteral("reachable")).toBool();
        w.answerAgeMs[i] = optionalInt(o.value(QStringLiteral("answer_age_ms")));
    }
    if (!any)
        return;
    QList<int> owner; // per lease in w.leases: the node it came from
    for (int i = 0; i < 2; ++i) {
        if (!nodes.at(i).live())
            continue;
        const QJsonArray leases =
            statusObject(nodes.at(i)).value(kWitness).toObject().value(QStringLiteral("leases")).toArray();
        for (const QJsonValue& v : leases) {
            const LeaseView lease = leaseFrom(v, nodes.at(i).endpoint.name, w.reachable[i].value_or(false));
            const auto it = std::find_if(w.leases.begin(), w.leases.end(),
                                         [&lease](const LeaseView& l) { return l.group == lease.group; });
            if (it == w.leases.end()) {
                w.leases.append(lease);
                owner.append(i);
            } else if (freshness(w, i) < freshness(w, owner.at(it - w.leases.begin()))) {
                owner[it - w.leases.begin()] = i;
                *it = lease;
            }
        }
    }
    view.witness = w;
}

void mergeFencing(ProtectionView& view, const QList<NodeView>& nodes)
{
    for (int i = 0; i < 2; ++i) {
        const QJsonObject o = statusObject(nodes.at(i)).value(QStringLiteral("fencing")).toObject();
        if (o.isEmpty())
            continue; // null: this node has no device for its peer
        FencingView f;
        f.reportedBy = nodes.at(i).endpoint.name;
        f.node = o.value(QStringLiteral("node")).toString();
        f.device = o.value(QStringLiteral("device")).toString();
        if (nodes.at(i).live()) { // the device is configuration; its state only as of now
            f.state = protocol::fenceStateFrom(o.value(QStringLiteral("state")).toString());
            f.sinceMs = optionalInt(o.value(QStringLiteral("since_ms")));
            if (o.value(QStringLiteral("code")).isString())
                f.error = protocol::RpcError::make(o.value(QStringLiteral("code")).toString(),
                                                   o.value(QStringLiteral("params")).toObject());
        }
        view.fencing.append(f);
    }
}
} // namespace

QList<int> WitnessView::unanswered() const
{
    QList<int> out;
    for (int i = 0; i < 2; ++i)
        if (reachable[i].has_value() && !*reachable[i])
            out << i;
    return out;
}

QList<int> WitnessView::answered() const
{
    QList<int> out;
    for (int i = 0; i < 2; ++i)
        if (reachable[i].value_or(false))
            out << i;
    return out;
}

bool ProtectionView::mismatch() const
{
    return nodeLevel[0] != ProtectionLevel::Unknown && nodeLevel[1] != ProtectionLevel::Unknown &&
           nodeLevel[0] != nodeLevel[1];
}

bool ProtectionView::fencingFailed() const
{
    return std::any_of(fencing.cbegin(), fencing.cend(),
                       [](const FencingView& f) { return f.state == protocol::FenceState::Failed; });
}

ProtectionView ProtectionView::build(const QList<NodeView>& nodes)
{
    ProtectionView view;
    if (nodes.size() < 2)
        return view;
    for (int i = 0; i < 2; ++i) {
        view.node[i] = nodes.at(i).endpoint.name;
        view.sources[size_t(i)] = FactSource::of(nodes.at(i));
        if (!nodes.at(i).status)
            continue;
        const QJsonValue level = statusObject(nodes.at(i)).value(kProtection);
        view.silent[i] = !level.isString();
        view.nodeLevel[i] = protocol::protectionLevelFrom(level.toString());
        if (view.nodeLevel[i] == ProtectionLevel::Unknown)
            continue;
        if (view.level == ProtectionLevel::Unknown || view.nodeLevel[i] < view.level)
            view.level = view.nodeLevel[i]; // the weaker of the two
    }
    mergeWitness(view, nodes);
    mergeFencing(view, nodes);
    return view;
}

QJsonObject ProtectionView::toJson() const
{
    QJsonObject levels;
    for (int i = 0; i < 2; ++i)
        if (!node[i].isEmpty())
            levels.insert(node[i], nodeLevel[i] == ProtectionLevel::Unknown
                                       ? QJsonValue()
                                       : QJsonValue(protocol::protectionLevelName(nodeLevel[i])));
    QJsonObject out{
        {QStringLiteral("level"), known() ? QJsonValue(protocol::protectionLevelName(level)) : QJsonValue()},
        {QStringLiteral("nodes"), levels},
        {QStringLiteral("mismatch"), mismatch()}};
    QJsonArray fences;
    for (const FencingView& f : fencing) {
        QJsonObject o{{QStringLiteral("reported_by"), f.reportedBy},
                      {QStringLiteral("node"), f.node},
                      {QStringLiteral("device"), f.device},
                      {QStringLiteral("state"), f.state == protocol::FenceState::None
                                                    ? QJsonValue()
                                                    : QJsonValue(protocol::fenceStateName(f.state))},
                      {QStringLiteral("since_ms"), f.sinceMs ? QJsonValue(*f.sinceMs) : QJsonValue()}};
        if (!f.error.isNull()) {
            o.insert(QStringLiteral("code"), f.error.code);
            o.insert(QStringLiteral("params"), f.error.params);
        }
        fences.append(o);
    }
    out.insert(QStringLiteral("fencing"), fences);
    if (!witness) {
        out.insert(kWitness, QJsonValue());
        return out;
    }
    QJsonObject reachable;
    for (int i = 0; i < 2; ++i)
        if (witness->reachable[i])
            reachable.insert(node[i], *witness->reachable[i]);
    QJsonArray leases;
    for (const LeaseView& l : witness->leases)
        leases.append(
            QJsonObject{{QStringLiteral("group"), l.group},
                        {QStringLiteral("holder"), l.holderKnown ? QJsonValue(l.holder) : QJsonValue()},
                        {QStringLiteral("vacant"), l.vacant},
                        {QStringLiteral("remaining_ms"), l.remainingMs ? QJsonValue(*l.remainingMs) : QJsonValue()},
                        {QStringLiteral("generation"), l.generation ? QJsonValue(*l.generation) : QJsonValue()},
                        {QStringLiteral("reported_by"), l.reportedBy}});
    out.insert(kWitness, QJsonObject{{QStringLiteral("address"), witness->address},
                                     {QStringLiteral("ttl_ms"), witness->ttlMs},
                                     {QStringLiteral("reachable"), reachable},
                                     {QStringLiteral("leases"), leases}});
    return out;
}

} // namespace twinha::agentlink
