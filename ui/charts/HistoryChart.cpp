#include "ui/charts/HistoryChart.h"

#include "ui/charts/ChartGaps.h"
#include "ui/charts/TimeTicks.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace twinha::ui {

HistoryChart::HistoryChart(QWidget* parent)
    // The chart from the start: setChart() only releases the view's default chart, which then
    // leaks with its scene.
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time = new QCategoryAxis(chart);
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.1f"));
    m_value->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    setFocusPolicy(Qt::StrongFocus); // +, -, arrows and Home zoom and pan too
    setMouseTracking(true);
}

void HistoryChart::setTitles(const QString& title, const QString& unit, const QString& timeUnit)
{
    chart()->setTitle(title);
    m_value->setTitleText(unit);
    m_time->setTitleText(timeUnit);
}

QLineSeries* HistoryChart::addLine(const QString& label)
{
    auto* s = new QLineSeries(chart());
    s->setName(label);
    chart()->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(m_value);
    return s;
}

QLineSeries* HistoryChart::thresholdFor(const QString& label)
{
    if (QLineSeries* s = m_thresholdSeries.value(label))
        return s;
    QLineSeries* s = addLine(label);
    QPen pen(QColor(0xa6, 0x1b, 0x1b));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(1);
    s->setPen(pen);
    m_thresholdSeries.insert(label, s);
    return s;
}

void HistoryChart::setRuns(const QString& label, const QList<QList<QPointF>>& runs)
{
    // One line a run: the first carries the legend, the others its colour and no legend entry.
    QList<QLineSeries*>& lines = m_series[label];
    const qsizetype wanted = std::max<qsizetype>(1, runs.size());
    while (lines.size() < wanted) {
        QLineSeries* s = addLine(label);
        if (!lines.isEmpty()) {
            s->setColor(lines.first()->color());
            for (QLegendMarker* marker : chart()->legend()->markers(s))
                marker->setVisible(false);
        }
        lines.append(s);
    }
    while (lines.size() > wanted) {
        chart()->removeSeries(lines.last());
        delete lines.takeLast();
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines.at(i)->replace(i < runs.size() ? runs.at(i) : QList<QPointF>());
}

void HistoryChart::showHistory(const agentlink::SeriesHistory& history, const QMap<QString, QString>& labels,
                               qint64 nowMs, qint64 windowMs)
{
    m_nowMs = nowMs;
    m_windowMs = windowMs;
    double top = 1;
    QSet<QString> shown;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QList<agentlink::SeriesHistory::Sample> inWindow;
        for (const agentlink::SeriesHistory::Sample& s : history.samples(it.key()))
            if (s.atMs >= nowMs - windowMs)
                inWindow.append(s);
        QList<QList<QPointF>> runs;
        for (const QList<agentlink::SeriesHistory::Sample>& run : ChartGaps::runs(inWindow)) {
            QList<QPointF> points;
            for (const agentlink::SeriesHistory::Sample& s : run) {
                points.append(QPointF(double(s.atMs), s.value));
                top = std::max(top, s.value);
            }
            runs.append(points);
        }
        setRuns(it.value(), runs);
        shown.insert(it.value());
    }
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        for (QLineSeries* s : std::as_const(it.value())) {
            chart()->removeSeries(s);
            delete s;
        }
        it = m_series.erase(it);
    }
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        thresholdFor(it.key())->replace(
            {QPointF(double(nowMs - windowMs), it.value()), QPointF(double(nowMs), it.value())});
        top = std::max(top, it.value());
    }
    m_value->setRange(0, top * 1.2);
    m_value->applyNiceNumbers(); // 0, 5, 10, 15, 20 rather than steps of 4.9
    applySpan();
}

void HistoryChart::setMarks(const QList<ChartMarks::Mark>& marks)
{
    m_marks.setMarks(marks);
    viewport()->update();
}

TimeSpan HistoryChart::visibleSpan() const
{
    return m_span ? m_span->within(limits()) : limits();
}

void HistoryChart::showSpan(const std::optional<TimeSpan>& span)
{
    m_span = span; // kept as asked: visibleSpan() fits it into the window as the window moves
    applySpan();
}

void HistoryChart::choose(const std::optional<TimeSpan>& span)
{
    // The whole window, zoomed or panned back to: following now again, as before the zoom.
    showSpan(span && *span == limits() ? std::nullopt : span);
    const TimeSpan shown = visibleSpan();
    Q_EMIT spanChosen(isLive(), shown.fromMs, shown.toMs);
}

void HistoryChart::zoomAt(qint64 anchorMs, double factor)
{
    choose(visibleSpan().zoomed(anchorMs, factor, limits()));
}

void HistoryChart::panBy(qint64 deltaMs)
{
    choose(visibleSpan().panned(deltaMs, limits()));
}

