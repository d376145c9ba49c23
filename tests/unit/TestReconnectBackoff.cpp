#include "agentlink/ReconnectBackoff.h"

#include <QtTest>

using twinha::agentlink::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUntilTheCap()
    {
        const ReconnectBackoff b(1000, 30000, 0.2);
        QCOMPARE(b.delayMs(1, 0.5), 1000); // 0.5 = no jitter
        QCOMPARE(b.delayMs(2, 0.5), 2000);
        QCOMPARE(b.delayMs(3, 0.5), 4000);
        QCOMPARE(b.delayMs(5, 0.5), 16000);
        QCOMPARE(b.delayMs(6, 0.0), 30000); // at the cap the spread only shortens
        QCOMPARE(b.delayMs(60, 0.0), 30000);
    }

    void neverWaitsLongerThanTheCap()
    {
        const ReconnectBackoff b(1000, 30000, 0.2);
        for (int failures = 1; failures < 40; ++failures)
            for (double r : {0.0, 0.5, 0.999999})
                QVERIFY2(b.delayMs(failures, r) <= 30000, qPrintable(QStringLiteral("%1 %2").arg(failures).arg(r)));
        QVERIFY(b.delayMs(10, 0.999999) >= 24000); // still spread, so consoles do not come in lockstep
    }

    void aNodeThatAnsweredBeforeIsTriedAgainWithinFiveSeconds()
    {
        const ReconnectBackoff known = ReconnectBackoff::forNode(true);
        const ReconnectBackoff unknown = ReconnectBackoff::forNode(false);
        for (int failures = 1; failures < 40; ++failures) {
            QVERIFY(known.delayMs(failures, 0.0) <= 5000);
            QVERIFY(known.delayMs(failures, 0.999999) <= 5000);
        }
        QCOMPARE(known.delayMs(20, 0.0), 5000);
        QCOMPARE(unknown.delayMs(20, 0.0), 30000);
    }

    void jitterStaysWithinItsBand()
    {
        const ReconnectBackoff b(1000, 30000, 0.2);
        QCOMPARE(b.delayMs(1, 0.0), 800);
        QCOMPARE(b.delayMs(1, 0.999999), 1200);
        for (int i = 0; i < 200; ++i) {
            const int d = b.delayMs(3);
            QVERIFY2(d >= 3200 && d <= 4800, qPrintable(QString::number(d)));
        }
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "TestReconnectBackoff.moc"
