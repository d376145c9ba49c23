#include "ui/dashboard/ReadinessPanel.h"

#include "agentlink/ErrorText.h"
#include "ui/dashboard/FactAge.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace twinha::ui {

ReadinessPanel::ReadinessPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("readinessPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_grid->addWidget(m_empty, 0, 0, 1, 3);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_readiness.isEmpty())
            render();
    });
    m_ageTimer.start();
    render();
}

void ReadinessPanel::setView(const agentlink::ClusterView& view)
{
    m_readiness = view.readiness;
    m_view = view;
    render();
}

protocol::RpcError ReadinessPanel::withChannelCause(const protocol::RpcError& reason,
                                                    const QList<agentlink::ChannelView>& channels)
{
    // A readiness reason names the channel only; the channel's own report has the cause.
    const QString channel = reason.params.value(QStringLiteral("channel")).toString();
    if (!reason.code.startsWith(QLatin1String("REPLICATION_")) || channel.isEmpty() || reason.params.size() > 1)
        return reason;
    for (const agentlink::ChannelView& c : channels) {
        if (c.name != channel || c.error.code != reason.code)
            continue;
        protocol::RpcError e = c.error;
        e.params.insert(QStringLiteral("channel"), channel);
        return e;
    }
    return reason;
}

void ReadinessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

QString ReadinessPanel::describe(const agentlink::ReadinessView& r, const QList<agentlink::ChannelView>& channels)
{
    if (r.ready) {
        if (r.kind == protocol::OperationKind::Drain)
            return tr("Ready: group %1 can be drained from %2.").arg(r.group, r.from);
        if (r.kind == protocol::OperationKind::Undrain)
            return tr("Ready: group %1 can run on %2 again.").arg(r.group, r.to);
        return tr("Ready: group %1 can move from %2 to %3.").arg(r.group, r.from, r.to);
    }
    QStringList reasons;
    for (const protocol::RpcError& e : r.reasons)
        reasons << agentlink::ErrorText::describe(withChannelCause(e, channels));
    if (reasons.isEmpty())
        reasons << tr("the agents gave no reason.");
    return tr("Blocked: group %1: %2").arg(r.group, reasons.join(QLatin1Char(' ')));
}

QString ReadinessPanel::actionText(const agentlink::ReadinessView& r)
{
    if (r.kind == protocol::OperationKind::Drain)
        return tr("Drain %1…").arg(r.from);
    if (r.kind == protocol::OperationKind::Undrain)
        return tr("Return %1…").arg(r.to);
    return tr("Switch over…");
}

QString ReadinessPanel::lineText(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).text->text() : QString();
}

void ReadinessPanel::render()
{
    m_empty->setText(tr("Switchover readiness: waiting for the agents…"));
    m_empty->setVisible(m_readiness.isEmpty());
    while (m_rows.size() > m_readiness.size()) {
        const Row r = m_rows.takeLast();
        delete r.mark;
        delete r.text;
        delete r.action;
    }
    while (m_rows.size() < m_readiness.size()) {
        const int i = int(m_rows.size());
        Row r{new QLabel(this), new QLabel(this), new QPushButton(this)};
        QFont markFont = r.mark->font();
        markFont.setPointSizeF(markFont.pointSizeF() * 1.5);
        r.mark->setFont(markFont);
        r.text->setWordWrap(true);
        r.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.text->setObjectName(QStringLiteral("readiness%1").arg(i));
        r.action->setObjectName(QStringLiteral("switchoverButton%1").arg(i));
        connect(r.action, &QPushButton::clicked, this, [this, i] {
            if (i < m_readiness.size())
                Q_EMIT switchoverRequested(m_readiness.at(i).group, m_readiness.at(i).to);
        });
        m_grid->addWidget(r.mark, i + 1, 0, Qt::AlignTop);
        m_grid->addWidget(r.text, i + 1, 1);
        m_grid->addWidget(r.action, i + 1, 2, Qt::AlignTop);
        m_rows << r;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < m_readiness.size(); ++i) {
        const agentlink::ReadinessView& r = m_readiness.at(i);
        const Row& row = m_rows.at(i);
        const agentlink::FactSource source =
            r.reporter >= 0 && r.reporter < 2 ? m_view.sources[size_t(r.reporter)] : agentlink::FactSource();
        // A verdict from a node the console does not hear now is its last word: grey, with since when.
        const bool stale = !source.live;
        const QString colour = stale     ? FactAge::staleColor().name()
                               : r.ready ? QStringLiteral("#1e7b34")
                                         : QStringLiteral("#a61b1b");
        row.mark->setText(r.ready ? QStringLiteral("✓") : QStringLiteral("✗"));
        row.mark->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
        row.text->setStyleSheet(stale ? QStringLiteral("QLabel { color: %1; }").arg(colour) : QString());
        const QString from = FactAge::asSaidBy(source, now);
        const QString sentence = describe(r, m_view.channels);
        row.text->setText(from.isEmpty() ? sentence : sentence + QLatin1Char('\n') + from);
        row.action->setText(actionText(r));
        row.action->setAccessibleName(tr("%1 (group %2)").arg(actionText(r), r.group));
    }
}

} // namespace twinha::ui
