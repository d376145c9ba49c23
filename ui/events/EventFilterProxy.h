#pragma once

#include "ui/events/EventCategory.h"

#include <QSortFilterProxyModel>

namespace twinha::ui {

// What the event table shows: entries matching every filter that is set. Sorts by time as time
// (not as text), and keeps entries with the same time in journal order.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    // Case-insensitive; matches the displayed texts of every column and the raw type code.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setNodeFilter(const QString& node); // empty: every node
    QString nodeFilter() const { return m_node; }
    void setOperatorOnly(bool on);
    bool operatorOnly() const { return m_operatorOnly; }
    void setCategory(EventCategory category);
    EventCategory category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_node;
    bool m_operatorOnly = false;
    EventCategory m_category = EventCategory::All;
};

} // namespace twinha::ui
