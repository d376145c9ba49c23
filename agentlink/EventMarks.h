#pragma once

#include "agentlink/protocol/EventType.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>

namespace twinha::agentlink {

// The journal entries worth a mark on the charts' time axis, from both nodes: failovers,
// switchovers and drains as they ended, heartbeat links going down and up, split-brain,
// maintenance and fencing. A switchover both nodes journal is marked once (by the node the group
// left). Bounded: the newest kMax are kept.
class EventMarks
{
public:
    struct Mark
    {
        qint64 atMs = 0;
        QString node;
        qint64 seq = 0;
        protocol::EventType type = protocol::EventType::None;
        QJsonObject data;
        bool problem = false; // split-brain, a failed fence or operation, a link down
    };

    static constexpr int kMax = 2000;

    static bool marked(protocol::EventType type, const QString& node, const QJsonObject& data);
    void add(const QString& node, const QJsonArray& entries);
    // Marks at or after fromMs and before or at toMs, oldest first.
    QList<Mark> between(qint64 fromMs, qint64 toMs) const;
    int size() const { return int(m_marks.size()); }
    void clear();

private:
    std::deque<Mark> m_marks; // oldest first
    QSet<QString> m_seen;     // node#seq

    static QString id(const QString& node, qint64 seq);
};

} // namespace twinha::agentlink
