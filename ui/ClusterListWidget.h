#pragma once

#include <QListWidget>

class QMenu;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

// The pairs the console watches, each with a badge of its state (OK, degraded, split-brain,
// unreachable). The row order is the order they were added in. Its context menu offers
// "Reconnect" and "Remove from list" for the row under the pointer.
class ClusterListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit ClusterListWidget(QWidget* parent = nullptr);

    void addCluster(agentlink::ClusterMonitor* monitor);
    void removeCluster(int row);
    agentlink::ClusterMonitor* monitorAt(int row) const;
    QString rowText(int row) const;
    // The context menu for `row` (built anew each time, so it is always in the current language).
    QMenu* contextMenuFor(int row);

Q_SIGNALS:
    void reconnectRequested(int row);
    void removeRequested(int row);

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void refresh(int row);

    QList<agentlink::ClusterMonitor*> m_monitors;
};

} // namespace twinha::ui
