#include "ui/events/EventTableModel.h"

#include "agentlink/protocol/OperationTerms.h"
#include "ui/events/EventText.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <utility>

namespace twinha::ui {

namespace {
// The locale's short date and time, with seconds added: events a few seconds apart must differ.
QString localTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1Char('s'))) {
        const qsizetype minutes = timeFormat.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            timeFormat.insert(minutes + 2, QLatin1String(":ss"));
    }
    return locale.toString(utc.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormat);
}

// A small figure of a person: marks the rows an operator caused, beside the bold face and the tint.
QIcon operatorIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb0, 0x6d, 0x00));
        p.drawEllipse(QRectF(10, 3, 12, 12));
        p.drawChord(QRectF(4, 17, 24, 26), 0, 180 * 16);
        return QIcon(pixmap);
    }();
    return icon;
}

bool failedOperation(protocol::EventType type, const QJsonObject& data)
{
    if (type != protocol::EventType::Operation && type != protocol::EventType::OperatorAction)
        return false;
    using protocol::OperationResult;
    const OperationResult result = protocol::operationResultFrom(data.value(QStringLiteral("result")).toString());
    return result == OperationResult::Failed || result == OperationResult::RolledBack ||
           result == OperationResult::Refused || data.contains(QStringLiteral("refused"));
}
} // namespace

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

bool EventTableModel::before(const Entry& a, const Entry& b)
{
    if (a.timeMs != b.timeMs)
        return a.timeMs < b.timeMs;
    if (a.node != b.node)
        return a.node < b.node;
    return a.seq < b.seq;
}

std::optional<EventTableModel::Entry> EventTableModel::parse(const QString& node, const QJsonObject& json)
{
    const qint64 seq = json.value(QStringLiteral("seq")).toInteger(0);
    if (seq < 1)
        return std::nullopt; // without a seq it cannot be told apart from a repeat
    Entry e;
    e.node = node;
    e.seq = seq;
    e.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toUTC();
    e.timeMs = e.time.isValid() ? e.time.toMSecsSinceEpoch() : 0;
    e.type = json.value(QStringLiteral("type")).toString();
    e.kind = protocol::eventTypeFrom(e.type);
    e.actor = agentlink::EventText::actor(json);
    e.json = json;
    e.operatorAction = !e.actor.isEmpty();
    return e;
}

void EventTableModel::addEntries(const QString& node, const QJsonArray& entries)
{
    if (!m_nodes.contains(node)) {
        m_nodes << node;
        Q_EMIT nodeAdded(node);
    }
    QSet<qint64>& seen = m_seen[node];
    QList<Entry> batch;
    for (const QJsonValue& v : entries) {
        std::optional<Entry> e = parse(node, v.toObject());
        if (!e)
            continue;
        m_lastSeq[node] = std::max(m_lastSeq.value(node), e->seq);
        if (seen.contains(e->seq))
            continue;
        // Full, and older than all we keep: it would be dropped again at once.
        if (m_entries.size() >= m_maxEntries && !m_entries.isEmpty() && before(*e, m_entries.first()))
            continue;
        seen.insert(e->seq);
        batch.append(std::move(*e));
    }
    if (batch.isEmpty())
        return;
    std::sort(batch.begin(), batch.end(), before);
    if (batch.size() > m_maxEntries) {
        // Only the newest m_maxEntries of the batch can survive the trim.
        for (qsizetype i = 0; i < batch.size() - m_maxEntries; ++i)
            seen.remove(batch.at(i).seq);
        batch.remove(0, batch.size() - m_maxEntries);
    }
    insertSorted(std::move(batch));
    trim();
}

