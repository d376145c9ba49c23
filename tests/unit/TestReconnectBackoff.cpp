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
        QCOMPARE(b.delayMs(6, 0.5), 30000);
        QCOMPARE(b.delayMs(60, 0.5), 30000);
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
