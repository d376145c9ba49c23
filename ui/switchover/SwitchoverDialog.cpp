#include "ui/switchover/SwitchoverDialog.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "ui/switchover/ForcedTakeoverDialog.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/OperationFollower.h"
#include "ui/switchover/PreCheckPage.h"
#include "ui/switchover/ProgressPage.h"
#include "ui/switchover/ResultPage.h"
#include "ui/switchover/StartedOperations.h"
#include "ui/switchover/SwitchoverClient.h"
#include "ui/switchover/SwitchoverText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twinha::ui {

namespace codes = protocol::codes;
using agentlink::OperationView;
using protocol::RpcError;
using protocol::RpcMessage;

SwitchoverDialog::SwitchoverDialog(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to,
                                   QWidget* parent)
    : GrowingDialog(parent)
    , m_monitor(monitor)
    , m_client(new SwitchoverClient(monitor, this))
    , m_follower(new OperationFollower(monitor, this))
    , m_group(group)
    , m_to(to)
    , m_pages(new QStackedWidget(this))
    , m_checkPage(new PreCheckPage(m_pages))
    , m_progressPage(new ProgressPage(m_pages))
    , m_resultPage(new ResultPage(m_pages))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("switchoverDialog"));
    m_pages->addWidget(m_checkPage);
    m_pages->addWidget(m_progressPage);
    m_pages->addWidget(m_resultPage);
    connect(m_resultPage, &ResultPage::showOnChartsRequested, this, &SwitchoverDialog::showOnChartsRequested);
    m_notice->setObjectName(QStringLiteral("dialogNotice"));

    const auto addButton = [this](const char* name, QDialogButtonBox::ButtonRole role) {
        QPushButton* b = m_buttons->addButton(QString(), role);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false); // Enter must never start or force a switchover by accident
        return b;
    };
    m_recheck = addButton("recheck", QDialogButtonBox::ActionRole);
    m_force = addButton("force", QDialogButtonBox::ActionRole);
    m_force->setStyleSheet(QStringLiteral("QPushButton { color: #c62828; }"));
    m_anyway = addButton("switchAnyway", QDialogButtonBox::ActionRole);
    m_cancelOp = addButton("cancelOperation", QDialogButtonBox::ActionRole);
    m_reverse = addButton("switchBack", QDialogButtonBox::ActionRole);
    m_confirm = addButton("confirm", QDialogButtonBox::ActionRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);
    // Wide enough for a reason sentence on two or three lines; heights follow the text.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    connect(m_recheck, &QPushButton::clicked, this, [this] {
        m_checkPage->clearError();
        recheck();
    });
    connect(m_confirm, &QPushButton::clicked, this, &SwitchoverDialog::confirm);
    connect(m_force, &QPushButton::clicked, this, &SwitchoverDialog::offerForce);
    connect(m_anyway, &QPushButton::clicked, this, &SwitchoverDialog::switchAnyway);
    connect(m_cancelOp, &QPushButton::clicked, this, &SwitchoverDialog::cancelOperation);
    connect(m_reverse, &QPushButton::clicked, this, &SwitchoverDialog::switchBack);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_monitor, &agentlink::ClusterMonitor::operationChanged, this, &SwitchoverDialog::onOperation);
    connect(m_follower, &OperationFollower::adopted, this, [this](const QString& id) {
        StartedOperations::remember(id);
        m_progressPage->setStartUnconfirmed(false);
    });
    connect(m_follower, &OperationFollower::changed, this, [this](const OperationView& op) {
        m_progressPage->setOperation(op);
        updateButtons();
    });
    connect(m_follower, &OperationFollower::finished, this, &SwitchoverDialog::finish);
    connect(m_monitor, &agentlink::ClusterMonitor::viewChanged, this, &SwitchoverDialog::onViewChanged);
    m_recheckTimer.setSingleShot(true);
    m_recheckTimer.setInterval(300);
    connect(&m_recheckTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Checked)
            recheck();
    });

    retranslate();
    // Reopened while an operation runs, or after one we started ended unseen: show it, not a check.
    const OperationView& op = m_monitor->operation();
    if (!op.isNull() && concernsGroup(op) && (op.isRunning() || StartedOperations::isUnseen(op.id)))
        followOperation(op.id);
    else
        recheck();
}

