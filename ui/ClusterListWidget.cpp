#include "ui/ClusterListWidget.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/notify/TrayNotifier.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>

namespace twinha::ui {

ClusterListWidget::ClusterListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("clusterList"));
    setIconSize(QSize(16, 16));
    setAccessibleName(tr("Clusters"));
}

void ClusterListWidget::addCluster(agentlink::ClusterMonitor* monitor)
{
    m_monitors.append(monitor);
    addItem(new QListWidgetItem);
    connect(monitor, &agentlink::ClusterMonitor::viewChanged, this, [this, monitor] {
        const int row = int(m_monitors.indexOf(monitor));
        if (row >= 0)
            refresh(row);
    });
    refresh(int(m_monitors.size()) - 1);
}

void ClusterListWidget::removeCluster(int row)
{
    if (row < 0 || row >= m_monitors.size())
        return;
    disconnect(m_monitors.at(row), nullptr, this, nullptr);
    m_monitors.removeAt(row);
    delete takeItem(row);
}

agentlink::ClusterMonitor* ClusterListWidget::monitorAt(int row) const
{
    return m_monitors.value(row);
}

QString ClusterListWidget::rowText(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->text() : QString();
}

QMenu* ClusterListWidget::contextMenuFor(int row)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("clusterListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* reconnect = menu->addAction(tr("&Reconnect"), this, [this, row] { Q_EMIT reconnectRequested(row); });
    reconnect->setObjectName(QStringLiteral("clusterReconnect"));
    reconnect->setToolTip(tr("Tries again at once to reach every node of this cluster that is not connected"));
    QAction* remove = menu->addAction(tr("Remove from &list"), this, [this, row] { Q_EMIT removeRequested(row); });
    remove->setObjectName(QStringLiteral("clusterRemove"));
    return menu;
}

void ClusterListWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = this->row(itemAt(event->pos()));
    if (row < 0)
        return;
    setCurrentRow(row);
    contextMenuFor(row)->popup(event->globalPos());
}

void ClusterListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Clusters"));
        for (int row = 0; row < count(); ++row)
            refresh(row);
    }
    QListWidget::changeEvent(event);
}

void ClusterListWidget::refresh(int row)
{
    const agentlink::ClusterMonitor* m = m_monitors.at(row);
    QListWidgetItem* it = item(row);
    const QString state = agentlink::StatusText::health(m->view().health);
    it->setText(m->profile().name + QLatin1Char('\n') + state);
    it->setIcon(TrayNotifier::iconFor(m->view().health));
    it->setToolTip(tr("Cluster %1: %2").arg(m->profile().name, state));
}

} // namespace twinha::ui
