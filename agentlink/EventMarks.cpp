#include "agentlink/EventMarks.h"

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

bool EventMarks::marked(const QString& type, const QString& node, const QJsonObject& data)
{
    if (type == QLatin1String("operation")) {
        // Both nodes journal it; a failover is marked by its own entry on the node that took over.
        const protocol::OperationKind kind = protocol::operationKindFrom(str(data, "kind"));
        if (kind == protocol::OperationKind::Failover)
            return false;
        const QString by = kind == protocol::OperationKind::Undrain ? str(data, "to") : str(data, "from");
        return by.isEmpty() || by == node;
    }
    static const char* const types[] = {
        "failover",    "link_down",  "link_up",     "split_brain", "split_brain_resolved",
        "maintenance", "fence_done", "fence_failed"};
    return std::any_of(std::begin(types), std::end(types), [&](const char* t) { return type == QLatin1String(t); });
}

void EventMarks::add(const QString& node, const QJsonArray& entries)
{
    bool unsorted = false;
    for (const QJsonValue& v : entries) {
        const QJsonObject entry = v.toObject();
        const QString type = str(entry, "type");
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
        m.problem = type == QLatin1String("split_brain") || type == QLatin1String("fence_failed") ||
                    type == QLatin1String("link_down") || type == QLatin1String("failover") ||
                    (type == QLatin1String("operation") && result != protocol::OperationResult::Done);
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
