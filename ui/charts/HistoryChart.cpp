#include "ui/charts/HistoryChart.h"

#include <QDateTime>
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

QLineSeries* HistoryChart::seriesFor(const QString& label, bool threshold)
{
    QHash<QString, QLineSeries*>& map = threshold ? m_thresholdSeries : m_series;
    if (QLineSeries* s = map.value(label))
        return s;
    auto* s = new QLineSeries(chart());
    s->setName(label);
    chart()->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(m_value);
    if (threshold) {
        QPen pen(QColor(0xa6, 0x1b, 0x1b));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(1);
        s->setPen(pen);
    }
    map.insert(label, s);
    return s;
}

void HistoryChart::showHistory(const agentlink::SeriesHistory& history, const QMap<QString, QString>& labels,
                               qint64 nowMs, qint64 windowMs)
{
    double top = 1;
    QSet<QString> shown;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QList<QPointF> points;
        for (const agentlink::SeriesHistory::Sample& s : history.samples(it.key())) {
            if (s.atMs < nowMs - windowMs)
                continue;
            points.append(QPointF(double(s.atMs - nowMs) / 60000.0, s.value));
            top = std::max(top, s.value);
        }
        seriesFor(it.value(), false)->replace(points);
        shown.insert(it.value());
    }
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        chart()->removeSeries(it.value());
        delete it.value();
        it = m_series.erase(it);
    }
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        seriesFor(it.key(), true)->replace({QPointF(-double(windowMs) / 60000.0, it.value()), QPointF(0, it.value())});
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
    const QLineSeries* s = m_series.value(label);
    return s ? s->count() : -1;
}

QList<QPointF> HistoryChart::points(const QString& label, bool threshold) const
{
    const QLineSeries* s = (threshold ? m_thresholdSeries : m_series).value(label);
    return s ? s->points() : QList<QPointF>();
}

} // namespace twinha::ui
