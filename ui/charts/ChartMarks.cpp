#include "ui/charts/ChartMarks.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <cmath>

namespace twinha::ui {

qreal ChartMarks::xOf(qint64 atMs, const QRectF& plot, const TimeSpan& span)
{
    return plot.left() + plot.width() * double(atMs - span.fromMs) / double(std::max<qint64>(1, span.length()));
}

int ChartMarks::visibleCount(const TimeSpan& span) const
{
    int n = 0;
    for (const Mark& m : m_marks)
        n += span.contains(m.atMs) ? 1 : 0;
    return n;
}

void ChartMarks::paint(QPainter* painter, const QRectF& plot, const TimeSpan& span) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Mark& m : m_marks) {
        if (!span.contains(m.atMs))
            continue;
        const qreal x = xOf(m.atMs, plot, span);
        QPen pen(m.colour);
        pen.setWidthF(1.2);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QPainterPath flag;
        flag.moveTo(x - 5, plot.top());
        flag.lineTo(x + 5, plot.top());
        flag.lineTo(x, plot.top() + 8);
        flag.closeSubpath();
        painter->fillPath(flag, m.colour);
    }
    painter->restore();
}

QString ChartMarks::textAt(qreal x, const QRectF& plot, const TimeSpan& span) const
{
    QStringList lines;
    for (const Mark& m : m_marks)
        if (span.contains(m.atMs) && std::abs(xOf(m.atMs, plot, span) - x) <= kHitPx)
            lines << m.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace twinha::ui
