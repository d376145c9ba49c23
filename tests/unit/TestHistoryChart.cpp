// HistoryChart: times on the clock, the window, threshold lines across it, gaps, zoom and pan
// inside the window, and events marked on the time axis; TimeSpan, the zoom and pan arithmetic.
#include "ui/charts/HistoryChart.h"
#include "ui/charts/TimeTicks.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using twinha::agentlink::SeriesHistory;
using twinha::ui::ChartMarks;
using twinha::ui::HistoryChart;
using twinha::ui::TimeSpan;
using twinha::ui::TimeTicks;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kMin = 60'000;

void wheel(HistoryChart& chart, const QPoint& at, int steps)
{
    QWheelEvent e(QPointF(at), QPointF(chart.viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 120 * steps),
                  Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.viewport(), &e);
}

} // namespace

class TestHistoryChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsAreTimesInsideTheWindow()
    {
        HistoryChart chart;
        SeriesHistory history(3'600'000, 3600);
        const qint64 now = 1'700'000'000'000;
        for (int i = 0; i <= 20; ++i)
            history.add(QStringLiteral("data"), now - (20 - i) * 60'000, i); // one a minute for 20 min
        chart.showHistory(history, {{QStringLiteral("data"), QStringLiteral("data")}}, now, 10 * 60'000);
        const QList<QPointF> p = chart.points(QStringLiteral("data"));
        QCOMPARE(p.size(), 11); // -10 .. 0 minutes
        QCOMPARE(p.first(), QPointF(double(now - 10 * 60'000), 10));
        QCOMPARE(p.last(), QPointF(double(now), 20));
        QVERIFY(chart.isLive());
        QCOMPARE(chart.visibleSpan(), (TimeSpan{now - 10 * 60'000, now}));
    }

    void thresholdSpansTheWholeWindow()
    {
        HistoryChart chart;
        SeriesHistory history;
        chart.setThresholds({{QStringLiteral("limit"), 5.0}});
        chart.showHistory(history, {{QStringLiteral("data"), QStringLiteral("data")}}, 1'000'000'000, 600'000);
        QCOMPARE(chart.points(QStringLiteral("limit"), true),
                 (QList<QPointF>{QPointF(1'000'000'000 - 600'000, 5), QPointF(1'000'000'000, 5)}));
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

    // Labels on round times of the local clock, as many as fit, with the day once hours repeat.
    void timeLabelsFallOnRoundTimesOfTheClock()
    {
        const qint64 h = 3600 * 1000;
        QCOMPARE(TimeTicks::stepMs(10 * kMin, 11), kMin);
        QCOMPARE(TimeTicks::stepMs(10 * kMin, 4), 5 * kMin);
        QCOMPARE(TimeTicks::stepMs(24 * h, 8), 6 * h);
        QCOMPARE(TimeTicks::stepMs(7 * 24 * h, 8), 24 * h);
        // 02:03:20 to 02:13:20 local time (UTC+8), every 2 min: 02:04, 02:06 ... 02:12.
        const qint64 offset = 8 * h;
        const qint64 from = 1'700'000'000'000 - (1'700'000'000'000 % (24 * h)) + 2 * h + 3 * kMin + 20'000 - offset;
        const QList<qint64> ticks = TimeTicks::at(from, from + 10 * kMin, 6, offset);
        QCOMPARE(ticks.size(), 5);
        for (qint64 t : ticks)
            QCOMPARE((t + offset) % (2 * kMin), 0);
        QCOMPARE(ticks.first() - from, 40'000);
        // A day in 6-hour steps falls on 00, 06, 12, 18 local: what the user's clock says.
        for (qint64 t : TimeTicks::at(from, from + 24 * h, 5, offset))
            QCOMPARE((t + offset) % (6 * h), 0);
        QCOMPARE(TimeTicks::format(kMin, 10 * kMin), QStringLiteral("HH:mm"));
        QCOMPARE(TimeTicks::format(10'000, kMin), QStringLiteral("HH:mm:ss"));
        QCOMPARE(TimeTicks::format(6 * h, 24 * h), QStringLiteral("MM-dd HH:mm"));
        QCOMPARE(TimeTicks::format(24 * h, 7 * 24 * h), QStringLiteral("MM-dd"));
    }

    void zoomKeepsTheTimeUnderThePointerAndStaysInsideTheWindow()
    {
        const TimeSpan window{kNow - 60 * kMin, kNow};
        const TimeSpan in = window.zoomed(kNow - 15 * kMin, 0.5, window);
        QCOMPARE(in.length(), 30 * kMin);
        QCOMPARE(in.fromMs, kNow - 15 * kMin - 45 * kMin / 2); // the anchor stays at 3/4 of the span
        QCOMPARE(window.zoomed(kNow, 4.0, window), window);    // no further out than the window
        QCOMPARE(window.zoomed(kNow, 1e-6, window).length(), TimeSpan::kMinMs);
        QCOMPARE(in.panned(-120 * kMin, window), (TimeSpan{window.fromMs, window.fromMs + 30 * kMin}));
        QCOMPARE(in.panned(120 * kMin, window), (TimeSpan{kNow - 30 * kMin, kNow}));
        QCOMPARE((TimeSpan{0, 10}).within(TimeSpan{100, 105}), (TimeSpan{100, 105}));
    }

    // The wheel zooms around the pointer, a drag pans, a double click follows now again; each is
    // announced (spanChosen) so that the other charts follow.
    void wheelDragAndDoubleClickZoomPanAndGoBackToLive()
    {
        HistoryChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        SeriesHistory history(3'600'000, 3600);
        for (qint64 t = kNow - 60 * kMin; t <= kNow; t += 10'000)
            history.add(QStringLiteral("rtt"), t, 1);
        chart.showHistory(history, {{QStringLiteral("rtt"), QStringLiteral("lan")}}, kNow, 60 * kMin);
        QSignalSpy chosen(&chart, &HistoryChart::spanChosen);
        const qint64 anchor = kNow - 20 * kMin;
        const QPoint at = chart.viewPositionOf(anchor);
        wheel(chart, at, 2); // two notches in: 0.64 of the span
        QVERIFY(!chart.isLive());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.last().at(0).toBool(), false);
        const TimeSpan zoomed = chart.visibleSpan();
        QVERIFY2(std::abs(zoomed.length() - qint64(0.64 * 60 * kMin)) < 1000,
                 qPrintable(QString::number(zoomed.length())));
        QVERIFY(zoomed.contains(anchor));
        QVERIFY2(std::abs(chart.viewPositionOf(anchor).x() - at.x()) <= 2, "the time under the pointer moved");

        // Dragging right shows earlier times: the span moves left by the share of the plot dragged.
        QTest::mousePress(chart.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(100, 0)), QPointF(chart.viewport()->mapToGlobal(at)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chart.viewport(), &move);
        QTest::mouseRelease(chart.viewport(), Qt::LeftButton, Qt::NoModifier, at + QPoint(100, 0));
        const TimeSpan panned = chart.visibleSpan();
        QCOMPARE(panned.length(), zoomed.length());
        QVERIFY(panned.fromMs < zoomed.fromMs);
        QVERIFY2(std::abs(chart.viewPositionOf(anchor).x() - (at.x() + 100)) <= 2, "the drag did not carry the line");

        // New samples keep the span the user chose; the window still moves on.
        chart.showHistory(history, {{QStringLiteral("rtt"), QStringLiteral("lan")}}, kNow + 5000, 60 * kMin);
        QCOMPARE(chart.visibleSpan(), panned);

        QTest::mouseDClick(chart.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QVERIFY(chart.isLive());
        QCOMPARE(chosen.last().at(0).toBool(), true);
        QCOMPARE(chart.visibleSpan(), (TimeSpan{kNow + 5000 - 60 * kMin, kNow + 5000}));

        // The keyboard does the same: + zooms in, Left moves back, Home is live again.
        chart.setFocus();
        QTest::keyClick(&chart, Qt::Key_Plus);
        QCOMPARE(chart.visibleSpan().length(), 30 * kMin);
        const qint64 from = chart.visibleSpan().fromMs;
        QTest::keyClick(&chart, Qt::Key_Left);
        QCOMPARE(chart.visibleSpan().fromMs, from - 30 * kMin / 4);
        QTest::keyClick(&chart, Qt::Key_Home);
        QVERIFY(chart.isLive());
    }

    void eventsAreMarkedWhereTheyHappenedAndNamedUnderThePointer()
    {
        HistoryChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        SeriesHistory history;
        chart.showHistory(history, {}, kNow, 10 * kMin);
        chart.setMarks({{kNow - 5 * kMin, Qt::red, QStringLiteral("failover of web")},
                        {kNow - 2 * kMin, Qt::blue, QStringLiteral("switchover of db")},
                        {kNow - 30 * kMin, Qt::blue, QStringLiteral("long ago")}});
        QCOMPARE(chart.visibleMarkCount(), 2);
        QCOMPARE(chart.markTextAt(chart.viewPositionOf(kNow - 5 * kMin)), QStringLiteral("failover of web"));
        QCOMPARE(chart.markTextAt(chart.viewPositionOf(kNow - 2 * kMin) + QPoint(3, 0)),
                 QStringLiteral("switchover of db"));
        QVERIFY(chart.markTextAt(chart.viewPositionOf(kNow - 4 * kMin)).isEmpty());
        // Zoomed on the failover, the switchover leaves the view and its mark with it.
        chart.zoomAt(kNow - 5 * kMin, 0.1);
        QCOMPARE(chart.visibleMarkCount(), 1);
        QCOMPARE(chart.markTextAt(chart.viewPositionOf(kNow - 5 * kMin)), QStringLiteral("failover of web"));
        // Drawn: the plot has the mark's colour in the column of its time.
        const QImage shot = chart.grab().toImage();
        const int x = chart.viewPositionOf(kNow - 5 * kMin).x();
        int red = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c = shot.pixelColor(x + dx, y);
                red += c.red() - c.green() > 80 && c.red() - c.blue() > 80 ? 1 : 0; // red, or red on white
            }
        QVERIFY2(red >= 20, qPrintable(QStringLiteral("%1 red pixels at the mark").arg(red)));
    }
};

QTEST_MAIN(TestHistoryChart)
#include "TestHistoryChart.moc"
