#pragma once

#include "agentlink/protocol/RpcError.h"
#include "ui/GrowingDialog.h"
#include "ui/switchover/FenceWait.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twinha::agentlink {
class ClusterMonitor;
}
namespace twinha::protocol {
struct RpcMessage;
}

namespace twinha::ui {

class NoticeLabel;
class SwitchoverClient;

// The dangerous way round the pre-checks: switchover.start with force=true. Says plainly what can
// go wrong (split-brain if the other node is not really down, loss of the data not yet
// replicated) and enables its button only once the group's name has been typed.
//
// The agents decide what force may override: replication lag, configuration drift and, on the
// surviving node, the peer's silence. A refusal is shown, translated, in the dialog.
//
// Where the peer has a fence device, the agents refuse with FENCE_REQUIRED and power the silent
// peer off first. The dialog then follows the fence and sends the takeover again once it is done;
// "Skip fencing…" sends it with skip_fencing only after a separate confirmation that names the risk.
class ForcedTakeoverDialog : public GrowingDialog
{
    Q_OBJECT

public:
    // `to`: the node that should run the group afterwards (empty: the agents' choice).
    ForcedTakeoverDialog(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to = {},
                         QWidget* parent = nullptr);
    // Creates the dialog with WA_DeleteOnClose and opens it window-modal; connect to started().
    static ForcedTakeoverDialog* openFor(agentlink::ClusterMonitor* monitor, const QString& group,
                                         const QString& to = {}, QWidget* parent = nullptr);

    const QString& group() const { return m_group; }
    const QString& operationId() const { return m_id; }
    SwitchoverClient* client() const { return m_client; }
    FenceWait::State fenceState() const { return m_fence.state(); }

Q_SIGNALS:
    // The agents accepted: the operation runs (follow it with SwitchoverDialog::followOperation).
    void started(const QString& operationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void takeOver();
    void send(bool skipFencing);
    void onReply(const protocol::RpcMessage& reply);
    void confirmSkipFencing();
    void followFence();
    void updateButton();
    void retranslate();
    QString otherNode() const;

    agentlink::ClusterMonitor* m_monitor;
    SwitchoverClient* m_client;
    QString m_group;
    QString m_to;
    QString m_id;
    bool m_sending = false;
    protocol::RpcError m_refusal;
    FenceWait m_fence;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_whenToUse;
    QLabel* m_splitBrain;
    QLabel* m_dataLoss;
    QLabel* m_prompt;
    QLineEdit* m_confirmName;
    NoticeLabel* m_notice;
    QDialogButtonBox* m_buttons;
    QPushButton* m_takeOver;
    QPushButton* m_skipFencing;
};

} // namespace twinha::ui
