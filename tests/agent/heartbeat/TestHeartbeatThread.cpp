#include "agent/heartbeat/GuardRelay.h"
#include "tests/agent/heartbeat/HeartbeatTestSupport.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace twinha::agent;
using namespace twinha::agent::test;

// The heartbeat on a thread of its own: a main loop held up for several dead times (an fsync on a
// slow disk, a walk of a big tree) costs the peer not one heartbeat; a main loop that never comes
// back stops the heartbeat, so the peer takes over from a node that can no longer act.
class TestHeartbeatThread : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Heartbeat> startFacade(const TwoNodeCluster& cluster, const QString& node)
    {
        auto hb = std::make_unique<Heartbeat>(cluster.config, node, kKey);
        twinha::protocol::RpcError error;
        return hb->start(&error) ? std::move(hb) : nullptr;
    }

    static bool containsFalse(const QSignalSpy& spy)
    {
        for (const QList<QVariant>& args : spy)
            if (!args.value(0).toBool())
                return true;
        return false;
    }

    // Holds this thread (the main loop) for `ms` without running its events: the fault itself.
    static void holdMainLoop(int ms) { QThread::msleep(ulong(ms)); }

private Q_SLOTS:
    void mainLoopHeldForFiveDeadTimesMissesNoHeartbeat()
    {
        TwoNodeCluster cluster(50, 300);
        const auto a = startFacade(cluster, kN1);
        const auto b = startFacade(cluster, kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 3000);
        QSignalSpy aAlive(a.get(), &Heartbeat::peerAliveChanged);
        QSignalSpy bAlive(b.get(), &Heartbeat::peerAliveChanged);
        QSignalSpy aLinks(a.get(), &Heartbeat::linkStateChanged);
        const qint64 receivedBefore = counter(*a, kLan, "received");

        holdMainLoop(1500);
        QCoreApplication::processEvents();

        QVERIFY2(!containsFalse(aAlive) && !containsFalse(bAlive),
                 "a held main loop made a node declare its peer dead");
        QCOMPARE(aLinks.count(), 0);
        QVERIFY(a->peerAlive() && b->peerAlive());
        // The datagrams went on while the main loop was held: 1500 ms at one per 50 ms.
        const qint64 received = counter(*a, kLan, "received") - receivedBefore;
        QVERIFY2(received >= 20, qPrintable(QStringLiteral("%1 heartbeats in 1.5 s").arg(received)));
        QVERIFY(a->peerSilenceMs() >= 0 && a->peerSilenceMs() < 300);
    }

    void heartbeatOnTheMainLoopWouldDieOfTheSameHold()
    {
        // The control: the same hold, with the heartbeat's work on the held loop, kills the link.
        // This is what the thread exists for, and it shows the test above can fail.
        TwoNodeCluster cluster(50, 300);
        const auto onLoop = cluster.start(kN1);
        const auto b = startFacade(cluster, kN2);
        QVERIFY(onLoop && b);
        QTRY_VERIFY_WITH_TIMEOUT(b->peerAlive(), 3000);
        QSignalSpy bAlive(b.get(), &Heartbeat::peerAliveChanged);
        holdMainLoop(1500);
        QTRY_VERIFY_WITH_TIMEOUT(containsFalse(bAlive), 3000);
    }

    void mainLoopThatDoesNotComeBackStopsTheHeartbeat()
    {
        TwoNodeCluster cluster(50, 300);
        const auto a = startFacade(cluster, kN1);
        const auto b = startFacade(cluster, kN2);
        QVERIFY(a && b);
        a->setStallLimitMs(600);
        b->setStallLimitMs(60000);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 3000);
        QSignalSpy bAlive(b.get(), &Heartbeat::peerAliveChanged);
        // Past a's limit: a's thread goes silent, b's thread declares a dead while this loop is held.
        holdMainLoop(1500);
        QCoreApplication::processEvents();
        QVERIFY2(containsFalse(bAlive), "the heartbeat hid a main loop held past the limit");
        // Once the loop runs again, so does the heartbeat.
        QTRY_VERIFY_WITH_TIMEOUT(b->peerAlive(), 3000);
    }

    void guardIsToldTheLeaseAsAPointInTime_data()
    {
        QTest::addColumn<qint64>("stopAfter");
        QTest::addColumn<qint64>("leaseUntil");
        QTest::addColumn<qint64>("told");
        const qint64 now = 100000;
        QTest::newRow("never") << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("never, with a lease") << qint64(-1) << now + 5000 << qint64(-1);
        QTest::newRow("no lease") << qint64(650) << qint64(-1) << qint64(650);
        QTest::newRow("lease runs longer") << qint64(650) << now + 5000 << qint64(5000);
        QTest::newRow("lease nearly out") << qint64(650) << now + 100 << qint64(650);
        QTest::newRow("lease ran out during a stall") << qint64(650) << now - 3000 << qint64(650);
    }

    void guardIsToldTheLeaseAsAPointInTime()
    {
        QFETCH(qint64, stopAfter);
        QFETCH(qint64, leaseUntil);
        QFETCH(qint64, told);
        QCOMPARE(GuardRelay::stopAfterAt(stopAfter, leaseUntil, 100000), told);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatThread)
#include "TestHeartbeatThread.moc"
