#pragma once

#include "agentlink/AppLogRecord.h"

#include <QSortFilterProxyModel>

namespace twinha::ui {

using agentlink::AppLogLevel;
using agentlink::AppLogRecord;

// The log lines at or above a level that contain a text (in the message or the area).
class AppLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AppLogFilterProxy(QObject* parent = nullptr);

    void setMinimumLevel(AppLogLevel level);
    AppLogLevel minimumLevel() const { return m_level; }
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    AppLogLevel m_level = AppLogLevel::Trace;
    QString m_text;
};

} // namespace twinha::ui
