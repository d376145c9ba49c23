#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace twinha::app {

// Where `twinhactl events` stopped in each node's journal. Each node numbers its own entries, so
// one number cannot say it for both: the cursor names them, "node1:120,node2:98". A bare number,
// the old form, applies to every node. A node the cursor does not name starts from its beginning.
class EventCursor
{
public:
    // nullopt when the text is neither "NODE:SEQ,…" nor a bare sequence number (each 0 or more).
    static std::optional<EventCursor> parse(const QString& text);

    qint64 after(const QString& node) const;
    void advance(const QString& node, qint64 seq); // keeps the larger
    // Nodes the cursor names that are not among `nodes` (a cursor from another cluster, a typo).
    QStringList unknownNodes(const QStringList& nodes) const;
    // "node1:120,node2:98", every node of `nodes` in that order: what --after takes back.
    QString toString(const QStringList& nodes) const;

private:
    QMap<QString, qint64> m_seq;
    qint64 m_every = 0;
};

} // namespace twinha::app