SwitchoverDialog* SwitchoverDialog::openFor(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to,
                                            QWidget* parent)
{
    auto* dialog = new SwitchoverDialog(monitor, group, to, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

const OperationView& SwitchoverDialog::operation() const
{
    return m_follower->operation();
}

bool SwitchoverDialog::concernsGroup(const OperationView& op) const
{
    return m_group.isEmpty() || op.group == m_group;
}

void SwitchoverDialog::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    updateButtons();
}

// ---------------------------------------------------------------- pre-checks

void SwitchoverDialog::recheck()
{
    const int serial = ++m_checkSerial;
    m_recheckTimer.stop();
    m_follower->stop();
    m_pages->setCurrentWidget(m_checkPage);
    m_checkPage->showChecking(m_group);
    setState(State::Checking);
    const bool sent = m_client->check(m_group, m_to, [this, serial](const RpcMessage& reply) {
        if (serial == m_checkSerial && m_state == State::Checking)
            onCheckReply(reply);
    });
    m_checkUnsent = !sent;
    if (!sent) {
        m_checkPage->showUnreachable(true);
        setState(State::Checked);
    }
}

void SwitchoverDialog::onCheckReply(const RpcMessage& reply)
{
    if (reply.kind == RpcMessage::Kind::Error) {
        const QString& code = reply.error.code;
        // Lost on the way: ask again once the console reaches a node.
        m_checkUnsent = code == QLatin1String(codes::kConnectionLost) || code == QLatin1String(codes::kRequestTimeout);
        m_plan = {};
        m_checkPage->showPlan(m_plan);
        m_checkPage->showError(reply.error);
        return setState(State::Checked);
    }
    m_plan = SwitchoverPlan::fromJson(reply.result.toObject());
    if (m_group.isEmpty())
        m_group = m_plan.group;
    m_lastReadiness = readinessKey();
    m_checkPage->showPlan(m_plan);
    setState(State::Checked);
    retranslate();
}

// The agents' live readiness for this plan's direction, as a comparable key ("" when none).
QString SwitchoverDialog::readinessKey() const
{
    for (const agentlink::ReadinessView& r : m_monitor->view().readiness) {
        if (r.group != m_plan.group || r.to != m_plan.to || r.kind != m_plan.kind)
            continue;
        QStringList reasons;
        for (const RpcError& e : r.reasons)
            reasons << e.code;
        reasons.sort();
        return (r.ready ? QStringLiteral("ready:") : QStringLiteral("blocked:")) + reasons.join(QLatin1Char(','));
    }
    return {};
}

void SwitchoverDialog::onViewChanged()
{
    const bool reachable = m_client->anyReachable();
    m_progressPage->setConnectionLost(!reachable);
    if (m_state != State::Checked) {
        updateButtons();
        return;
    }
    if (reachable && m_checkUnsent) {
        // The connection came back after a check that reached nobody.
        m_checkUnsent = false;
        m_recheckTimer.start();
        return;
    }
    // The agents' readiness changed since the plan was shown (lag went down, peer came back...):
    // ask again, so the confirm button never lags behind the agents' verdict.
    const QString key = readinessKey();
    if (!key.isEmpty() && key != m_lastReadiness) {
        m_lastReadiness = key;
        m_recheckTimer.start();
    }
    updateButtons();
}

// ---------------------------------------------------------------- start and follow

void SwitchoverDialog::confirm()
{
    sendStart(false);
}

bool SwitchoverDialog::maintenanceBlocks() const
{
    const agentlink::MaintenanceView& m = m_monitor->view().maintenance;
    const QString group = m_plan.group.isEmpty() ? m_group : m_plan.group;
    return m.known ? m.covers(group) : m_maintenanceRefused; // the agents' latest word wins
}

void SwitchoverDialog::switchAnyway()
{
    if (m_state != State::Checked || !(m_plan.ready || m_plan.forceable) || !maintenanceBlocks())
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Switch over in maintenance mode?"),
        tr("Group %1 is in maintenance mode. Switch it over to %2 anyway?").arg(m_plan.group, m_plan.to),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("maintenanceConfirmation"));
    box->setInformativeText(tr("The agents carry out this switchover, with its steps and checks, although "
                               "maintenance mode is on. Make sure nobody is working on either node. Maintenance mode "
                               "stays on afterwards."));
    QPushButton* anyway = box->addButton(tr("Switch over &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("confirmSwitchAnyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, anyway](QAbstractButton* clicked) {
        if (clicked == anyway)
            sendStart(true);
    });
    box->open();
}

void SwitchoverDialog::sendStart(bool force)
{
    if (m_state != State::Checked || !(m_plan.ready || (force && m_plan.forceable)))
        return;
    m_checkPage->clearError();
    m_idBefore = m_monitor->operation().id;
    m_requestClock.start();
    setState(State::Starting);
    const bool sent = m_client->start(m_plan.group, m_plan.to, force, m_plan.sourceNode(),
                                      [this](const RpcMessage& reply) { onStartReply(reply); });
    if (!sent) {
        m_checkUnsent = true;
        m_checkPage->showUnreachable(true);
        setState(State::Checked);
    }
}

