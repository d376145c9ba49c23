// HistoryChart: minutes-before-now coordinates, the window, and threshold lines across it.
#include "ui/charts/HistoryChart.h"

#include <QApplication>
#include <QTest>

using twinha::agentlink::SeriesHistory;
using twinha::ui::HistoryChart;

class TestHistoryChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsAreMinutesBeforeNowAndInsideTheWindow()
    {
        HistoryChart chart;
        SeriesHistory history(3'600'000, 3600);
        const qint64 now = 1'700'000'000'000;
        for (int i = 0; i <= 20; ++i)
            history.add(QStringLiteral("data"), now - (20 - i) * 60'000, i); // one a minute for 20 min
        chart.showHistory(history, {{QStringLiteral("data"), QStringLiteral("data")}}, now, 10 * 60'000);
        const QList<QPointF> p = chart.points(QStringLiteral("data"));
        QCOMPARE(p.size(), 11); // -10 .. 0 minutes
        QCOMPARE(p.first(), QPointF(-10, 10));
        QCOMPARE(p.last(), QPointF(0, 20));
    }

    void thresholdSpansTheWholeWindow()
    {
        HistoryChart chart;
        SeriesHistory history;
        chart.setThresholds({{QStringLiteral("limit"), 5.0}});
        chart.showHistory(history, {{QStringLiteral("data"), QStringLiteral("data")}}, 1'000'000'000, 600'000);
        QCOMPARE(chart.points(QStringLiteral("limit"), true), (QList<QPointF>{QPointF(-10, 5), QPointF(0, 5)}));
        chart.setThresholds({});
        QVERIFY(chart.points(QStringLiteral("limit"), true).isEmpty());
    }

    void seriesOfKeysNoLongerShownAreRemoved()
    {
        HistoryChart chart;
        SeriesHistory history;
        history.add(QStringLiteral("a"), 1000, 1);
        chart.showHistory(history,
                          {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}},
                          2000, 600'000);
        QCOMPARE(chart.seriesCount(), 2);
        chart.showHistory(history, {{QStringLiteral("a"), QStringLiteral("A")}}, 2000, 600'000);
        QCOMPARE(chart.seriesCount(), 1);
        QCOMPARE(chart.pointCount(QStringLiteral("B")), -1);
    }

    // A node unheard for two minutes, then heard again: the line breaks there instead of joining
    // the two sides, and closes again when the gap has left the window.
    void aTimeWithoutSamplesIsAGapInTheLine()
    {
        HistoryChart chart;
        SeriesHistory history(600'000, 600);
        const qint64 now = 1'700'000'000'000;
        for (qint64 t = now - 300'000; t <= now; t += 1000)
            if (t < now - 200'000 || t > now - 80'000)
                history.add(QStringLiteral("rtt"), t, 0.5);
        chart.showHistory(history, {{QStringLiteral("rtt"), QStringLiteral("lan")}}, now, 600'000);
        QCOMPARE(chart.runCount(QStringLiteral("lan")), 2);
        QCOMPARE(chart.pointCount(QStringLiteral("lan")), 100 + 80);
        QCOMPARE(chart.seriesCount(), 1);
        chart.showHistory(history, {{QStringLiteral("rtt"), QStringLiteral("lan")}}, now, 60'000);
        QCOMPARE(chart.runCount(QStringLiteral("lan")), 1);
        // Samples a minute apart are a slow series, not gaps.
        SeriesHistory slow(3'600'000, 3600);
        for (int i = 0; i <= 20; ++i)
            slow.add(QStringLiteral("lag"), now - (20 - i) * 60'000, i);
        chart.showHistory(slow, {{QStringLiteral("lag"), QStringLiteral("lan")}}, now, 3'600'000);
        QCOMPARE(chart.runCount(QStringLiteral("lan")), 1);
    }
};

QTEST_MAIN(TestHistoryChart)
#include "TestHistoryChart.moc"
