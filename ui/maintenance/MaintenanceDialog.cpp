#include "ui/maintenance/MaintenanceDialog.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/ErrorText.h"
#include "agentlink/MaintenanceText.h"
#include "ui/switchover/NoticeLabel.h"
#include "ui/switchover/SwitchoverClient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twinha::ui {

using protocol::RpcMessage;

MaintenanceDialog::MaintenanceDialog(agentlink::ClusterMonitor* monitor, QWidget* parent)
    : GrowingDialog(parent)
    , m_monitor(monitor)
    , m_client(new SwitchoverClient(monitor, this))
    , m_current(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_on(new QRadioButton(this))
    , m_off(new QRadioButton(this))
    , m_cluster(new QRadioButton(this))
    , m_group(new QRadioButton(this))
    , m_groups(new QComboBox(this))
    , m_notice(new NoticeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    m_current->setObjectName(QStringLiteral("maintenanceCurrent"));
    m_meaning->setObjectName(QStringLiteral("maintenanceMeaning"));
    m_on->setObjectName(QStringLiteral("maintenanceOn"));
    m_off->setObjectName(QStringLiteral("maintenanceOff"));
    m_cluster->setObjectName(QStringLiteral("maintenanceCluster"));
    m_group->setObjectName(QStringLiteral("maintenanceGroup"));
    m_groups->setObjectName(QStringLiteral("maintenanceGroups"));
    m_notice->setObjectName(QStringLiteral("maintenanceDialogNotice"));
    for (QLabel* l : {m_current, m_meaning}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* onOff = new QButtonGroup(this);
    onOff->addButton(m_on);
    onOff->addButton(m_off);
    auto* scope = new QButtonGroup(this);
    scope->addButton(m_cluster);
    scope->addButton(m_group);
    m_cluster->setChecked(true);
    for (const agentlink::GroupView& g : m_monitor->view().groups)
        m_groups->addItem(g.name);
    // The likely wish: end it when it is on, start it when it is off.
    (m_monitor->view().maintenance.isOn() ? m_off : m_on)->setChecked(true);
    m_apply = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMaintenance"));

    auto* choices = new QGridLayout;
    choices->addWidget(m_on, 0, 0);
    choices->addWidget(m_off, 1, 0);
    choices->addWidget(m_cluster, 0, 1);
    choices->addWidget(m_group, 1, 1);
    choices->addWidget(m_groups, 1, 2);
    choices->setColumnStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_meaning);
    layout->addLayout(choices);
    layout->addWidget(m_notice);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_apply, &QPushButton::clicked, this, &MaintenanceDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QRadioButton::toggled, this, &MaintenanceDialog::updateState);
    connect(m_on, &QRadioButton::toggled, this, &MaintenanceDialog::retranslate);
    connect(m_monitor, &agentlink::ClusterMonitor::viewChanged, this, &MaintenanceDialog::retranslate);
    retranslate();
}

MaintenanceDialog* MaintenanceDialog::openFor(agentlink::ClusterMonitor* monitor, QWidget* parent)
{
    auto* dialog = new MaintenanceDialog(monitor, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MaintenanceDialog::apply()
{
    if (m_sending || !m_apply->isEnabled())
        return;
    m_sending = true;
    m_notice->clearNotice();
    const QString group = m_group->isChecked() ? m_groups->currentText() : QString();
    const bool sent = m_client->setMaintenance(m_on->isChecked(), group, [this](const RpcMessage& reply) {
        m_sending = false;
        if (reply.kind == RpcMessage::Kind::Error) {
            m_notice->showNotice(NoticeLabel::Kind::Error,
                                 tr("The agents refused: %1").arg(agentlink::ErrorText::describe(reply.error)));
            retranslate();
            return;
        }
        accept(); // the banner follows from the agents' next status
    });
    if (!sent)
        m_sending = false;
    retranslate();
}

void MaintenanceDialog::updateState()
{
    m_groups->setEnabled(m_group->isChecked() && m_groups->count() > 0);
    m_group->setEnabled(m_groups->count() > 0);
    m_apply->setEnabled(!m_sending && m_client->anyReachable());
    if (!m_client->anyReachable())
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("The console is connected to neither agent right now; each node's card says why."));
    else if (m_notice->kind() == NoticeLabel::Kind::Warning)
        m_notice->clearNotice();
}

void MaintenanceDialog::retranslate()
{
    setWindowTitle(tr("Maintenance mode — %1").arg(m_monitor->profile().name));
    const agentlink::MaintenanceView& m = m_monitor->view().maintenance;
    m_current->setText(m.isOn() ? agentlink::MaintenanceText::banner(m) : tr("Maintenance mode is off."));
    m_meaning->setText(tr("In maintenance mode the agents keep watching and reporting, but start, stop and move "
                          "nothing by themselves, not even after a failure. A planned switchover needs force. Use it "
                          "while you work on a node or a service, and end it when you are done."));
    m_on->setText(tr("Turn o&n"));
    m_off->setText(tr("Turn o&ff"));
    m_cluster->setText(tr("For the &whole cluster"));
    m_group->setText(tr("For &group:"));
    m_groups->setAccessibleName(tr("Group"));
    m_apply->setText(m_sending           ? tr("Sending…")
                     : m_on->isChecked() ? tr("&Start maintenance")
                                         : tr("&End maintenance"));
    updateState();
}

void MaintenanceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace twinha::ui
