#pragma once

#include "agentlink/AppLogRecord.h"

#include <QAbstractTableModel>

#include <deque>
#include <functional>
#include <memory>

namespace twinha::ui {

using agentlink::AppLogLevel;
using agentlink::AppLogRecord;

// The last `capacity` lines of the console's log, oldest first. append() may be called from any
// thread: records wait in an inbox and reach the model in batches through a queued call on the
// model's thread, so a logging thread never touches the model and a burst costs one update.
class AppLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        LoggerColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // AppLogLevel as int
    };
    static constexpr int kDefaultCapacity = 2000;

    explicit AppLogModel(QObject* parent = nullptr);
    explicit AppLogModel(int capacity, QObject* parent = nullptr);
    ~AppLogModel() override;

    // Thread-safe; the record shows up once the model's thread runs its event loop.
    void append(const AppLogRecord& record);
    // A callable for a log sink: thread-safe, and harmless after the model is gone.
    std::function<void(const AppLogRecord&)> receiver() const;

    int capacity() const { return m_capacity; }
    const AppLogRecord& record(int row) const { return m_records.at(std::size_t(row)); }
    void clear();
    // Moves waiting records in now (the model's thread only); normally the queued call does it.
    void flushPending();
    // Re-reads level names after a language change.
    void retranslate();

    static QString levelName(AppLogLevel level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Inbox;

    std::shared_ptr<Inbox> m_inbox;
    std::deque<AppLogRecord> m_records;
    int m_capacity;
};

} // namespace twinha::ui
