#include "ui/ClusterListWidget.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/notify/TrayNotifier.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>

namespace twinha::ui {

namespace {
// The worst first: what needs the administrator most.
int severityRank(agentlink::ClusterHealth health)
{
    switch (health) {
    case agentlink::ClusterHealth::SplitBrain:
        return 0;
    case agentlink::ClusterHealth::Unreachable:
        return 1;
    case agentlink::ClusterHealth::Degraded:
        return 2;
    case agentlink::ClusterHealth::Connecting:
        return 3;
    case agentlink::ClusterHealth::Ok:
        break;
    }
    return 4;
}
} // namespace

// One pair's row; QListWidget::sortItems() orders the rows by operator<.
class ClusterListWidget::Item : public QListWidgetItem
{
public:
    Item(agentlink::ClusterMonitor* monitor, quint64 added)
        : monitor(monitor)
        , added(added)
    {}
    bool operator<(const QListWidgetItem& other) const override
    {
        const auto& o = static_cast<const Item&>(other);
        return rank < o.rank || (rank == o.rank && added < o.added);
    }

    agentlink::ClusterMonitor* monitor;
    quint64 added;
    int rank = -1; // none yet: the first refresh places the row
};

ClusterListWidget::ClusterListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("clusterList"));
    setIconSize(QSize(16, 16));
    setAccessibleName(tr("Clusters"));
    connect(this, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { Q_EMIT currentClusterChanged(indexOf(item)); });
}

void ClusterListWidget::addCluster(agentlink::ClusterMonitor* monitor)
{
    m_monitors.append(monitor);
    addItem(new Item(monitor, m_added++));
    connect(monitor, &agentlink::ClusterMonitor::viewChanged, this, [this, monitor] {
        const int index = int(m_monitors.indexOf(monitor));
        if (index >= 0)
            refresh(index);
    });
    refresh(int(m_monitors.size()) - 1);
}

void ClusterListWidget::removeCluster(int index)
{
    if (index < 0 || index >= m_monitors.size())
        return;
    Item* item = itemOf(index);
    disconnect(m_monitors.at(index), nullptr, this, nullptr);
    m_monitors.removeAt(index);
    delete takeItem(row(item));
}

agentlink::ClusterMonitor* ClusterListWidget::monitorAt(int index) const
{
    return m_monitors.value(index);
}

ClusterListWidget::Item* ClusterListWidget::itemOf(int index) const
{
    const agentlink::ClusterMonitor* m = m_monitors.value(index);
    for (int r = 0; m && r < count(); ++r)
        if (auto* it = static_cast<Item*>(item(r)); it->monitor == m)
            return it;
    return nullptr;
}

int ClusterListWidget::indexOf(const QListWidgetItem* item) const
{
    return item ? int(m_monitors.indexOf(static_cast<const Item*>(item)->monitor)) : -1;
}

QString ClusterListWidget::rowText(int index) const
{
    const Item* it = itemOf(index);
    return it ? it->text() : QString();
}

int ClusterListWidget::currentCluster() const
{
    return indexOf(currentItem());
}

void ClusterListWidget::setCurrentCluster(int index)
{
    setCurrentItem(itemOf(index));
}

void ClusterListWidget::setFilter(const QString& text)
{
    m_filter = text.trimmed();
    for (int r = 0; r < count(); ++r)
        applyFilter(item(r));
}

void ClusterListWidget::applyFilter(QListWidgetItem* item)
{
    // The text holds the name and the state, in the current language.
    item->setHidden(!m_filter.isEmpty() && !item->text().contains(m_filter, Qt::CaseInsensitive));
}

QStringList ClusterListWidget::shownNames() const
{
    QStringList names;
    for (int r = 0; r < count(); ++r)
        if (!item(r)->isHidden())
            names << static_cast<const Item*>(item(r))->monitor->profile().name;
    return names;
}

QMenu* ClusterListWidget::contextMenuFor(int index)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("clusterListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* reconnect = menu->addAction(tr("&Reconnect"), this, [this, index] { Q_EMIT reconnectRequested(index); });
    reconnect->setObjectName(QStringLiteral("clusterReconnect"));
    reconnect->setToolTip(tr("Tries again at once to reach every node of this cluster that is not connected"));
    QAction* remove = menu->addAction(tr("Remove from &list"), this, [this, index] { Q_EMIT removeRequested(index); });
    remove->setObjectName(QStringLiteral("clusterRemove"));
    return menu;
}

void ClusterListWidget::contextMenuEvent(QContextMenuEvent* event)
{
    QListWidgetItem* under = itemAt(event->pos());
    const int index = indexOf(under);
    if (index < 0)
        return;
    setCurrentItem(under);
    contextMenuFor(index)->popup(event->globalPos());
}

void ClusterListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Clusters"));
        for (int index = 0; index < m_monitors.size(); ++index)
            refresh(index);
    }
    QListWidget::changeEvent(event);
}

void ClusterListWidget::refresh(int index)
{
    const agentlink::ClusterMonitor* m = m_monitors.at(index);
    Item* it = itemOf(index);
    const QString state = agentlink::StatusText::health(m->view().health);
    const QString text = m->profile().name + QLatin1Char('\n') + state;
    const int rank = severityRank(m->view().health);
    if (text == it->text() && rank == it->rank)
        return; // most statuses change nothing a row shows; 100 pairs send about 1000 a second
    it->setText(text);
    it->setIcon(TrayNotifier::iconFor(m->view().health));
    it->setToolTip(tr("Cluster %1: %2").arg(m->profile().name, state));
    applyFilter(it);
    if (rank != it->rank) {
        it->rank = rank;
        sortItems(); // the current pair stays current
    }
}

} // namespace twinha::ui
