#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class HealthBadge;
class LinksPanel;
class MaintenanceBanner;
class NodeCard;
class ProtectionPanel;
class ReadinessPanel;
class ReplicationTable;

// The selected pair at a glance: name, state badge, mode and epoch, and "Maintenance mode…"; the
// maintenance banner while it is on; the three-way diagnosis; the protection level with the
// witness, its leases and the fence devices; the readiness line with the switchover action; the
// two node cards with the heartbeat links between them; and the replication channels.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void setMonitor(agentlink::ClusterMonitor* monitor);
    NodeCard* card(int index) const { return m_cards.value(index); }
    LinksPanel* links() const { return m_links; }
    ReadinessPanel* readiness() const { return m_readiness; }
    ProtectionPanel* protection() const { return m_protection; }
    MaintenanceBanner* maintenance() const { return m_maintenance; }
    QString diagnosisText() const;
    bool showsPair() const; // false: the empty state, with nothing of a pair on it

Q_SIGNALS:
    void switchoverRequested(const QString& group, const QString& to);
    void maintenanceRequested(); // "Maintenance mode…"

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateNode(int index);
    void updateView();
    void updateHeader();
    void clear(); // no pair: the header's hint only, nothing left from the last one
    void showBody(bool visible);

    QPointer<agentlink::ClusterMonitor> m_monitor;
    QLabel* m_clusterName = nullptr;
    HealthBadge* m_badge = nullptr;
    QLabel* m_mode = nullptr;
    QLabel* m_epoch = nullptr;
    QPushButton* m_maintenanceButton = nullptr;
    MaintenanceBanner* m_maintenance = nullptr;
    QLabel* m_diagnosis = nullptr;
    ProtectionPanel* m_protection = nullptr;
    ReadinessPanel* m_readiness = nullptr;
    LinksPanel* m_links = nullptr;
    ReplicationTable* m_replication = nullptr;
    QList<NodeCard*> m_cards;
    QTimer m_ageTimer;
};

} // namespace twinha::ui
