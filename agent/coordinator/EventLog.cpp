#include "agent/coordinator/EventLog.h"

#include "agent/AgentLog.h"
#include "agent/journal/Journal.h"

namespace twinha::agent {

void EventLog::record(protocol::EventType eventType, const QJsonObject& data, const QString& actor)
{
    const QString type = protocol::eventTypeName(eventType);
    AgentLog::get("agent.events")->info("{} by {}", type.toStdString(), actor.toStdString());
    if (!m_journal)
        return;
    protocol::RpcError error;
    // A failed write keeps the entry in memory and is reported in status; never a reason to stop.
    if (!m_journal->append(type, actor, data, &error))
        AgentLog::get("agent.events")->warn("journal: {}", error.code.toStdString());
}

QJsonArray EventLog::list(qint64 afterSeq, int limit) const
{
    return m_journal ? m_journal->list(afterSeq, limit) : QJsonArray();
}

QJsonObject EventLog::summary() const
{
    if (!m_journal)
        return {{QStringLiteral("entries"), 0}, {QStringLiteral("chain_ok"), true}};
    return {{QStringLiteral("entries"), m_journal->lastSeq()},
            {QStringLiteral("chain_ok"), m_journal->chainError().isNull()},
            {QStringLiteral("unpersisted"), m_journal->unpersistedCount()}};
}

} // namespace twinha::agent
