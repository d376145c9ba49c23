#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class NodeCard;

// The selected pair at a glance: its name and mode, a one-line summary and the two node cards.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void setMonitor(agentlink::ClusterMonitor* monitor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateNode(int index);
    void updateHeader();

    agentlink::ClusterMonitor* m_monitor = nullptr;
    QLabel* m_clusterName = nullptr;
    QLabel* m_mode = nullptr;
    QLabel* m_summary = nullptr;
    QList<NodeCard*> m_cards;
    QTimer m_ageTimer;
};

} // namespace twinha::ui
