#include "agent/metrics/MetricsCounters.h"

#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/OperationTerms.h"

namespace twinha::agent {

void MetricsCounters::count(const QJsonObject& entry)
{
    const QJsonObject data = entry.value(QStringLiteral("data")).toObject();
    switch (protocol::eventTypeFrom(entry.value(QStringLiteral("type")).toString())) {
    case protocol::EventType::Failover:
        ++m_failovers; // written by the node that took the group over
        break;
    case protocol::EventType::SplitBrain:
        ++m_splitBrains;
        break;
    case protocol::EventType::FenceDone:
        ++m_fencing[QStringLiteral("done")];
        break;
    case protocol::EventType::FenceFailed:
        ++m_fencing[QStringLiteral("failed")];
        break;
    case protocol::EventType::Operation:
        // Both nodes journal the same switchover: the node it moves the group away from counts it.
        if (protocol::operationKindFrom(data.value(QStringLiteral("kind")).toString()) ==
                protocol::OperationKind::Switchover &&
            data.value(QStringLiteral("from")).toString() == m_node) {
            const QString result = data.value(QStringLiteral("result")).toString();
            if (!result.isEmpty())
                ++m_switchovers[result];
        }
        break;
    default:
        break;
    }
}

} // namespace twinha::agent