void HistoryChart::applySpan()
{
    const TimeSpan span = visibleSpan();
    for (const QString& label : m_time->categoriesLabels())
        m_time->remove(label);
    m_time->setRange(double(span.fromMs), double(span.toMs));
    m_time->setStartValue(double(span.fromMs));
    // As many labels as fit: measured on the longest a format writes.
    const qint64 step = TimeTicks::stepMs(span.length(), 12);
    const QString sample =
        QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)).toString(TimeTicks::format(step, span.length()));
    const int labelPx = QFontMetrics(m_time->labelsFont()).horizontalAdvance(sample) + 24;
    const int maxTicks = std::clamp(int(chart()->plotArea().width()) / std::max(1, labelPx), 2, 12);
    const QString format = TimeTicks::format(TimeTicks::stepMs(span.length(), maxTicks), span.length());
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(span.fromMs).offsetFromUtc()) * 1000;
    for (qint64 t : TimeTicks::at(span.fromMs, span.toMs, maxTicks, offsetMs))
        m_time->append(QDateTime::fromMSecsSinceEpoch(t).toString(format), double(t));
    viewport()->update();
}

QRectF HistoryChart::plotInView() const
{
    return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
}

qint64 HistoryChart::timeAt(const QPoint& viewPos) const
{
    const QRectF plot = plotInView();
    const TimeSpan span = visibleSpan();
    const double share = plot.width() > 0 ? (viewPos.x() - plot.left()) / plot.width() : 1.0;
    return span.fromMs + std::llround(std::clamp(share, 0.0, 1.0) * double(span.length()));
}

QPoint HistoryChart::viewPositionOf(qint64 atMs) const
{
    const QRectF plot = plotInView();
    const TimeSpan span = visibleSpan();
    const double share = double(atMs - span.fromMs) / double(std::max<qint64>(1, span.length()));
    return QPointF(plot.left() + share * plot.width(), plot.center().y()).toPoint();
}

QString HistoryChart::markTextAt(const QPoint& viewPos) const
{
    const QRectF plot = plotInView();
    if (viewPos.y() < plot.top() - ChartMarks::kHitPx || viewPos.y() > plot.bottom())
        return {};
    return m_marks.textAt(viewPos.x(), plot, visibleSpan());
}

void HistoryChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    m_marks.paint(painter, chart()->mapToScene(chart()->plotArea()).boundingRect(), visibleSpan());
}

void HistoryChart::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAt(timeAt(event->position().toPoint()), std::pow(0.8, steps));
    event->accept();
}

void HistoryChart::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && plotInView().contains(event->position())) {
        m_dragFrom = event->position().toPoint();
        m_dragSpan = visibleSpan();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void HistoryChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragFrom) {
        const QRectF plot = plotInView();
        const double dx = event->position().x() - m_dragFrom->x();
        const qint64 delta = plot.width() > 0 ? -std::llround(dx / plot.width() * double(m_dragSpan.length())) : 0;
        choose(m_dragSpan.panned(delta, limits()));
        event->accept();
        return;
    }
    const QString text = markTextAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QChartView::mouseMoveEvent(event);
}

void HistoryChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragFrom && event->button() == Qt::LeftButton) {
        m_dragFrom.reset();
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void HistoryChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    choose(std::nullopt);
    event->accept();
}

void HistoryChart::keyPressEvent(QKeyEvent* event)
{
    const TimeSpan span = visibleSpan();
    const qint64 centre = span.fromMs + span.length() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(centre, 0.5);
        break;
    case Qt::Key_Minus:
        zoomAt(centre, 2.0);
        break;
    case Qt::Key_Left:
        panBy(-span.length() / 4);
        break;
    case Qt::Key_Right:
        panBy(span.length() / 4);
        break;
    case Qt::Key_Home:
    case Qt::Key_Escape:
        choose(std::nullopt);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HistoryChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    applySpan(); // the number of time labels that fit
}

void HistoryChart::setThresholds(const QMap<QString, double>& thresholds)
{
    for (auto it = m_thresholdSeries.begin(); it != m_thresholdSeries.end();) {
        if (thresholds.contains(it.key())) {
            ++it;
            continue;
        }
        chart()->removeSeries(it.value());
        delete it.value();
        it = m_thresholdSeries.erase(it);
    }
    m_thresholds = thresholds;
}

int HistoryChart::seriesCount() const
{
    return int(m_series.size());
}

int HistoryChart::pointCount(const QString& label) const
{
    const auto it = m_series.constFind(label);
    if (it == m_series.cend())
        return -1;
    int n = 0;
    for (const QLineSeries* s : *it)
        n += s->count();
    return n;
}

int HistoryChart::runCount(const QString& label) const
{
    int n = 0;
    for (const QLineSeries* s : m_series.value(label))
        n += s->count() > 0 ? 1 : 0;
    return n;
}

QList<QPointF> HistoryChart::points(const QString& label, bool threshold) const
{
    if (threshold) {
        const QLineSeries* s = m_thresholdSeries.value(label);
        return s ? s->points() : QList<QPointF>();
    }
    QList<QPointF> all;
    for (const QLineSeries* s : m_series.value(label))
        all += s->points();
    return all;
}

} // namespace twinha::ui
