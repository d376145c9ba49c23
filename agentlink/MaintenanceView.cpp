#include "agentlink/MaintenanceView.h"

#include <QJsonArray>

namespace twinha::agentlink {

MaintenanceView MaintenanceView::fromJson(const QJsonValue& value)
{
    MaintenanceView m;
    const QJsonObject o = value.toObject();
    if (!o.value(QStringLiteral("seq")).isDouble() || !o.value(QStringLiteral("on")).isBool())
        return m;
    m.known = true;
    m.raw = o;
    m.seq = o.value(QStringLiteral("seq")).toInteger();
    m.cluster = o.value(QStringLiteral("on")).toBool();
    for (const QJsonValue& g : o.value(QStringLiteral("groups")).toArray())
        if (g.isString() && !g.toString().isEmpty())
            m.groups << g.toString();
    m.by = o.value(QStringLiteral("by")).toString();
    const qint64 at = o.value(QStringLiteral("at")).toInteger();
    if (at > 0)
        m.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return m;
}

MaintenanceView MaintenanceView::build(const QList<NodeView>& nodes)
{
    MaintenanceView best;
    // A stale status still counts: a higher seq is a later change wherever it was last seen.
    for (const NodeView& n : nodes) {
        if (!n.status)
            continue;
        MaintenanceView m = fromJson(n.status->extra.value(QStringLiteral("maintenance")));
        if (!m.known || (best.known && m.seq <= best.seq))
            continue;
        m.reportedBy = n.endpoint.name;
        best = m;
    }
    return best;
}

} // namespace twinha::agentlink
