#include "app/ctl/EventCursor.h"

namespace twinha::app {

std::optional<EventCursor> EventCursor::parse(const QString& text)
{
    EventCursor cursor;
    bool ok = false;
    cursor.m_every = text.trimmed().toLongLong(&ok);
    if (ok)
        return cursor.m_every >= 0 ? std::optional(cursor) : std::nullopt;
    cursor.m_every = 0;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':')); // a node name may itself hold a colon
        const QString node = part.left(colon).trimmed();
        const qint64 seq = part.mid(colon + 1).trimmed().toLongLong(&ok);
        if (colon <= 0 || node.isEmpty() || !ok || seq < 0 || cursor.m_seq.contains(node))
            return std::nullopt;
        cursor.m_seq.insert(node, seq);
    }
    return cursor;
}

qint64 EventCursor::after(const QString& node) const
{
    return m_seq.value(node, m_every);
}

void EventCursor::advance(const QString& node, qint64 seq)
{
    m_seq.insert(node, std::max(after(node), seq));
}

QStringList EventCursor::unknownNodes(const QStringList& nodes) const
{
    QStringList unknown;
    for (auto it = m_seq.cbegin(); it != m_seq.cend(); ++it)
        if (!nodes.contains(it.key()))
            unknown << it.key();
    return unknown;
}

QString EventCursor::toString(const QStringList& nodes) const
{
    QStringList parts;
    for (const QString& node : nodes)
        parts << node + QLatin1Char(':') + QString::number(after(node));
    return parts.join(QLatin1Char(','));
}

} // namespace twinha::app
