#include "ui/charts/ChartsPanel.h"

#include "agentlink/ClusterMonitor.h"
#include "ui/charts/HistoryChart.h"
#include "ui/events/EventText.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace twinha::ui {

const QList<int>& ChartsPanel::rangeMinutes()
{
    static const QList<int> minutes{10, 60, 24 * 60, 7 * 24 * 60};
    return minutes;
}

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_rangeLabel = new QLabel(this);
    bar->addWidget(m_rangeLabel);
    m_ranges = new QButtonGroup(this);
    for (int minutes : rangeMinutes()) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("range%1").arg(minutes));
        b->setCheckable(true);
        m_ranges->addButton(b, minutes);
        bar->addWidget(b);
    }
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int minutes) {
        setWindowMinutes(minutes);
        Q_EMIT windowChosen(minutes);
    });
    m_live = new QToolButton(this);
    m_live->setObjectName(QStringLiteral("live"));
    m_live->setEnabled(false);
    connect(m_live, &QToolButton::clicked, this, [this] {
        for (HistoryChart* c : charts())
            c->showSpan(std::nullopt);
        m_live->setEnabled(false);
    });
    bar->addSpacing(12);
    bar->addWidget(m_live);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("chartHint"));
    m_hint->setEnabled(false); // the palette's quiet colour
    m_hint->setWordWrap(true); // a long translation wraps instead of widening the window
    bar->addWidget(m_hint, 1);
    layout->addLayout(bar);

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
    for (HistoryChart* c : charts())
        connect(c, &HistoryChart::spanChosen, this,
                [this, c](bool live, qint64 from, qint64 to) { followSpan(c, live, from, to); });
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(1000);
    connect(&m_redraw, &QTimer::timeout, this, &ChartsPanel::redrawWhenShown);
    setWindowMinutes(10);
    retranslate();
}

QList<HistoryChart*> ChartsPanel::charts() const
{
    return {m_lag, m_lagBytes, m_rtt};
}

QToolButton* ChartsPanel::rangeButton(int minutes) const
{
    return qobject_cast<QToolButton*>(m_ranges->button(minutes));
}

void ChartsPanel::setMonitor(agentlink::ClusterMonitor* monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;
    monitor->setHistoryWindowMs(m_windowMs);
    const auto later = [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
    };
    connect(monitor, &agentlink::ClusterMonitor::historySampled, this, later);
    connect(monitor, &agentlink::ClusterMonitor::eventsReceived, this, later);
    redrawWhenShown();
}

void ChartsPanel::redrawWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        redraw();
}

void ChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
    m_stale = false;
}

void ChartsPanel::setWindowMinutes(int minutes)
{
    m_windowMs = qint64(std::max(1, minutes)) * 60 * 1000;
    // A range of the console's settings that no button offers leaves none checked.
    m_ranges->setExclusive(false);
    for (QAbstractButton* b : m_ranges->buttons())
        b->setChecked(m_ranges->id(b) == minutes);
    m_ranges->setExclusive(true);
    if (m_monitor)
        m_monitor->setHistoryWindowMs(m_windowMs);
    redraw();
}

void ChartsPanel::showAround(qint64 fromMs, qint64 toMs)
{
    const qint64 margin = std::max<qint64>(60'000, (toMs - fromMs) / 2);
    const qint64 needMs = QDateTime::currentMSecsSinceEpoch() - fromMs + margin;
    if (needMs > m_windowMs) {
        int minutes = rangeMinutes().last();
        for (int m : rangeMinutes())
            if (qint64(m) * 60 * 1000 >= needMs) {
                minutes = m;
                break;
            }
        setWindowMinutes(minutes);
        Q_EMIT windowChosen(minutes);
    }
    redraw();
    for (HistoryChart* c : charts())
        c->showSpan(TimeSpan{fromMs - margin, toMs + margin});
    m_live->setEnabled(!m_lag->isLive());
}

void ChartsPanel::followSpan(HistoryChart* from, bool live, qint64 fromMs, qint64 toMs)
{
    for (HistoryChart* c : charts())
        if (c != from)
            c->showSpan(live ? std::nullopt : std::optional<TimeSpan>(TimeSpan{fromMs, toMs}));
    m_live->setEnabled(!live);
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    const QString time = tr("time");
    m_lag->setTitles(tr("Replication lag"), tr("seconds"), time);
    m_rtt->setTitles(tr("Heartbeat round trip"), tr("milliseconds"), time);
    m_lag->setAccessibleName(tr("Replication lag chart"));
    m_lagBytes->setTitles(tr("Replication lag in WAL"), tr("kilobytes"), time);
    m_lagBytes->setAccessibleName(tr("Replication lag in bytes chart"));
    m_rtt->setAccessibleName(tr("Heartbeat round-trip chart"));
    m_rangeLabel->setText(tr("Range:"));
    rangeButton(10)->setText(tr("10 min"));
    rangeButton(60)->setText(tr("1 h"));
    rangeButton(24 * 60)->setText(tr("24 h"));
    rangeButton(7 * 24 * 60)->setText(tr("7 days"));
    for (QAbstractButton* b : m_ranges->buttons())
        b->setToolTip(tr("Show this much history; each node keeps 7 days of its own"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Follow the present again after zooming or panning"));
    m_hint->setText(tr("Wheel or +/- to zoom, drag or arrow keys to move, double-click for live. "
                       "Point at a mark to see the event."));
    redraw();
}

void ChartsPanel::updateMarks()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<ChartMarks::Mark> marks;
    for (const agentlink::EventMarks::Mark& m : m_monitor->eventMarks().between(now - m_windowMs, now)) {
        const QColor colour = m.problem                                  ? QColor(0xc6, 0x28, 0x28)
                              : m.type == protocol::EventType::Operation ? QColor(0x15, 0x65, 0xc0)
                                                                         : QColor(0x8d, 0x6e, 0x00);
        const QString when = QDateTime::fromMSecsSinceEpoch(m.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        marks.append(
            {m.atMs, colour,
             tr("%1 on %2: %3 — %4")
                 .arg(when, m.node, EventText::typeLabel(m.type, m.data), EventText::summary(m.type, m.data))});
    }
    for (HistoryChart* c : charts())
        c->setMarks(marks);
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
    updateMarks();
}

} // namespace twinha::ui
