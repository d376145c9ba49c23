#include "ui/charts/HistoryChart.h"

#include "ui/charts/ChartGaps.h"

#include <QDateTime>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

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
    m_time = new QValueAxis(chart);
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_time->setTickCount(11);
    m_value = new QValueAxis(chart);
    m_value->setLabelFormat(QStringLiteral("%.1f"));
    m_value->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
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
                points.append(QPointF(double(s.atMs - nowMs) / 60000.0, s.value));
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
        thresholdFor(it.key())->replace({QPointF(-double(windowMs) / 60000.0, it.value()), QPointF(0, it.value())});
        top = std::max(top, it.value());
    }
    m_time->setRange(-double(windowMs) / 60000.0, 0);
    m_value->setRange(0, top * 1.2);
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
