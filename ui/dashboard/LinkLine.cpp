#include "ui/dashboard/LinkLine.h"

#include <QPainter>

namespace twinha::ui {

LinkLine::LinkLine(QWidget* parent)
    : QWidget(parent)
    , m_left(Qt::gray)
    , m_right(Qt::gray)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LinkLine::setColors(const QColor& left, const QColor& right)
{
    m_left = left;
    m_right = right;
    update();
}

void LinkLine::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int y = height() / 2;
    const int r = 5;
    const int mid = width() / 2;
    p.setPen(QPen(m_left, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(r, y, mid, y);
    p.setPen(QPen(m_right, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(mid, y, width() - r, y);
    p.setPen(Qt::NoPen);
    p.setBrush(m_left);
    p.drawEllipse(QPoint(r, y), r, r);
    p.setBrush(m_right);
    p.drawEllipse(QPoint(width() - r - 1, y), r, r);
}

} // namespace twinha::ui
