#pragma once

#include "agentlink/protocol/EventType.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace twinha::agent {

class Journal;

// What the coordinator writes to the journal, in one place: the event types and who caused them.
// Automatic events have the actor "agent"; operator actions "user@ssh-client-address".
class EventLog
{
public:
    explicit EventLog(Journal* journal)
        : m_journal(journal)
    {}

    void record(protocol::EventType type, const QJsonObject& data, const QString& actor = QStringLiteral("agent"));
    QJsonArray list(qint64 afterSeq, int limit) const;
    // {"entries": last seq, "chain_ok": bool, "unpersisted": n}
    QJsonObject summary() const;
    Journal* journal() const { return m_journal; }

private:
    Journal* m_journal;
};

} // namespace twinha::agent
