#pragma once

#include <QListWidget>

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

// The pairs the console watches, each with a badge of its state (OK, degraded, split-brain,
// unreachable). The row order is the order they were added in.
class ClusterListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit ClusterListWidget(QWidget* parent = nullptr);

    void addCluster(agentlink::ClusterMonitor* monitor);
    void removeCluster(int row);
    agentlink::ClusterMonitor* monitorAt(int row) const;
    QString rowText(int row) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh(int row);

    QList<agentlink::ClusterMonitor*> m_monitors;
};

} // namespace twinha::ui
