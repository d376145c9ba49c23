#pragma once

#include "agentlink/OperationView.h"
#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

class OperationFollower;
class SwitchoverClient;

// Page 10, optional: moves the first group to the other node and back through the agents'
// switchover transaction, over the profile the Apply page saved (so it tests what the console
// will use), and shows each leg's measured total time and service gap.
class TestSwitchoverPage : public WizardPage
{
    Q_OBJECT

public:
    explicit TestSwitchoverPage(QWidget* parent = nullptr);
    ~TestSwitchoverPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    void startLeg();
    void onFinished(const agentlink::OperationView& op);
    void updateButton();
    QString group() const;

    QLabel* m_intro;
    QPushButton* m_run;
    QTreeWidget* m_results;
    QPointer<agentlink::ClusterMonitor> m_monitor;
    SwitchoverClient* m_client = nullptr;
    OperationFollower* m_follower = nullptr;
    int m_leg = -1; // 0: there, 1: back; -1 when no test runs
};

} // namespace twinha::ui
