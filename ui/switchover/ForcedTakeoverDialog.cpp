#include "ui/switchover/ForcedTakeoverDialog.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "ui/switchover/GroupLag.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/StartedOperations.h"
#include "ui/switchover/SwitchoverClient.h"
#include "ui/switchover/SwitchoverText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace twinha::ui {

using protocol::RpcMessage;

namespace {
QLabel* sentence(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ForcedTakeoverDialog::ForcedTakeoverDialog(agentlink::ClusterMonitor* monitor, const QString& group, const QString& to,
                                           QWidget* parent)
    : GrowingDialog(parent)
    , m_monitor(monitor)
    , m_client(new SwitchoverClient(monitor, this))
    , m_group(group)
    , m_to(to)
    , m_icon(new QLabel(this))
    , m_title(sentence(QStringLiteral("forceTitle"), this))
    , m_whenToUse(sentence(QStringLiteral("whenToUse"), this))
    , m_splitBrain(sentence(QStringLiteral("splitBrainRisk"), this))
    , m_dataLoss(sentence(QStringLiteral("dataLossRisk"), this))
    , m_prompt(sentence(QStringLiteral("confirmPrompt"), this))
    , m_confirmName(new QLineEdit(this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("forcedTakeoverDialog"));
    // With one group the agents need no name, but the user still types one to confirm.
    if (m_group.isEmpty() && m_monitor->view().groups.size() == 1)
        m_group = m_monitor->view().groups.first().name;
    if (m_to.isEmpty())
        for (const agentlink::ReadinessView& r : m_monitor->view().readiness)
            if (r.group == m_group)
                m_to = r.to;

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_splitBrain->setTextFormat(Qt::RichText); // its key words in bold
    m_confirmName->setObjectName(QStringLiteral("confirmGroupName"));
    m_prompt->setBuddy(m_confirmName);
    m_notice->setObjectName(QStringLiteral("forceNotice"));
    m_takeOver = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_takeOver->setObjectName(QStringLiteral("takeOver"));
    m_takeOver->setAutoDefault(false);
    m_takeOver->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #c62828; font-weight: bold; }"));
    m_skipFencing = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_skipFencing->setObjectName(QStringLiteral("skipFencing"));
    m_skipFencing->setAutoDefault(false);
    m_skipFencing->setStyleSheet(QStringLiteral("QPushButton { color: #c62828; }"));
    m_skipFencing->hide(); // only once the agents asked for fencing
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_whenToUse);
    text->addWidget(m_splitBrain);
    text->addWidget(m_dataLoss);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(m_prompt);
    text->addWidget(m_confirmName);
    text->addWidget(m_notice);
    text->addStretch();
    auto* top = new QGridLayout;
    top->addWidget(m_icon, 0, 0);
    top->addLayout(text, 0, 1);
    top->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_confirmName, &QLineEdit::textChanged, this, &ForcedTakeoverDialog::updateButton);
    connect(m_takeOver, &QPushButton::clicked, this, &ForcedTakeoverDialog::takeOver);
    connect(m_skipFencing, &QPushButton::clicked, this, &ForcedTakeoverDialog::confirmSkipFencing);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_monitor, &agentlink::ClusterMonitor::viewChanged, this, [this] {
        followFence();
        updateButton();
        retranslate(); // the lag, the fence and the reachability notice are live
    });
    retranslate();
    updateButton();
    m_confirmName->setFocus();
}