void SwitchoverDialog::onStartReply(const RpcMessage& reply)
{
    if (m_state != State::Starting)
        return;
    if (reply.kind == RpcMessage::Kind::Error) {
        const QString& code = reply.error.code;
        if (code == QLatin1String(codes::kConnectionLost) || code == QLatin1String(codes::kRequestTimeout)) {
            // The start may have reached the agents: wait for any new operation of this group.
            showProgress({}, m_requestClock.elapsed());
            m_progressPage->setStartUnconfirmed(true);
            m_follower->adoptNext(m_plan.group, m_idBefore);
            return;
        }
        if (code == QLatin1String(codes::kMaintenanceMode)) {
            m_maintenanceRefused = true; // said in the dialog's notice, with "Switch over anyway…"
            m_maintenanceBy = reply.error.params.value(QStringLiteral("by")).toString();
        } else {
            m_checkPage->showError(reply.error); // kept while the checks run again
        }
        recheck();
        return;
    }
    const QJsonObject r = reply.result.toObject();
    OperationView started;
    started.id = r.value(QStringLiteral("id")).toString();
    const QString kind = r.value(QStringLiteral("kind")).toString();
    started.kind = kind.isEmpty() ? m_plan.kind : protocol::operationKindFrom(kind);
    started.group = r.value(QStringLiteral("group")).toString(m_plan.group);
    started.from = r.value(QStringLiteral("from")).toString(m_plan.from);
    started.to = r.value(QStringLiteral("to")).toString(m_plan.to);
    StartedOperations::remember(started.id);
    Q_EMIT operationStarted(started.id);
    showProgress(started, m_requestClock.elapsed());
    m_follower->follow(started);
}

void SwitchoverDialog::followOperation(const QString& id)
{
    OperationView known;
    known.id = id;
    known.group = m_group;
    showProgress({}, -1);
    m_follower->follow(known);
}

void SwitchoverDialog::showProgress(const OperationView& known, qint64 requestedAgoMs)
{
    m_cancelRequested = false;
    m_cancelRefused = {};
    m_progressPage->begin(known, requestedAgoMs);
    m_pages->setCurrentWidget(m_progressPage);
    setState(State::Running);
}

void SwitchoverDialog::onOperation(const OperationView& op)
{
    // Someone else started one while the checks are shown: they would only say so. Follow it.
    if ((m_state == State::Checking || m_state == State::Checked) && op.isRunning() && concernsGroup(op))
        followOperation(op.id);
}

void SwitchoverDialog::finish(const OperationView& op)
{
    StartedOperations::markSeen(op.id);
    m_progressPage->setOperation(op);
    m_resultPage->showResult(op, m_follower->lagAtCutover());
    m_pages->setCurrentWidget(m_resultPage);
    setState(State::Finished);
    m_close->setFocus();
    Q_EMIT operationFinished(op);
}

void SwitchoverDialog::switchBack()
{
    const OperationView& op = m_follower->operation();
    if (m_state != State::Finished || SwitchoverText::reverseButton(op).isEmpty() || !nodeReachable(op.from))
        return;
    m_group = op.group;
    m_to = op.from;
    m_plan = {};
    m_maintenanceRefused = false;
    recheck();
}

void SwitchoverDialog::cancelOperation()
{
    const OperationView& op = m_follower->operation();
    if (m_state != State::Running || op.id.isEmpty())
        return;
    m_cancelOp->setEnabled(false);
    const QString node = op.from.isEmpty() ? op.to : op.from;
    const bool sent = m_client->cancel(op.id, node, [this](const RpcMessage& reply) {
        m_cancelRequested = reply.kind == RpcMessage::Kind::Result;
        m_cancelRefused = reply.kind == RpcMessage::Kind::Error ? reply.error : RpcError();
        updateDialogNotice();
        updateButtons();
    });
    if (!sent) {
        m_cancelRefused = RpcError::make(QString::fromLatin1(codes::kConnectionLost));
        updateDialogNotice();
        updateButtons();
    }
}

void SwitchoverDialog::offerForce()
{
    if (m_state != State::Checked || m_plan.ready || !m_plan.forceable)
        return;
    auto* dialog = ForcedTakeoverDialog::openFor(m_monitor, m_plan.group, m_plan.to, this);
    connect(dialog, &ForcedTakeoverDialog::started, this, [this](const QString& id) {
        followOperation(id);
        Q_EMIT operationStarted(id);
    });
}

} // namespace twinha::ui
