#pragma once

#include "ui/GrowingDialog.h"

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class NoticeLabel;
class SwitchoverClient;

// "Maintenance mode…": on or off, for the whole cluster or one group, sent as maintenance.set to a
// node the console reaches (the other adopts it from the heartbeat). Says what it means first;
// an agent's refusal (an observer's PERMISSION_DENIED) stays in the dialog as a sentence.
class MaintenanceDialog : public GrowingDialog
{
    Q_OBJECT

public:
    explicit MaintenanceDialog(agentlink::ClusterMonitor* monitor, QWidget* parent = nullptr);
    // Creates the dialog with WA_DeleteOnClose and opens it window-modal.
    static MaintenanceDialog* openFor(agentlink::ClusterMonitor* monitor, QWidget* parent = nullptr);

    SwitchoverClient* client() const { return m_client; }
    void apply();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();

    agentlink::ClusterMonitor* m_monitor;
    SwitchoverClient* m_client;
    bool m_sending = false;
    QLabel* m_current;
    QLabel* m_meaning;
    QRadioButton* m_on;
    QRadioButton* m_off;
    QRadioButton* m_cluster;
    QRadioButton* m_group;
    QComboBox* m_groups;
    NoticeLabel* m_notice;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};

} // namespace twinha::ui