ForcedTakeoverDialog* ForcedTakeoverDialog::openFor(agentlink::ClusterMonitor* monitor, const QString& group,
                                                    const QString& to, QWidget* parent)
{
    auto* dialog = new ForcedTakeoverDialog(monitor, group, to, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ForcedTakeoverDialog::otherNode() const
{
    for (const agentlink::NodeEndpoint& n : m_monitor->profile().nodes)
        if (n.name != m_to)
            return n.name;
    return {};
}

void ForcedTakeoverDialog::updateButton()
{
    // The exact name, as typed: a confirmation that cannot be given by reflex. While the peer is being
    // powered off the dialog waits for it, and sends the takeover again by itself.
    const bool waiting = m_fence.state() == FenceWait::State::Running || m_fence.state() == FenceWait::State::Done;
    m_takeOver->setEnabled(!m_sending && !waiting && !m_group.isEmpty() && m_confirmName->text() == m_group &&
                           m_client->anyReachable());
    m_skipFencing->setVisible(m_fence.active());
    m_skipFencing->setEnabled(!m_sending && m_fence.state() != FenceWait::State::Done && m_client->anyReachable());
}

void ForcedTakeoverDialog::takeOver()
{
    if (!m_takeOver->isEnabled())
        return;
    send(false);
}

void ForcedTakeoverDialog::send(bool skipFencing)
{
    m_sending = true;
    m_refusal = {};
    updateButton();
    retranslate();
    const bool sent = m_client->start(
        m_group, m_to, true, otherNode(), [this](const RpcMessage& reply) { onReply(reply); }, skipFencing);
    if (!sent) {
        m_sending = false;
        updateButton();
    }
}

void ForcedTakeoverDialog::onReply(const RpcMessage& reply)
{
    m_sending = false;
    if (reply.kind == RpcMessage::Kind::Error && reply.error.code == QLatin1String(protocol::codes::kFenceRequired)) {
        m_fence.begin(reply.error); // not a refusal to show: a wait to follow
        followFence();
    } else if (reply.kind == RpcMessage::Kind::Error) {
        m_refusal = reply.error;
        m_fence.clear(); // refused for another reason: no more resending by itself
    } else {
        m_fence.clear();
        m_id = reply.result[QStringLiteral("id")].toString();
        StartedOperations::remember(m_id);
        Q_EMIT started(m_id);
        accept();
        return;
    }
    retranslate();
    updateButton();
}

void ForcedTakeoverDialog::followFence()
{
    if (!m_fence.update(m_monitor->view()) && m_fence.state() != FenceWait::State::Done)
        return;
    if (m_fence.state() == FenceWait::State::Done && !m_sending)
        send(false); // the peer is off: what the agents asked for is done
    else
        retranslate();
}

void ForcedTakeoverDialog::confirmSkipFencing()
{
    if (!m_skipFencing->isEnabled())
        return;
    const QString node = m_fence.node().isEmpty() ? otherNode() : m_fence.node();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Take over without fencing?"),
                                tr("%1 may still be running the service: both nodes may serve at once and data may "
                                   "diverge.")
                                    .arg(node),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("skipFencingConfirmation"));
    box->setInformativeText(tr("Skip fencing only if you know that %1 is off, for example because you switched it "
                               "off yourself. %2 then takes over group %3 at once.")
                                .arg(node, m_to, m_group));
    QPushButton* skip = box->addButton(tr("Take over &without fencing"), QMessageBox::DestructiveRole);
    skip->setObjectName(QStringLiteral("confirmSkipFencing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, skip](QAbstractButton* clicked) {
        if (clicked == skip)
            send(true);
    });
    box->open();
}

void ForcedTakeoverDialog::retranslate()
{
    const QString other = otherNode();
    setWindowTitle(tr("Forced takeover — %1").arg(m_group));
    m_title->setText(tr("Take over group %1 on %2 by force?").arg(m_group, m_to));
    m_whenToUse->setText(tr("This skips the pre-checks that failed. Use it only when you know why they failed and, "
                            "if %1 cannot be reached, that it is really down (switched off, for example) and not "
                            "merely cut off from this console or from %2.")
                             .arg(other, m_to));
    m_splitBrain->setText(tr("If %1 still runs group %2 without hearing %3, both nodes serve clients at once: "
                             "<b>split-brain</b>. The data written on one side is <b>lost</b> when they are joined "
                             "again.")
                              .arg(other.toHtmlEscaped(), m_group.toHtmlEscaped(), m_to.toHtmlEscaped()));
    const std::optional<double> lag = groupLagS(m_monitor->view(), m_group);
    m_dataLoss->setText(
        lag ? tr("Changes not yet replicated to %1 are lost if %2 cannot send them first; the "
                 "replication lag was %3 at the last report.")
                  .arg(m_to, other, SwitchoverText::seconds(*lag))
            : tr("Changes not yet replicated to %1 are lost if %2 cannot send them first.").arg(m_to, other));
    m_prompt->setText(tr("To confirm, type the group's name, %1:").arg(m_group));
    m_confirmName->setAccessibleName(tr("Group name, to confirm the forced takeover"));
    m_takeOver->setText(m_sending                                      ? tr("Taking over…")
                        : m_fence.state() == FenceWait::State::Running ? tr("Waiting for fencing…")
                        : m_fence.state() == FenceWait::State::Failed  ? tr("&Try again")
                                                                       : tr("&Take over by force"));
    m_takeOver->setAccessibleDescription(tr("Starts group %1 on %2 without the failed pre-checks").arg(m_group, m_to));
    m_skipFencing->setText(tr("&Skip fencing…"));
    m_skipFencing->setToolTip(tr("Takes over without powering %1 off first: if it still runs, both nodes serve at once")
                                  .arg(m_fence.node().isEmpty() ? other : m_fence.node()));
    if (!m_refusal.isNull())
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("The agents refused: %1").arg(agentlink::ErrorText::describe(m_refusal)));
    else if (m_fence.active())
        m_notice->showNotice(m_fence.state() == FenceWait::State::Failed ? NoticeLabel::Kind::Error
                                                                         : NoticeLabel::Kind::Warning,
                             m_fence.sentence(m_to));
    else if (!m_client->anyReachable())
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The console is connected to neither agent right now; each node's card says why."));
    else
        m_notice->clearNotice();
}

void ForcedTakeoverDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace twinha::ui
