#include "agentlink/EventMarks.h"

#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/OperationTerms.h"

#include <QDateTime>

#include <algorithm>

namespace twinha::agentlink {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

bool EventMarks::marked(protocol::EventType type, const QString& node, const QJsonObject& data)
{
    using protocol::EventType;
    if (type == EventType::Operation) {
        // Both nodes journal it; a failover is marked by its own entry on the node that took over.
        const protocol::OperationKind kind = protocol::operationKindFrom(str(data, "kind"));
        if (kind == protocol::OperationKind::Failover)
            return false;
        const QString by = kind == protocol::OperationKind::Undrain ? str(data, "to") : str(data, "from");
        return by.isEmpty() || by == node;
    }
    static const EventType types[] = {EventType::Failover,   EventType::LinkDown,           EventType::LinkUp,
                                      EventType::SplitBrain, EventType::SplitBrainResolved, EventType::Maintenance,
                                      EventType::FenceDone,  EventType::FenceFailed};
    return std::find(std::begin(types), std::end(types), type) != std::end(types);
}

void EventMarks::add(const QString& node, const QJsonArray& entries)
{
    bool unsorted = false;
    for (const QJsonValue& v : entries) {
        const QJsonObject entry = v.toObject();
        const protocol::EventType type = protocol::eventTypeFrom(str(entry, "type"));
        const QJsonObject data = entry.value(QStringLiteral("data")).toObject();
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger(0);
        const QDateTime at = QDateTime::fromString(str(entry, "time"), Qt::ISODateWithMs);
        if (seq < 1 || !at.isValid() || !marked(type, node, data))
            continue;
        const QString key = id(node, seq);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        Mark m;
        m.atMs = at.toMSecsSinceEpoch();
        m.node = node;
        m.seq = seq;
        m.type = type;
        m.data = data;
        const protocol::OperationResult result = protocol::operationResultFrom(str(data, "result"));
        m.problem = type == protocol::EventType::SplitBrain || type == protocol::EventType::FenceFailed ||
                    type == protocol::EventType::LinkDown || type == protocol::EventType::Failover ||
                    (type == protocol::EventType::Operation && result != protocol::OperationResult::Done);
        unsorted = unsorted || (!m_marks.empty() && m.atMs < m_marks.back().atMs);
        m_marks.push_back(std::move(m));
    }
    if (unsorted) // the two nodes' journals arrive each in its own order
        std::stable_sort(m_marks.begin(), m_marks.end(), [](const Mark& a, const Mark& b) { return a.atMs < b.atMs; });
    while (m_marks.size() > std::size_t(kMax)) {
        m_seen.remove(id(m_marks.front().node, m_marks.front().seq));
        m_marks.pop_front();
    }
}

QList<EventMarks::Mark> EventMarks::between(qint64 fromMs, qint64 toMs) const
{
    const auto first =
        std::lower_bound(m_marks.cbegin(), m_marks.cend(), fromMs, [](const Mark& m, qint64 t) { return m.atMs < t; });
    QList<Mark> out;
    for (auto it = first; it != m_marks.cend() && it->atMs <= toMs; ++it)
        out.append(*it);
    return out;
}

QString EventMarks::id(const QString& node, qint64 seq)
{
    return node + QLatin1Char('#') + QString::number(seq);
}

void EventMarks::clear()
{
    m_marks.clear();
    m_seen.clear();
}

} // namespace twinha::agentlink
