#include "ui/dashboard/ReplicationTable.h"

#include "agentlink/ErrorText.h"
#include "ui/dashboard/FactAge.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace twinha::ui {

ReplicationTable::ReplicationTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("replicationTable"));
    setColumnCount(7);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(true);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_channels.isEmpty())
            render();
    });
    m_ageTimer.start();
    render();
}

void ReplicationTable::setView(const agentlink::ClusterView& view)
{
    m_channels = view.channels;
    m_view = view;
    render();
}

void ReplicationTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTableWidget::changeEvent(event);
}

QString ReplicationTable::stateText(protocol::ReplicationState state)
{
    switch (state) {
    case protocol::ReplicationState::InSync:
        return tr("In sync");
    case protocol::ReplicationState::Syncing:
        return tr("Syncing");
    case protocol::ReplicationState::Lagging:
        return tr("Lagging");
    case protocol::ReplicationState::Error:
        return tr("Error");
    case protocol::ReplicationState::Idle:
        return tr("Idle");
    case protocol::ReplicationState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ReplicationTable::streamText(const agentlink::ChannelView& c)
{
    QString state;
    if (c.streamState == QLatin1String("streaming"))
        state = tr("Streaming");
    else if (c.streamState == QLatin1String("catchup"))
        state = tr("Catching up");
    else if (c.streamState == QLatin1String("stopped"))
        state = tr("Not streaming");
    else if (c.streamState == QLatin1String("not_standby") || c.streamState == QLatin1String("not_primary"))
        state = tr("Wrong role");
    else
        state = c.streamState;
    const QString mode = c.synchronous ? tr("synchronous") : tr("asynchronous");
    return c.timeline > 0 ? tr("%1, %2, timeline %3").arg(state, mode).arg(c.timeline) : tr("%1, %2").arg(state, mode);
}

QString ReplicationTable::keptText(const agentlink::KeptView& k)
{
    return tr("%n file(s) from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)", nullptr,
              int(k.files))
        .arg(k.node, k.latestPath);
}

void ReplicationTable::render()
{
    setHorizontalHeaderLabels(
        {tr("Channel"), tr("State"), tr("Lag"), tr("Last sync"), tr("Pending"), tr("Reported"), tr("Problem")});
    setAccessibleName(tr("Replication channels"));
    setRowCount(int(m_channels.size()));
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    for (int row = 0; row < m_channels.size(); ++row) {
        const agentlink::ChannelView& c = m_channels.at(row);
        const agentlink::FactSource source = m_view.sourceOf(c.reportedBy);
        QString lag =
            c.lagS ? tr("%1 s (limit %2 s)").arg(locale.toString(*c.lagS, 'f', 1), locale.toString(c.maxLagS, 'f', 0))
                   : tr("unknown (limit %1 s)").arg(locale.toString(c.maxLagS, 'f', 0));
        if (c.lagBytes)
            lag += QLatin1Char('\n') +
                   (c.maxLagBytes > 0
                        ? tr("%1 of WAL behind (limit %2)")
                              .arg(locale.formattedDataSize(*c.lagBytes), locale.formattedDataSize(c.maxLagBytes))
                        : tr("%1 of WAL behind").arg(locale.formattedDataSize(*c.lagBytes)));
        const QString lastSync =
            c.lastSync.isValid() ? locale.toString(c.lastSync.toLocalTime(), QLocale::ShortFormat) : tr("never");
        QString pending = QStringLiteral("—");
        if (!c.streamState.isEmpty())
            pending = streamText(c);
        else if (c.pendingFiles && c.pendingBytes)
            pending =
                tr("%n file(s), %1", nullptr, int(*c.pendingFiles)).arg(locale.formattedDataSize(*c.pendingBytes));
        QStringList problems;
        if (!c.error.isNull())
            problems << agentlink::ErrorText::describe(c.error);
        for (const agentlink::KeptView& k : c.kept)
            problems << keptText(k);
        // A silent node's report is its last word: said as such, and greyed.
        const QString state = source.live ? stateText(c.state) : tr("%1, as last reported").arg(stateText(c.state));
        const QStringList cells{tr("%1 (%2, group %3)").arg(c.name, c.type, c.group),
                                state,
                                lag,
                                lastSync,
                                pending,
                                FactAge::note(source, now),
                                problems.join(QLatin1Char('\n'))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (!source.live)
                item->setForeground(FactAge::staleColor());
            else if (col == 2 && c.overLimit())
                item->setForeground(QColor(0xa6, 0x1b, 0x1b));
            setItem(row, col, item);
        }
    }
    resizeRowsToContents();
}

} // namespace twinha::ui
