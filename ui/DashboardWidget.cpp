#include "ui/DashboardWidget.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/NodeCard.h"
#include "ui/dashboard/HealthBadge.h"
#include "ui/dashboard/LinksPanel.h"
#include "ui/dashboard/MaintenanceBanner.h"
#include "ui/dashboard/ProtectionPanel.h"
#include "ui/dashboard/ReadinessPanel.h"
#include "ui/dashboard/ReplicationTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinha::ui {

DashboardWidget::DashboardWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_clusterName = new QLabel(this);
    m_clusterName->setObjectName(QStringLiteral("clusterName"));
    QFont big = m_clusterName->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_clusterName->setFont(big);
    m_badge = new HealthBadge(this);
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("clusterMode"));
    m_epoch = new QLabel(this);
    m_epoch->setObjectName(QStringLiteral("clusterEpoch"));
    header->addWidget(m_clusterName);
    header->addSpacing(8);
    header->addWidget(m_badge);
    header->addSpacing(16);
    header->addWidget(m_mode);
    header->addSpacing(16);
    header->addWidget(m_epoch);
    header->addStretch();
    m_maintenanceButton = new QPushButton(this);
    m_maintenanceButton->setObjectName(QStringLiteral("maintenanceButton"));
    connect(m_maintenanceButton, &QPushButton::clicked, this, &DashboardWidget::maintenanceRequested);
    header->addWidget(m_maintenanceButton);
    layout->addLayout(header);

    m_maintenance = new MaintenanceBanner(this);
    layout->addWidget(m_maintenance);

    m_diagnosis = new QLabel(this);
    m_diagnosis->setObjectName(QStringLiteral("clusterDiagnosis"));
    m_diagnosis->setWordWrap(true);
    layout->addWidget(m_diagnosis);

    m_protection = new ProtectionPanel(this);
    layout->addWidget(m_protection);

    m_readiness = new ReadinessPanel(this);
    connect(m_readiness, &ReadinessPanel::switchoverRequested, this, &DashboardWidget::switchoverRequested);
    layout->addWidget(m_readiness);

    auto* cards = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto* card = new NodeCard(this);
        card->setObjectName(QStringLiteral("nodeCard%1").arg(i + 1));
        connect(card, &NodeCard::switchoverRequested, this, &DashboardWidget::switchoverRequested);
        m_cards.append(card);
    }
    m_links = new LinksPanel(this);
    cards->addWidget(m_cards.at(0), 3);
    cards->addWidget(m_links, 2);
    cards->addWidget(m_cards.at(1), 3);
    layout->addLayout(cards, 1);

    m_replication = new ReplicationTable(this);
    layout->addWidget(m_replication);

    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        for (NodeCard* card : std::as_const(m_cards))
            card->refreshAge();
    });
    clear();
}

void DashboardWidget::setMonitor(agentlink::ClusterMonitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_maintenance->setMonitor(monitor);
    if (!monitor) {
        clear();
        return;
    }
    showBody(true);
    m_ageTimer.start();
    connect(monitor, &agentlink::ClusterMonitor::nodeChanged, this, &DashboardWidget::updateNode);
    connect(monitor, &agentlink::ClusterMonitor::viewChanged, this, &DashboardWidget::updateView);
    for (int i = 0; i < monitor->nodeCount(); ++i)
        updateNode(i);
    updateView();
}

void DashboardWidget::clear()
{
    // Nothing of the pair that was shown may stay: no cards, no ticking data age, no Switch over button.
    const agentlink::ClusterView empty;
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i)->setView({});
        m_cards.at(i)->setGroups({}, i);
    }
    m_links->setView(empty, {});
    m_readiness->setView(empty);
    m_maintenance->setMaintenance({});
    m_replication->setView(empty);
    m_ageTimer.stop();
    showBody(false);
    updateHeader();
}

void DashboardWidget::showBody(bool visible)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_readiness, m_links})
        w->setVisible(visible);
    for (NodeCard* card : std::as_const(m_cards))
        card->setVisible(visible);
    if (!visible)
        m_replication->hide(); // shown again by updateView() when the pair has channels
}

bool DashboardWidget::showsPair() const
{
    return m_monitor != nullptr;
}

QString DashboardWidget::diagnosisText() const
{
    return m_diagnosis->text();
}

void DashboardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QWidget::changeEvent(event);
}

void DashboardWidget::updateNode(int index)
{
    if (m_monitor && index < m_cards.size())
        m_cards.at(index)->setView(m_monitor->node(index));
}

void DashboardWidget::updateView()
{
    if (!m_monitor)
        return;
    const agentlink::ClusterView& view = m_monitor->view();
    QStringList names;
    for (int i = 0; i < m_monitor->nodeCount(); ++i)
        names << m_monitor->node(i).endpoint.name;
    for (int i = 0; i < m_cards.size() && i < m_monitor->nodeCount(); ++i)
        m_cards.at(i)->setGroups(view.groups, i, view.mode == protocol::ClusterMode::Duplex,
                                 m_monitor->node(1 - i).endpoint.name);
    m_links->setView(view, names);
    m_readiness->setView(view);
    m_protection->setProtection(view.protection);
    m_maintenance->setMaintenance(view.maintenance);
    m_replication->setView(view);
    m_replication->setVisible(!view.channels.isEmpty());
    updateHeader();
}

void DashboardWidget::updateHeader()
{
    m_maintenanceButton->setText(tr("&Maintenance mode…"));
    m_maintenanceButton->setToolTip(tr("Stops the agents from starting, stopping or moving anything by themselves, "
                                       "for the cluster or one group, or ends it"));
    m_maintenanceButton->setVisible(m_monitor);
    if (!m_monitor) {
        m_clusterName->setText(tr("No cluster open"));
        m_badge->hide();
        m_mode->clear();
        m_epoch->clear();
        m_protection->setProtection({});
        m_diagnosis->setText(tr("Open a cluster profile with File ▸ Open, or start the console with --cluster FILE."));
        return;
    }
    const agentlink::ClusterView& view = m_monitor->view();
    m_clusterName->setText(m_monitor->profile().name);
    m_badge->show();
    m_badge->setHealth(view.health);
    m_mode->setText(view.mode ? tr("Mode: %1").arg(agentlink::StatusText::mode(*view.mode)) : QString());
    m_epoch->setText(view.epoch > 0 ? tr("Epoch: %1").arg(view.epoch) : QString());
    QList<agentlink::NodeView> nodes;
    for (int i = 0; i < m_monitor->nodeCount(); ++i)
        nodes << m_monitor->node(i);
    m_diagnosis->setText(agentlink::StatusText::diagnosis(view, nodes));
}

} // namespace twinha::ui
