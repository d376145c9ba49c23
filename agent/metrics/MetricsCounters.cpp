#include "agent/metrics/MetricsCounters.h"

#include "agentlink/protocol/OperationTerms.h"

namespace twinha::agent {

void MetricsCounters::count(const QJsonObject& entry)
{
    const QString type = entry.value(QStringLiteral("type")).toString();
    const QJsonObject data = entry.value(QStringLiteral("data")).toObject();
    if (type == QLatin1String("failover")) {
        ++m_failovers; // written by the node that took the group over
    } else if (type == QLatin1String("split_brain")) {
        ++m_splitBrains;
    } else if (type == QLatin1String("fence_done")) {
        ++m_fencing[QStringLiteral("done")];
    } else if (type == QLatin1String("fence_failed")) {
        ++m_fencing[QStringLiteral("failed")];
    } else if (type == QLatin1String("operation") &&
               protocol::operationKindFrom(data.value(QStringLiteral("kind")).toString()) ==
                   protocol::OperationKind::Switchover) {
        // Both nodes journal the same switchover: the node it moves the group away from counts it.
        const QString result = data.value(QStringLiteral("result")).toString();
        if (data.value(QStringLiteral("from")).toString() == m_node && !result.isEmpty())
            ++m_switchovers[result];
    }
}

} // namespace twinha::agent
