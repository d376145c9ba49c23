#include "ui/wizard/ModeDiagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace twinha::ui {

namespace {

void drawArrow(QPainter& p, QPointF from, QPointF to, qreal head, bool dashed, const QColor& colour)
{
    p.setPen(QPen(colour, std::max(1.0, head / 5), dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
    const QPointF direction = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
    const QPointF base = to - direction * head;
    p.drawLine(from, base);
    const QPointF normal(-direction.y(), direction.x());
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(base + normal * head / 2);
    tip.lineTo(base - normal * head / 2);
    tip.closeSubpath();
    p.fillPath(tip, colour);
}

} // namespace

ModeDiagram::ModeDiagram(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslate();
}

void ModeDiagram::setMode(protocol::ClusterMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    retranslate();
    update();
}

void ModeDiagram::setNodeNames(const QString& first, const QString& second)
{
    m_nodeNames = {first, second};
    updateGeometry();
    update();
}

QString ModeDiagram::nodeTitle(int i) const
{
    return m_nodeNames[size_t(i)].isEmpty() ? tr("Node %1").arg(i + 1) : m_nodeNames[size_t(i)];
}

ModeDiagram::Geometry ModeDiagram::geometry() const
{
    // Everything in multiples of the font's line height, so the sketch scales with text and DPI.
    const QFontMetrics fm = fontMetrics();
    const int unit = fm.height();
    int widest = 0;
    for (const QString& text : {nodeTitle(0), nodeTitle(1), tr("Group"), tr("Group A"), tr("Group B"), tr("Standby")})
        widest = std::max(widest, std::min(fm.horizontalAdvance(text), 14 * unit));
    return Geometry{unit, std::max(8 * unit, widest + 2 * unit), 5 * unit, 4 * unit, unit / 2};
}

QSize ModeDiagram::sizeHint() const
{
    const Geometry g = geometry();
    return {2 * g.nodeWidth + g.gap + 2 * g.margin, g.nodeHeight + 2 * g.margin};
}

void ModeDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const Geometry g = geometry();
    const int u = g.unit;
    const int left = (width() - (2 * g.nodeWidth + g.gap)) / 2;
    const int top = (height() - g.nodeHeight) / 2;

    std::array<QRect, 2> nodes;
    std::array<QRect, 2> slots; // where a group sits inside a node
    for (int i : {0, 1}) {
        QRect& node = nodes[size_t(i)];
        node = QRect(left + i * (g.nodeWidth + g.gap), top, g.nodeWidth, g.nodeHeight);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(node, u / 3.0, u / 3.0);
        const QRect title(node.left() + u / 2, node.top() + u / 3, node.width() - u, u);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(title, Qt::AlignHCenter | Qt::AlignVCenter,
                   fm.elidedText(nodeTitle(i), Qt::ElideMiddle, title.width()));
        slots[size_t(i)] = QRect(node.left() + u / 2, node.top() + 2 * u, node.width() - u, 2 * u);
    }

    const auto group = [&](const QRect& r, const QString& label) {
        p.setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1));
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(r, u / 4.0, u / 4.0);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(r, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, r.width() - u / 2));
    };
    const QColor arrow = pal.color(QPalette::WindowText);
    const qreal head = u / 2.0;
    const QRect& a = slots[0];
    const QRect& b = slots[1];

    if (m_mode == protocol::ClusterMode::MutualBackup) {
        // Each group runs on its own node; each node stands by for the other's.
        group(a, tr("Group A"));
        group(b, tr("Group B"));
        const qreal offset = u / 2.0;
        drawArrow(p, QPointF(a.right() + 2, a.center().y() - offset), QPointF(b.left() - 2, b.center().y() - offset),
                  head, true, arrow);
        drawArrow(p, QPointF(b.left() - 2, b.center().y() + offset), QPointF(a.right() + 2, a.center().y() + offset),
                  head, true, arrow);
    } else if (m_mode == protocol::ClusterMode::Duplex) {
        // One group, running on both nodes at once.
        group(a, tr("Group"));
        group(b, tr("Group"));
        p.setPen(QPen(arrow, std::max(1.0, head / 5)));
        p.drawLine(QPointF(a.right() + 2, a.center().y()), QPointF(b.left() - 2, b.center().y()));
    } else {
        group(a, tr("Group"));
        // The standby's empty place for the group: where the dashed arrow says it goes.
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(b, u / 4.0, u / 4.0);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(b, Qt::AlignCenter, fm.elidedText(tr("Standby"), Qt::ElideRight, b.width() - u / 2));
        drawArrow(p, QPointF(a.right() + 2, a.center().y()), QPointF(b.left() - 2, b.center().y()), head, true, arrow);
    }
}

void ModeDiagram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void ModeDiagram::retranslate()
{
    setAccessibleName(tr("Mode diagram"));
    if (m_mode == protocol::ClusterMode::MutualBackup)
        setAccessibleDescription(tr("Group A runs on node 1 and group B on node 2; each node takes over the other's "
                                    "group."));
    else if (m_mode == protocol::ClusterMode::Duplex)
        setAccessibleDescription(tr("The group runs on node 1 and node 2 at the same time."));
    else
        setAccessibleDescription(tr("The group runs on node 1; node 2 stands by and takes it over."));
}

} // namespace twinha::ui
