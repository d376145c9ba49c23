#include "ui/DashboardWidget.h"

#include "agentlink/ClusterMonitor.h"
#include "agentlink/StatusText.h"
#include "ui/NodeCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("clusterMode"));
    header->addWidget(m_clusterName);
    header->addSpacing(12);
    header->addWidget(m_mode);
    header->addStretch();
    layout->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* cards = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        auto* card = new NodeCard(this);
        card->setObjectName(QStringLiteral("nodeCard%1").arg(i + 1));
        m_cards.append(card);
        cards->addWidget(card, 1);
    }
    layout->addLayout(cards, 1);

    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        for (NodeCard* card : std::as_const(m_cards))
            card->refreshAge();
    });
    m_ageTimer.start();
    updateHeader();
}

void DashboardWidget::setMonitor(agentlink::ClusterMonitor* monitor)
{
    m_monitor = monitor;
    connect(monitor, &agentlink::ClusterMonitor::nodeChanged, this, &DashboardWidget::updateNode);
    for (int i = 0; i < monitor->nodeCount(); ++i)
        updateNode(i);
}

void DashboardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QWidget::changeEvent(event);
}

void DashboardWidget::updateNode(int index)
{
    if (index < m_cards.size())
        m_cards.at(index)->setView(m_monitor->node(index));
    updateHeader();
}

void DashboardWidget::updateHeader()
{
    if (!m_monitor) {
        m_clusterName->setText(tr("No cluster open"));
        m_mode->clear();
        m_summary->setText(tr("Open a cluster profile with File ▸ Open, or start the console with --cluster FILE."));
        return;
    }
    m_clusterName->setText(m_monitor->profile().name);
    QString mode;
    int reached = 0;
    for (int i = 0; i < m_monitor->nodeCount(); ++i) {
        const agentlink::NodeView& node = m_monitor->node(i);
        if (node.link == agentlink::LinkState::Ready)
            ++reached;
        if (node.status && mode.isEmpty())
            mode = node.status->extra.value(QStringLiteral("mode")).toString();
    }
    m_mode->setText(mode.isEmpty() ? QString() : tr("Mode: %1").arg(agentlink::StatusText::mode(mode)));
    m_summary->setText(tr("The console reaches %1 of %2 nodes.").arg(reached).arg(m_monitor->nodeCount()));
}

} // namespace twinha::ui
