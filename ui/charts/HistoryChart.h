#pragma once

#include "agentlink/SeriesHistory.h"
#include "ui/charts/ChartMarks.h"
#include "ui/charts/TimeSpan.h"

#include <QChartView>
#include <QHash>
#include <QMap>

#include <optional>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace twinha::ui {

// A line chart of a SeriesHistory against the clock (lag per channel, RTT per link), with
// optional dashed threshold lines (a channel's lag limit) and events marked on the time axis.
// Where nothing was measured for a while the line breaks (ChartGaps) instead of joining the two
// sides. It follows now across the whole window until the user zooms (wheel, +/-) or pans (drag,
// arrow keys) into a span of it; a double click or Home goes back to following now.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget* parent = nullptr);

    void setTitles(const QString& title, const QString& unit, const QString& timeUnit);
    // Replaces what is drawn with `history`, each key under the label `labels` gives it (keys
    // without a label are skipped), over the last windowMs up to nowMs.
    void showHistory(const agentlink::SeriesHistory& history, const QMap<QString, QString>& labels, qint64 nowMs,
                     qint64 windowMs);
    // Dashed horizontal lines, e.g. "limit of data" at 5 s. Replaces the previous ones.
    void setThresholds(const QMap<QString, double>& thresholds);
    void setMarks(const QList<ChartMarks::Mark>& marks);

    // The time shown: the window up to now while live, else the span zoomed or panned to.
    TimeSpan visibleSpan() const;
    bool isLive() const { return !m_span.has_value(); }
    // Shows `span` (kept inside the window), or follows now again for nullopt. No spanChosen.
    void showSpan(const std::optional<TimeSpan>& span);
    // The user's zoom and pan; both emit spanChosen.
    void zoomAt(qint64 anchorMs, double factor);
    void panBy(qint64 deltaMs);

    int seriesCount() const;
    int pointCount(const QString& label) const; // -1: no such label
    int runCount(const QString& label) const;   // pieces of line between gaps (ChartGaps)
    QList<QPointF> points(const QString& label, bool threshold = false) const; // x: ms since the epoch
    int visibleMarkCount() const { return m_marks.visibleCount(visibleSpan()); }
    QString markTextAt(const QPoint& viewPos) const; // what the tooltip there says
    QPoint viewPositionOf(qint64 atMs) const;        // mid height of the plot

Q_SIGNALS:
    void spanChosen(bool live, qint64 fromMs, qint64 toMs);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QLineSeries* addLine(const QString& label);
    QLineSeries* thresholdFor(const QString& label);
    void setRuns(const QString& label, const QList<QList<QPointF>>& runs);
    TimeSpan limits() const { return {m_nowMs - m_windowMs, m_nowMs}; }
    void applySpan();
    void choose(const std::optional<TimeSpan>& span);
    QRectF plotInView() const;
    qint64 timeAt(const QPoint& viewPos) const;

    QCategoryAxis* m_time = nullptr; // labels on round times of the clock (TimeTicks)
    QValueAxis* m_value = nullptr;
    QHash<QString, QList<QLineSeries*>> m_series; // a line per run between gaps
    QHash<QString, QLineSeries*> m_thresholdSeries;
    QMap<QString, double> m_thresholds;
    ChartMarks m_marks;
    qint64 m_nowMs = 0;
    qint64 m_windowMs = 10 * 60 * 1000;
    std::optional<TimeSpan> m_span; // none: live
    std::optional<QPoint> m_dragFrom;
    TimeSpan m_dragSpan;
};

} // namespace twinha::ui
