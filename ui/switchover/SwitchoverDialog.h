#pragma once

#include "agentlink/OperationView.h"
#include "agentlink/protocol/RpcError.h"
#include "ui/switchover/SwitchoverPlan.h"

#include "ui/GrowingDialog.h"
#include <QElapsedTimer>
#include <QTimer>

class QDialogButtonBox;
class QPushButton;
class QStackedWidget;

namespace twinha::agentlink {
class ClusterMonitor;
}
namespace twinha::protocol {
struct RpcMessage;
}

namespace twinha::ui {

class NoticeLabel;
class OperationFollower;
class PreCheckPage;
class ProgressPage;
class ResultPage;
class SwitchoverClient;

// One-click switchover of a group: the agents' pre-checks and the plan, one confirmation button
// (disabled while blocked), the steps live with their times, and the result with total time and
// service gap, or the translated reason of a rollback. "Switch back" checks the reverse direction.
//
// The agents own the transaction: closing this dialog or losing the connection never cancels it.
// A dialog opened while an operation of the group runs follows it; one opened after an operation
// this console started has ended, unseen, shows how it ended (monitor->operation()).
//
// In duplex mode the agents turn "to" into draining the other node or bringing `to` back.
//
// In maintenance mode the agents refuse a planned switchover (MAINTENANCE_MODE) unless forced: the
// dialog says so and offers "Switch over anyway…" behind a confirmation.
class SwitchoverDialog : public GrowingDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Checking, // waiting for switchover.check
        Checked,  // pre-checks shown; the confirm button is enabled when they all passed
        Starting, // switchover.start sent
        Running,  // following the operation
        Finished, // result shown
    };
    Q_ENUM(State)

    // `group` may be empty when the cluster has one group; `to` empty lets the agents choose.
    SwitchoverDialog(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to = {},
                     QWidget* parent = nullptr);
    // Creates the dialog with WA_DeleteOnClose and shows it (non-modal): the usual way to open it.
    static SwitchoverDialog* openFor(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to = {},
                                     QWidget* parent = nullptr);

    // Follows an operation started elsewhere (e.g. ForcedTakeoverDialog::started) to its result.
    void followOperation(const QString& id);
    // Asks the agents for the pre-checks again, in the current direction.
    void recheck();

    State state() const { return m_state; }
    const SwitchoverPlan& plan() const { return m_plan; }
    // The operation followed, as last reported (its result once Finished).
    const agentlink::OperationView& operation() const;

Q_SIGNALS:
    void stateChanged(twinha::ui::SwitchoverDialog::State state);
    void operationStarted(const QString& id);
    void operationFinished(const twinha::agentlink::OperationView& operation);
    void showOnChartsRequested(qint64 fromMs, qint64 toMs); // from the result page

protected:
    void changeEvent(QEvent* event) override;

private:
    void confirm();
    void sendStart(bool force);
    void switchAnyway();
    // Maintenance mode covers the group, as the agents last said or as a refusal said.
    bool maintenanceBlocks() const;
    QString maintenanceSentence() const;
    void onCheckReply(const protocol::RpcMessage& reply);
    void onStartReply(const protocol::RpcMessage& reply);
    void onOperation(const agentlink::OperationView& op);
    void onViewChanged();
    void showProgress(const agentlink::OperationView& known, qint64 requestedAgoMs);
    void finish(const agentlink::OperationView& op);
    void switchBack();
    bool nodeReachable(const QString& node) const; // the console hears it now (NodeView::live)
    void cancelOperation();
    void offerForce();
    void setState(State state);
    void updateDialogNotice();
    void updateButtons();
    void retranslate();
    bool concernsGroup(const agentlink::OperationView& op) const;
    QString readinessKey() const;

    agentlink::ClusterMonitor* m_monitor;
    SwitchoverClient* m_client;
    OperationFollower* m_follower;
    QString m_group;
    QString m_to;
    State m_state = State::Checking;
    SwitchoverPlan m_plan;
    int m_checkSerial = 0;
    bool m_checkUnsent = false; // no node was reachable for the last check
    QString m_lastReadiness;
    QTimer m_recheckTimer;
    QString m_idBefore;           // the newest operation before our start, so it is not mistaken for ours
    QElapsedTimer m_requestClock; // since our switchover.start went out
    bool m_cancelRequested = false;
    bool m_maintenanceRefused = false; // the agents refused with MAINTENANCE_MODE
    QString m_maintenanceBy;
    protocol::RpcError m_cancelRefused;

    QStackedWidget* m_pages;
    PreCheckPage* m_checkPage;
    ProgressPage* m_progressPage;
    ResultPage* m_resultPage;
    NoticeLabel* m_notice;
    QDialogButtonBox* m_buttons;
    QPushButton* m_recheck;
    QPushButton* m_confirm;
    QPushButton* m_force;
    QPushButton* m_anyway;
    QPushButton* m_cancelOp;
    QPushButton* m_reverse;
    QPushButton* m_close;
};

} // namespace twinha::ui
