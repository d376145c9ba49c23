#include "ui/log/AppLogModel.h"

#include <QColor>
#include <QList>

#include <algorithm>
#include <mutex>
#include <utility>

namespace twinha::ui {

// Shared between the model and every receiver handed out: a receiver keeps the inbox alive, and
// the model's destructor detaches itself under the lock, so a late log line finds no model
// rather than a dangling one.
struct AppLogModel::Inbox
{
    std::mutex mutex;
    AppLogModel* model = nullptr;
    QList<AppLogRecord> pending;
    bool scheduled = false;
    int capacity = 0;

    void push(const AppLogRecord& record)
    {
        std::lock_guard lock(mutex);
        if (!model)
            return;
        pending.append(record);
        if (pending.size() > capacity) // a flood while the GUI is busy: keep the newest
            pending.removeFirst();
        if (scheduled)
            return;
        scheduled = true;
        // Posted while the lock holds the model alive; Qt drops the call if the model dies first.
        AppLogModel* target = model;
        QMetaObject::invokeMethod(
            target, [target] { target->flushPending(); }, Qt::QueuedConnection);
    }

    QList<AppLogRecord> take()
    {
        std::lock_guard lock(mutex);
        scheduled = false;
        return std::exchange(pending, {});
    }
};

AppLogModel::AppLogModel(QObject* parent)
    : AppLogModel(kDefaultCapacity, parent)
{}

AppLogModel::AppLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inbox(std::make_shared<Inbox>())
    , m_capacity(std::max(1, capacity))
{
    m_inbox->model = this;
    m_inbox->capacity = m_capacity;
}

AppLogModel::~AppLogModel()
{
    std::lock_guard lock(m_inbox->mutex);
    m_inbox->model = nullptr;
}

void AppLogModel::append(const AppLogRecord& record)
{
    m_inbox->push(record);
}

std::function<void(const AppLogRecord&)> AppLogModel::receiver() const
{
    return [inbox = m_inbox](const AppLogRecord& record) { inbox->push(record); };
}

void AppLogModel::flushPending()
{
    QList<AppLogRecord> batch = m_inbox->take();
    if (batch.isEmpty())
        return;
    if (batch.size() > m_capacity)
        batch.remove(0, batch.size() - m_capacity);
    const int excess = int(m_records.size() + std::size_t(batch.size())) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_records.erase(m_records.begin(), m_records.begin() + excess);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (AppLogRecord& r : batch)
        m_records.push_back(std::move(r));
    endInsertRows();
}

void AppLogModel::clear()
{
    m_inbox->take();
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void AppLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.empty())
        Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
}

QString AppLogModel::levelName(AppLogLevel level)
{
    switch (level) {
    case AppLogLevel::Trace:
        return tr("Trace");
    case AppLogLevel::Debug:
        return tr("Debug");
    case AppLogLevel::Info:
        return tr("Info");
    case AppLogLevel::Warning:
        return tr("Warning");
    case AppLogLevel::Error:
        return tr("Error");
    case AppLogLevel::Critical:
        return tr("Critical");
    }
    return {};
}

int AppLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AppLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AppLogRecord& r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            // The same form as the log file, so a line can be found there.
            return r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(r.level);
        case LoggerColumn:
            return r.logger;
        case MessageColumn:
            return r.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(r.message) : QVariant();
    case Qt::ForegroundRole:
        if (r.level >= AppLogLevel::Error)
            return QColor(0xc6, 0x28, 0x28);
        if (r.level == AppLogLevel::Warning)
            return QColor(0xb0, 0x6d, 0x00);
        if (r.level <= AppLogLevel::Debug)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case LevelRole:
        return int(r.level);
    }
    return {};
}

QVariant AppLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case LoggerColumn:
        return tr("Area");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace twinha::ui
