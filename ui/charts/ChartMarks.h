#pragma once

#include "ui/charts/TimeSpan.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace twinha::ui {

// Events on a chart's time axis: a thin vertical line with a flag at the top of the plot where
// each happened, and the sentence for the ones under the pointer (several when they overlap).
class ChartMarks
{
public:
    struct Mark
    {
        qint64 atMs = 0;
        QColor colour;
        QString text; // when, where and what, in the user's language
    };

    static constexpr qreal kHitPx = 5;

    void setMarks(const QList<Mark>& marks) { m_marks = marks; }
    const QList<Mark>& marks() const { return m_marks; }
    int visibleCount(const TimeSpan& span) const;
    // `plot`: the plot area in the painter's coordinates, showing `span`.
    void paint(QPainter* painter, const QRectF& plot, const TimeSpan& span) const;
    // The marks within kHitPx of x (same coordinates as plot), one a line; empty if none.
    QString textAt(qreal x, const QRectF& plot, const TimeSpan& span) const;

private:
    static qreal xOf(qint64 atMs, const QRectF& plot, const TimeSpan& span);

    QList<Mark> m_marks;
};

} // namespace twinha::ui
