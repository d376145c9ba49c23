#include "ui/events/EventFilterProxy.h"

#include "ui/events/EventTableModel.h"

namespace twinha::ui {

EventFilterProxy::EventFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EventFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void EventFilterProxy::setNodeFilter(const QString& node)
{
    if (node == m_node)
        return;
    m_node = node;
    invalidateFilter();
}

void EventFilterProxy::setOperatorOnly(bool on)
{
    if (on == m_operatorOnly)
        return;
    m_operatorOnly = on;
    invalidateFilter();
}

void EventFilterProxy::setCategory(EventCategory category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_node.isEmpty() && first.data(EventTableModel::NodeRole).toString() != m_node)
        return false;
    if (m_operatorOnly && !first.data(EventTableModel::OperatorRole).toBool())
        return false;
    if (m_category != EventCategory::All && first.data(EventTableModel::CategoryRole).toInt() != int(m_category))
        return false;
    if (m_text.isEmpty())
        return true;
    if (first.data(EventTableModel::TypeRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool EventFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (left.column() == EventTableModel::TimeColumn) {
        if (l.toLongLong() != r.toLongLong())
            return l.toLongLong() < r.toLongLong();
        return left.row() < right.row(); // the model keeps equal times in (node, seq) order
    }
    const int order = QString::localeAwareCompare(l.toString(), r.toString());
    if (order != 0)
        return order < 0;
    return left.row() < right.row();
}

} // namespace twinha::ui
