#pragma once

#include "agentlink/SeriesHistory.h"

#include <QChartView>
#include <QHash>
#include <QMap>

class QLineSeries;
class QValueAxis;

namespace twinha::ui {

// A live line chart of a SeriesHistory over the chart window (lag per channel, RTT per link),
// with optional dashed threshold lines (a channel's lag limit). Where nothing was measured for a
// while the line breaks (ChartGaps) instead of joining the two sides.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget* parent = nullptr);

    // The x axis is minutes before now (-window .. 0): readable at a glance, and no clock format.
    void setTitles(const QString& title, const QString& unit, const QString& timeUnit);
    // Replaces what is drawn with `history`, each key under the label `labels` gives it (keys
    // without a label are skipped), over the last windowMs up to nowMs.
    void showHistory(const agentlink::SeriesHistory& history, const QMap<QString, QString>& labels, qint64 nowMs,
                     qint64 windowMs);
    // Dashed horizontal lines, e.g. "limit of data" at 5 s. Replaces the previous ones.
    void setThresholds(const QMap<QString, double>& thresholds);
    int seriesCount() const;
    int pointCount(const QString& label) const; // -1: no such label
    int runCount(const QString& label) const;   // pieces of line between gaps (ChartGaps)
    QList<QPointF> points(const QString& label, bool threshold = false) const;

private:
    QLineSeries* addLine(const QString& label);
    QLineSeries* thresholdFor(const QString& label);
    void setRuns(const QString& label, const QList<QList<QPointF>>& runs);

    QValueAxis* m_time = nullptr;
    QValueAxis* m_value = nullptr;
    QHash<QString, QList<QLineSeries*>> m_series; // a line per run between gaps
    QHash<QString, QLineSeries*> m_thresholdSeries;
    QMap<QString, double> m_thresholds;
};

} // namespace twinha::ui
