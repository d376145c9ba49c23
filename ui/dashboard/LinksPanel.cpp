#include "ui/dashboard/LinksPanel.h"

#include "ui/dashboard/FactAge.h"
#include "ui/dashboard/LinkLine.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {
QColor stateColor(protocol::HeartbeatLinkState state)
{
    if (state == protocol::HeartbeatLinkState::Up)
        return QColor(0x1e, 0x7b, 0x34);
    if (state == protocol::HeartbeatLinkState::Down)
        return QColor(0xa6, 0x1b, 0x1b);
    return QColor(0x9a, 0x9a, 0x9a);
}
} // namespace

LinksPanel::LinksPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("linksPanel"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    layout->addStretch();
    // Ages move on between the agents' pushes, and nothing is pushed by a node that went silent.
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_view.links.isEmpty())
            render();
    });
    m_ageTimer.start();
    render();
}

void LinksPanel::setView(const agentlink::ClusterView& view, const QStringList& nodeNames)
{
    m_view = view;
    m_names = nodeNames;
    render();
}

void LinksPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

bool LinksPanel::sideIsStale(int side) const
{
    return side >= 0 && side < 2 && !m_view.sources[size_t(side)].live;
}

QString LinksPanel::sideText(int index, int i, const QDateTime& now) const
{
    const agentlink::HeartbeatLinkView& l = m_view.links.at(index);
    const agentlink::FactSource& source = m_view.sources[size_t(i)];
    const QString node = m_names.value(i);
    if (l.state[i] == protocol::HeartbeatLinkState::Unknown)
        return source.live || !source.known() ? tr("%1: no report").arg(node)
                                              : tr("%1: %2").arg(node, FactAge::silentSince(source, now));
    const QLocale locale;
    const QString state = l.state[i] == protocol::HeartbeatLinkState::Up ? tr("up") : tr("down");
    const QString rtt = locale.toString(l.rttMs[i], 'f', 1);
    const QString figures = l.rttMs[i] < 0 ? QString()
                            : l.lossPct[i] < 0
                                ? tr("RTT %1 ms").arg(rtt) // loss unknown: not said as 0 %
                                : tr("RTT %1 ms, loss %2 %").arg(rtt, locale.toString(l.lossPct[i], 'f', 0));
    if (source.live) {
        const QString head = tr("%1: %2, %3 ago").arg(node, state, FactAge::age(source.ageMs(now)));
        return figures.isEmpty() ? head : head + QLatin1Char('\n') + figures;
    }
    // A node the console does not hear: what it last said, as history.
    const QString head = tr("%1: %2").arg(node, FactAge::silentSince(source, now));
    const QString said =
        figures.isEmpty() ? tr("it last said: %1").arg(state) : tr("it last said: %1, %2").arg(state, figures);
    return head + QLatin1Char('\n') + said;
}

QString LinksPanel::linkText(int index) const
{
    if (index < 0 || index >= m_view.links.size())
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    return QStringList{sideText(index, 0, now), sideText(index, 1, now)}.join(QLatin1Char('\n'));
}

void LinksPanel::rebuildRows()
{
    for (const Row& r : std::as_const(m_rowWidgets))
        delete r.widget;
    m_rowWidgets.clear();
    for (int i = 0; i < m_view.links.size(); ++i) {
        Row r;
        r.widget = new QWidget(this);
        auto* rowLayout = new QVBoxLayout(r.widget);
        rowLayout->setContentsMargins(0, 4, 0, 4);
        rowLayout->setSpacing(2);
        r.name = new QLabel(r.widget);
        r.name->setAlignment(Qt::AlignCenter);
        r.line = new LinkLine(r.widget);
        r.figures = new QLabel(r.widget);
        r.figures->setAlignment(Qt::AlignCenter);
        r.figures->setWordWrap(true);
        r.figures->setTextFormat(Qt::RichText);
        r.figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rowLayout->addWidget(r.name);
        rowLayout->addWidget(r.line);
        rowLayout->addWidget(r.figures);
        m_rows->addWidget(r.widget);
        m_rowWidgets << r;
    }
}

void LinksPanel::render()
{
    m_title->setText(tr("Heartbeat links"));
    if (!m_none) {
        m_none = new QLabel(this);
        m_none->setAlignment(Qt::AlignCenter);
        m_none->setWordWrap(true);
        m_rows->addWidget(m_none);
    }
    m_none->setText(tr("No heartbeat report yet"));
    m_none->setVisible(m_view.links.isEmpty());
    bool sameLinks = m_rowWidgets.size() == m_view.links.size();
    for (int i = 0; sameLinks && i < m_rowWidgets.size(); ++i)
        sameLinks = m_rowWidgets.at(i).name->text() == m_view.links.at(i).name;
    if (!sameLinks)
        rebuildRows();
    for (int i = 0; i < m_view.links.size(); ++i) {
        const agentlink::HeartbeatLinkView& l = m_view.links.at(i);
        const Row& r = m_rowWidgets.at(i);
        r.name->setText(l.name);
        // A silent node's half is grey whatever it last said: its word is not the present.
        r.line->setColors(sideIsStale(0) ? FactAge::staleColor() : stateColor(l.state[0]),
                          sideIsStale(1) ? FactAge::staleColor() : stateColor(l.state[1]));
        const QDateTime now = QDateTime::currentDateTime();
        QStringList html;
        for (int side = 0; side < 2; ++side) {
            const QString text =
                sideText(i, side, now).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
            html << (sideIsStale(side)
                         ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(FactAge::staleColor().name(), text)
                         : text);
        }
        r.figures->setText(html.join(QLatin1String("<br>")));
        r.widget->setAccessibleName(tr("Heartbeat link %1").arg(l.name));
        r.widget->setAccessibleDescription(linkText(i));
    }
}

} // namespace twinha::ui
