#include "agent/heartbeat/LossMeter.h"

#include <QtTest>

using twinha::agent::LossMeter;

class TestLossMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lossOverTheLast50_data()
    {
        QTest::addColumn<QList<qint64>>("received");
        QTest::addColumn<qint64>("expectedHighest");
        QTest::addColumn<double>("loss");
        QList<qint64> all;
        for (qint64 s = 1; s <= 100; ++s)
            all << s;
        QList<qint64> everyOther;
        for (qint64 s = 1; s <= 100; s += 2)
            everyOther << s;
        QTest::newRow("nothing received") << QList<qint64>{} << qint64(0) << 100.0;
        QTest::newRow("all of 100") << all << qint64(100) << 0.0;
        QTest::newRow("every other one") << everyOther << qint64(99) << 50.0;
        QTest::newRow("one lost of 10") << QList<qint64>{1, 2, 3, 4, 6, 7, 8, 9, 10} << qint64(10) << 10.0;
        QTest::newRow("started listening at 500") << QList<qint64>{500, 501, 502, 503} << qint64(503) << 0.0;
        QList<qint64> earlyLoss = all;
        earlyLoss.remove(9, 11); // 10..20 lost
        QTest::newRow("loss within the window counts") << earlyLoss.mid(0, 29) << qint64(40) << 11.0 / 40 * 100;
        QTest::newRow("loss older than the window is forgotten") << earlyLoss << qint64(100) << 0.0;
        QTest::newRow("out of order still counts") << QList<qint64>{1, 3, 2, 4} << qint64(4) << 0.0;
        QTest::newRow("silent for 5 of 10") << QList<qint64>{1, 2, 3, 4, 5} << qint64(10) << 50.0;
        QTest::newRow("silent for longer than the window") << QList<qint64>{1, 2, 3} << qint64(60) << 100.0;
    }

    void lossOverTheLast50()
    {
        QFETCH(QList<qint64>, received);
        QFETCH(qint64, expectedHighest);
        QFETCH(double, loss);
        LossMeter meter;
        for (qint64 s : received)
            meter.record(s);
        QCOMPARE(meter.lossPct(expectedHighest), loss);
    }

    void resetForgetsThePreviousBoot()
    {
        LossMeter meter;
        meter.record(1);
        meter.record(50);
        meter.reset();
        QVERIFY(meter.isEmpty());
        meter.record(1);
        QCOMPARE(meter.lossPct(1), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLossMeter)
#include "TestLossMeter.moc"
