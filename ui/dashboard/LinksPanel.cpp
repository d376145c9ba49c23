#include "ui/dashboard/LinksPanel.h"

#include "ui/dashboard/LinkLine.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace twinha::ui {

namespace {
QColor stateColor(const QString& state)
{
    if (state == QLatin1String("up"))
        return QColor(0x1e, 0x7b, 0x34);
    if (state == QLatin1String("down"))
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

QString LinksPanel::linkText(int index) const
{
    if (index < 0 || index >= m_view.links.size())
        return {};
    const agentlink::HeartbeatLinkView& l = m_view.links.at(index);
    const QLocale locale;
    QStringList sides;
    for (int i = 0; i < 2; ++i) {
        const QString node = m_names.value(i);
        if (l.state[i].isEmpty()) {
            sides << tr("%1: no report").arg(node);
            continue;
        }
        const QString state = l.state[i] == QLatin1String("up") ? tr("up") : tr("down");
        if (l.rttMs[i] < 0)
            sides << tr("%1: %2").arg(node, state);
        else
            sides << tr("%1: %2\nRTT %3 ms, loss %4 %")
                         .arg(node, state, locale.toString(l.rttMs[i], 'f', 1), locale.toString(l.lossPct[i], 'f', 0));
    }
    return sides.join(QLatin1Char('\n'));
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
        r.line->setColors(stateColor(l.state[0]), stateColor(l.state[1]));
        r.figures->setText(linkText(i));
        r.widget->setAccessibleName(tr("Heartbeat link %1").arg(l.name));
        r.widget->setAccessibleDescription(r.figures->text());
    }
}

} // namespace twinha::ui
