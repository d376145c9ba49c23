// SwitchoverDialog's texts and buttons: which show, which are enabled, and what they say.
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/OperationFollower.h"
#include "ui/switchover/SwitchoverClient.h"
#include "ui/switchover/SwitchoverDialog.h"
#include "ui/switchover/SwitchoverText.h"

#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>

namespace twinha::ui {

using agentlink::OperationView;

void SwitchoverDialog::updateDialogNotice()
{
    if (m_state == State::Running && !m_cancelRefused.isNull())
        m_notice->showNotice(NoticeLabel::Kind::Error, agentlink::ErrorText::describe(m_cancelRefused));
    else if (m_state == State::Running && m_cancelRequested)
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("Cancellation requested. The agents stop if nothing has been changed yet."));
    else if (m_state == State::Checked && !m_plan.isNull() && maintenanceBlocks())
        m_notice->showNotice(NoticeLabel::Kind::Warning, maintenanceSentence());
    else
        m_notice->clearNotice();
}

QString SwitchoverDialog::maintenanceSentence() const
{
    const agentlink::MaintenanceView& m = m_monitor->view().maintenance;
    const QString by = m.known && !m.by.isEmpty() ? m.by : m_maintenanceBy;
    return agentlink::ErrorText::describe(
        protocol::RpcError::make(QString::fromLatin1(protocol::codes::kMaintenanceMode),
                                 {{QStringLiteral("group"), m_plan.group}, {QStringLiteral("by"), by}}));
}

void SwitchoverDialog::updateButtons()
{
    const bool checked = m_state == State::Checked;
    const bool planShown = checked && !m_plan.isNull();
    const OperationView& op = m_follower->operation();
    const bool unconfirmed = m_state == State::Running && op.id.isEmpty();
    const bool notDone = m_state == State::Finished && op.result != protocol::OperationResult::Done;
    m_recheck->setVisible(m_state == State::Checking || checked || unconfirmed || notDone);
    m_recheck->setEnabled(m_state != State::Checking);
    m_confirm->setVisible(m_state == State::Checking || checked || m_state == State::Starting);
    m_confirm->setEnabled(planShown && m_plan.ready && m_client->anyReachable());
    // In maintenance mode the agents' pre-checks fail on it (forceable): "Switch over anyway…" is the
    // one way on, and it also covers the other forceable failures.
    m_force->setVisible(planShown && !m_plan.ready && m_plan.forceable && !maintenanceBlocks());
    m_anyway->setVisible(planShown && (m_plan.ready || m_plan.forceable) && maintenanceBlocks());
    m_anyway->setEnabled(m_client->anyReachable());
    m_cancelOp->setVisible(m_state == State::Running && !op.id.isEmpty());
    // The agents can cancel only before anything has been stopped.
    m_cancelOp->setEnabled(
        !m_cancelRequested && !op.isFinal() &&
        (op.phase == protocol::OperationPhase::None || op.phase == protocol::OperationPhase::Precheck));
    const QString reverse = m_state == State::Finished ? SwitchoverText::reverseButton(op) : QString();
    m_reverse->setVisible(!reverse.isEmpty());
    m_reverse->setText(reverse);
    // Back to a node the console cannot reach now: offered only once it answers again.
    const bool backReachable = nodeReachable(op.from);
    m_reverse->setEnabled(backReachable);
    m_reverse->setToolTip(backReachable ? QString()
                                        : tr("%1 cannot be reached now; switching back is possible once the console "
                                             "reaches it again.")
                                              .arg(op.from));
    m_reverse->setAccessibleDescription(m_reverse->toolTip());
    m_confirm->setText(m_plan.isNull() ? tr("&Switch over") : SwitchoverText::confirmButton(m_plan));
    m_confirm->setToolTip(planShown && !m_plan.ready
                              ? tr("Blocked until every pre-check passes")
                              : tr("Starts at once; the agents stop the group on the source, replicate what is "
                                   "left and start it on the target"));
    m_confirm->setAccessibleDescription(m_confirm->toolTip());
    m_recheck->setText(m_state == State::Finished ? tr("&Try again") : tr("Check a&gain"));
    updateDialogNotice();
}

bool SwitchoverDialog::nodeReachable(const QString& node) const
{
    for (int i = 0; i < m_monitor->nodeCount(); ++i)
        if (m_monitor->node(i).endpoint.name == node)
            return m_monitor->node(i).live();
    return false;
}

void SwitchoverDialog::retranslate()
{
    const QString group = m_group.isEmpty() ? m_plan.group : m_group;
    setWindowTitle(group.isEmpty() ? tr("Switchover") : tr("Switchover — %1").arg(group));
    m_force->setText(tr("Take over by &force…"));
    m_anyway->setText(tr("Switch over &anyway…"));
    m_anyway->setToolTip(tr("Maintenance mode is on: the agents switch over only when told to override it"));
    m_force->setToolTip(tr("Overrides the failed checks. Dangerous: read the warning that follows."));
    m_force->setAccessibleDescription(m_force->toolTip());
    m_cancelOp->setText(tr("Ca&ncel the switchover"));
    m_cancelOp->setToolTip(tr("Possible only before the source has stopped the group"));
    m_close->setToolTip(tr("Closes this window; the agents finish a running switchover anyway"));
    m_pages->setAccessibleName(tr("Switchover"));
    updateButtons();
}

void SwitchoverDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace twinha::ui
