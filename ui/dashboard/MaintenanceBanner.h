#pragma once

#include "agentlink/MaintenanceView.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class NoticeLabel;
class SwitchoverClient;

// Across the top of the dashboard while maintenance mode is on, for the cluster or any group:
// who set it and since when, what it means (the agents watch but move nothing; a switchover needs
// force), and "End maintenance". Hidden while it is off.
class MaintenanceBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MaintenanceBanner(QWidget* parent = nullptr);

    void setMonitor(agentlink::ClusterMonitor* monitor);
    void setMaintenance(const agentlink::MaintenanceView& maintenance);
    QString text() const;
    // Asks a node the console reaches to end maintenance mode (cluster and groups alike).
    void endMaintenance();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QPointer<agentlink::ClusterMonitor> m_monitor;
    SwitchoverClient* m_client = nullptr;
    agentlink::MaintenanceView m_maintenance;
    bool m_sending = false;
    QLabel* m_text;
    QPushButton* m_end;
    NoticeLabel* m_notice;
};

} // namespace twinha::ui
