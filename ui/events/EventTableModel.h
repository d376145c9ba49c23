#pragma once

#include "ui/events/EventCategory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace twinha::ui {

// The journal entries of both agents in one list, oldest first: merged by time, deduplicated by
// (node, seq) so that re-reading a journal after a reconnect changes nothing, and bounded so that
// a long-running console does not grow without end (the oldest entries go first). GUI thread only.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        NodeColumn,
        TypeColumn,
        ActorColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // time: ms since the epoch; other columns: their text
        TypeRole,                    // the raw type, e.g. "role_change"
        CategoryRole,                // EventCategory as int
        NodeRole,                    // the journal the entry came from
        SeqRole,
        OperatorRole, // bool: an operator (not the agent) caused it
        TimeRole,     // QDateTime, UTC
        EntryRole,    // the entry's JSON as received
    };
    static constexpr int kDefaultMaxEntries = 5000;

    explicit EventTableModel(QObject* parent = nullptr);

    // Adds the entries read from `node`'s journal (events.list). Entries already present, without
    // a seq, or older than everything kept while the model is full are skipped.
    void addEntries(const QString& node, const QJsonArray& entries);
    void clear(); // entries and cursors; the nodes stay known
    void setMaxEntries(int max);
    int maxEntries() const { return m_maxEntries; }

    // The highest seq ever added from `node` (0 if none): the cursor for the next events.list.
    qint64 lastSeq(const QString& node) const { return m_lastSeq.value(node); }
    QStringList nodes() const { return m_nodes; }
    // Re-builds the translated texts and the local times; call on QEvent::LanguageChange.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void nodeAdded(const QString& node);

private:
    struct Entry
    {
        QString node; // the journal it came from
        qint64 seq = 0;
        QDateTime time; // UTC; invalid when the agent sent something unreadable
        qint64 timeMs = 0;
        QString type; // as the journal names it
        protocol::EventType kind = protocol::EventType::None;
        QString actor;
        QJsonObject json;
        bool operatorAction = false;
        // Built on first use, dropped on retranslate().
        mutable QString localTime;
        mutable QString typeLabel;
        mutable QString summary;
    };
    static bool before(const Entry& a, const Entry& b);
    static std::optional<Entry> parse(const QString& node, const QJsonObject& json);
    QString text(const Entry& e, int column) const;
    void insertSorted(QList<Entry> batch);
    void trim();

    QList<Entry> m_entries; // sorted by (time, node, seq)
    QHash<QString, QSet<qint64>> m_seen;
    QHash<QString, qint64> m_lastSeq;
    QStringList m_nodes;
    int m_maxEntries = kDefaultMaxEntries;
};

} // namespace twinha::ui
