#include "ui/log/AppLogFilterProxy.h"

#include "ui/log/AppLogModel.h"

namespace twinha::ui {

AppLogFilterProxy::AppLogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AppLogFilterProxy::setMinimumLevel(AppLogLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void AppLogFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool AppLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (model->index(sourceRow, 0, sourceParent).data(AppLogModel::LevelRole).toInt() < int(m_level))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {int(AppLogModel::MessageColumn), int(AppLogModel::LoggerColumn)})
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace twinha::ui
