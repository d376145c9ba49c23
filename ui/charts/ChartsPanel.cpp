#include "ui/charts/ChartsPanel.h"

#include "agentlink/ClusterMonitor.h"
#include "ui/charts/HistoryChart.h"

#include <QDateTime>
#include <QEvent>
#include <QVBoxLayout>

namespace twinha::ui {

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_lag = new HistoryChart(this);
    m_lag->setObjectName(QStringLiteral("lagChart"));
    m_lagBytes = new HistoryChart(this);
    m_lagBytes->setObjectName(QStringLiteral("lagBytesChart"));
    m_lagBytes->hide(); // until a channel reports bytes (PostgreSQL)
    m_rtt = new HistoryChart(this);
    m_rtt->setObjectName(QStringLiteral("rttChart"));
    layout->addWidget(m_lag, 3);
    layout->addWidget(m_lagBytes, 3);
    layout->addWidget(m_rtt, 2);
    m_rtt->setMinimumHeight(190); // room for its axes when the WAL chart shows too
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(1000);
    connect(&m_redraw, &QTimer::timeout, this, &ChartsPanel::redraw);
    retranslate();
}

void ChartsPanel::setMonitor(agentlink::ClusterMonitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;
    monitor->setHistoryWindowMs(m_windowMs);
    connect(monitor, &agentlink::ClusterMonitor::historySampled, this, [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
    });
    redraw();
}

void ChartsPanel::setWindowMinutes(int minutes)
{
    m_windowMs = qint64(std::max(1, minutes)) * 60 * 1000;
    if (m_monitor)
        m_monitor->setHistoryWindowMs(m_windowMs);
    redraw();
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    m_lag->setTitles(tr("Replication lag"), tr("seconds"), tr("minutes before now"));
    m_rtt->setTitles(tr("Heartbeat round trip"), tr("milliseconds"), tr("minutes before now"));
    m_lag->setAccessibleName(tr("Replication lag chart"));
    m_lagBytes->setTitles(tr("Replication lag in WAL"), tr("kilobytes"), tr("minutes before now"));
    m_lagBytes->setAccessibleName(tr("Replication lag in bytes chart"));
    m_rtt->setAccessibleName(tr("Heartbeat round-trip chart"));
    redraw();
}

void ChartsPanel::redraw()
{
    if (!m_monitor)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const agentlink::ClusterView& view = m_monitor->view();
    QMap<QString, QString> lagLabels;
    QMap<QString, double> limits;
    for (const agentlink::ChannelView& c : view.channels) {
        lagLabels.insert(c.name, c.name);
        if (c.maxLagS > 0)
            limits.insert(tr("limit of %1").arg(c.name), c.maxLagS);
    }
    m_lag->setThresholds(limits);
    m_lag->showHistory(m_monitor->lagHistory(), lagLabels, now, m_windowMs);

    // Bytes in KiB: WAL lag is small while streaming and megabytes when it is not.
    QMap<QString, QString> byteLabels;
    QMap<QString, double> byteLimits;
    for (const agentlink::ChannelView& c : view.channels) {
        if (!c.lagBytes)
            continue;
        byteLabels.insert(c.name, c.name);
        if (c.maxLagBytes > 0)
            byteLimits.insert(tr("limit of %1").arg(c.name), double(c.maxLagBytes) / 1024.0);
    }
    m_lagBytes->setVisible(!byteLabels.isEmpty());
    if (!byteLabels.isEmpty()) {
        m_lagBytes->setThresholds(byteLimits);
        m_lagBytes->showHistory(m_monitor->lagKibHistory(), byteLabels, now, m_windowMs);
    }

    QMap<QString, QString> rttLabels;
    for (const agentlink::HeartbeatLinkView& l : view.links)
        for (int i = 0; i < std::min(2, m_monitor->nodeCount()); ++i) {
            const QString node = m_monitor->node(i).endpoint.name;
            rttLabels.insert(agentlink::ClusterMonitor::rttKey(l.name, node), tr("%1 from %2").arg(l.name, node));
        }
    m_rtt->showHistory(m_monitor->rttHistory(), rttLabels, now, m_windowMs);
}

} // namespace twinha::ui
