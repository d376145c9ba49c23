#include "agentlink/StaleClaim.h"

#include <QJsonArray>

namespace twinha::agentlink {

namespace {
QJsonObject groupOf(const NodeView& n, const QString& group)
{
    if (!n.status)
        return {};
    for (const QJsonValue& g : n.status->extra.value(QStringLiteral("groups")).toArray())
        if (g[QStringLiteral("name")].toString() == group)
            return g.toObject();
    return {};
}
} // namespace

StaleClaim StaleClaim::of(const QList<NodeView>& nodes, int index, const QString& group)
{
    const NodeView& n = nodes.at(index);
    const NodeView& peer = nodes.at(1 - index);
    StaleClaim c;
    bool claimed = false;
    if (n.status) { // the console's own last word from the node
        const QJsonObject g = groupOf(n, group);
        claimed = g[QStringLiteral("held")].toBool() || g[QStringLiteral("may_run")].toBool();
        c.epoch = n.status->epoch;
        c.lastHeard = n.receivedAt;
    }
    // The reached peer's, when it heard the node after the console did (an agent that reports
    // peer_last_claim: null there means the node claimed nothing when last heard).
    const QJsonObject peerGroup = peer.live() ? groupOf(peer, group) : QJsonObject();
    const QJsonObject peerInfo =
        peer.live() ? peer.status->extra.value(QStringLiteral("peer")).toObject() : QJsonObject();
    const qint64 silenceMs = peerInfo.value(QStringLiteral("silence_ms")).toInteger(-1);
    if (peerGroup.contains(QStringLiteral("peer_last_claim")) && silenceMs >= 0 && peer.receivedAt.isValid()) {
        const QDateTime heard = peer.receivedAt.addMSecs(-silenceMs);
        if (!c.lastHeard.isValid() || heard > c.lastHeard) {
            const QJsonObject last = peerGroup.value(QStringLiteral("peer_last_claim")).toObject();
            claimed = last.value(QStringLiteral("held")).toBool();
            c.epoch =
                last.value(QStringLiteral("epoch")).toInteger(peerInfo.value(QStringLiteral("epoch")).toInteger(-1));
            c.lastHeard = heard;
        }
    }
    if (!claimed || c.epoch < 0)
        return {};
    c.node = n.endpoint.name;
    if (peerGroup.value(QStringLiteral("held")).toBool() && peer.status->epoch > c.epoch) {
        c.successor = peer.endpoint.name;
        c.successorEpoch = peer.status->epoch;
    }
    return c;
}

} // namespace twinha::agentlink
