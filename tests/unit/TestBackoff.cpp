#include "agent/replication/RetryBackoff.h"
#include "agentlink/AgentClient.h"
#include "agentlink/protocol/Backoff.h"

#include <QtTest>

using twinha::agentlink::AgentClient;
using twinha::protocol::Backoff;

// The one backoff (protocol::Backoff) as the console reconnects with it and as the agent retries a
// replication step with it.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUntilTheCap()
    {
        const Backoff b(1000, 30000, 0.2);
        QCOMPARE(b.delayMs(1, 0.5), 1000); // 0.5 = no jitter
        QCOMPARE(b.delayMs(2, 0.5), 2000);
        QCOMPARE(b.delayMs(3, 0.5), 4000);
        QCOMPARE(b.delayMs(5, 0.5), 16000);
        QCOMPARE(b.delayMs(6, 0.0), 30000); // at the cap the spread only shortens
        QCOMPARE(b.delayMs(60, 0.0), 30000);
    }

    void neverWaitsLongerThanTheCap()
    {
        const Backoff b(1000, 30000, 0.2);
        for (int failures = 1; failures < 40; ++failures)
            for (double r : {0.0, 0.5, 0.999999})
                QVERIFY2(b.delayMs(failures, r) <= 30000, qPrintable(QStringLiteral("%1 %2").arg(failures).arg(r)));
        QVERIFY(b.delayMs(10, 0.999999) >= 24000); // still spread, so consoles do not come in lockstep
    }

    void aNodeThatAnsweredBeforeIsTriedAgainWithinFiveSeconds()
    {
        const Backoff known = AgentClient::reconnectBackoff(true);
        const Backoff unknown = AgentClient::reconnectBackoff(false);
        for (int failures = 1; failures < 40; ++failures) {
            QVERIFY(known.delayMs(failures, 0.0) <= 5000);
            QVERIFY(known.delayMs(failures, 0.999999) <= 5000);
        }
        QCOMPARE(known.delayMs(20, 0.0), 5000);
        QCOMPARE(unknown.delayMs(20, 0.0), 30000);
    }

    void jitterStaysWithinItsBand()
    {
        const Backoff b(1000, 30000, 0.2);
        QCOMPARE(b.delayMs(1, 0.0), 800);
        QCOMPARE(b.delayMs(1, 0.999999), 1200);
        for (int i = 0; i < 200; ++i) {
            const int d = b.delayMs(3);
            QVERIFY2(d >= 3200 && d <= 4800, qPrintable(QString::number(d)));
        }
    }

    // The agent's replication retries: 250 ms, doubling, at most 30 s, no spread; back to 250 ms
    // after a success.
    void replicationRetriesCountForTheCaller()
    {
        Backoff b = twinha::agent::replicationRetryBackoff();
        QList<int> delays;
        for (int i = 0; i < 10; ++i)
            delays << b.next();
        QCOMPARE(delays, (QList<int>{250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
        b.reset();
        QCOMPARE(b.next(), 250);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
