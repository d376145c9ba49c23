#include "agentlink/protocol/HeartbeatTiming.h"

#include <QtTest>

#include <climits>

using twinha::protocol::HeartbeatTiming;

// The one rule for heartbeat timing that the agent's config check and the setup wizard share.
class TestHeartbeatTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadTimeMustCoverThreeIntervals_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("deadTimeMs");
        QTest::addColumn<bool>("fits");
        QTest::newRow("the defaults") << 200 << 1000 << true;
        QTest::newRow("exactly three intervals") << 200 << 600 << true;
        QTest::newRow("one millisecond short") << 200 << 599 << false;
        QTest::newRow("two and a half intervals") << 400 << 1000 << false;
        QTest::newRow("two intervals: one lost datagram is a coin toss") << 200 << 400 << false;
        QTest::newRow("the shortest interval") << 10 << 30 << true;
        QTest::newRow("the longest interval") << 10000 << 30000 << true;
        QTest::newRow("the longest interval, short") << 10000 << 29999 << false;
        QTest::newRow("a huge interval does not overflow") << INT_MAX << INT_MAX << false;
    }

    void deadTimeMustCoverThreeIntervals()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, deadTimeMs);
        QTEST(HeartbeatTiming::deadTimeFits(intervalMs, deadTimeMs), "fits");
    }

    void theMinimumIsTheFirstDeadTimeThatFits()
    {
        for (int interval : {10, 50, 200, 1000, 10000}) {
            const qint64 lowest = HeartbeatTiming::minDeadTimeMs(interval);
            QCOMPARE(lowest, qint64(HeartbeatTiming::kMinDeadTimeIntervals) * interval);
            QVERIFY(HeartbeatTiming::deadTimeFits(interval, int(lowest)));
            QVERIFY(!HeartbeatTiming::deadTimeFits(interval, int(lowest - 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatTiming)
#include "TestHeartbeatTiming.moc"