void EventTableModel::insertSorted(QList<Entry> batch)
{
    // Where each new entry goes in the current list; the batch is sorted, so these never decrease.
    QList<qsizetype> positions;
    positions.reserve(batch.size());
    for (const Entry& e : batch)
        positions << (std::upper_bound(m_entries.cbegin(), m_entries.cend(), e, before) - m_entries.cbegin());
    // Runs that go to the same place are inserted together, the last run first so that the
    // positions of the earlier runs stay valid. Appending newer events is one run at the end.
    qsizetype end = batch.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && positions.at(begin - 1) == positions.at(end - 1))
            --begin;
        const int row = int(positions.at(begin));
        beginInsertRows({}, row, row + int(end - begin) - 1);
        for (qsizetype i = begin; i < end; ++i)
            m_entries.insert(row + (i - begin), std::move(batch[i]));
        endInsertRows();
        end = begin;
    }
}

void EventTableModel::trim()
{
    const int excess = int(m_entries.size()) - m_maxEntries;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int i = 0; i < excess; ++i)
        m_seen[m_entries.at(i).node].remove(m_entries.at(i).seq);
    m_entries.remove(0, excess);
    endRemoveRows();
}

void EventTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_seen.clear();
    m_lastSeq.clear();
    endResetModel();
}

void EventTableModel::setMaxEntries(int max)
{
    m_maxEntries = std::max(1, max);
    trim();
}

void EventTableModel::retranslate()
{
    for (const Entry& e : std::as_const(m_entries)) {
        e.localTime.clear();
        e.typeLabel.clear();
        e.summary.clear();
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::text(const Entry& e, int column) const
{
    switch (column) {
    case TimeColumn:
        if (e.localTime.isEmpty())
            e.localTime = localTimeText(e.time);
        return e.localTime;
    case NodeColumn:
        return e.node;
    case TypeColumn:
        if (e.typeLabel.isEmpty())
            e.typeLabel = EventText::typeLabel(e.type, e.json.value(QStringLiteral("data")).toObject());
        return e.typeLabel;
    case ActorColumn:
        return e.operatorAction ? e.actor : tr("agent");
    case SummaryColumn:
        if (e.summary.isEmpty())
            e.summary = EventText::summary(e.kind, e.json.value(QStringLiteral("data")).toObject());
        return e.summary;
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(e, column);
    case SortRole:
        return column == TimeColumn ? QVariant(e.timeMs) : QVariant(text(e, column));
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return tr("%1 UTC, entry %2 of %3's journal")
                .arg(e.json.value(QStringLiteral("time")).toString())
                .arg(e.seq)
                .arg(e.node);
        if (column == ActorColumn)
            return e.operatorAction ? tr("Operator action by %1").arg(e.actor) : tr("Automatic, by the agent");
        if (column == TypeColumn)
            return e.type;
        if (e.json.value(QStringLiteral("persisted")).toBool(true) == false)
            return QString(text(e, column) + QLatin1Char('\n') +
                           tr("Not yet written to disk on %1: the agent keeps it in memory only.").arg(e.node));
        return text(e, column);
    case Qt::FontRole:
        if (e.operatorAction) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Translucent, so that it reads on light and dark palettes alike.
        return e.operatorAction ? QVariant(QColor(255, 193, 7, 70)) : QVariant();
    case Qt::ForegroundRole:
        if (column == TypeColumn && (eventCategoryOf(e.kind) == EventCategory::Problems ||
                                     failedOperation(e.kind, e.json.value(QStringLiteral("data")).toObject())))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::DecorationRole:
        return column == ActorColumn && e.operatorAction ? QVariant(operatorIcon()) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return e.operatorAction ? tr("Operator action") : QVariant();
    case TypeRole:
        return e.type;
    case CategoryRole:
        return int(eventCategoryOf(e.kind));
    case NodeRole:
        return e.node;
    case SeqRole:
        return e.seq;
    case OperatorRole:
        return e.operatorAction;
    case TimeRole:
        return e.time;
    case EntryRole:
        return e.json;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case NodeColumn:
            return tr("Node");
        case TypeColumn:
            return tr("Type");
        case ActorColumn:
            return tr("Actor");
        case SummaryColumn:
            return tr("Summary");
        }
    }
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("In this computer's time zone");
    return {};
}

} // namespace twinha::ui
