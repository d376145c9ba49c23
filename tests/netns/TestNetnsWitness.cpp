// Automatic failover with a witness in the netns lab (netns-lab.sh up --witness): whatever the
// fault, the client never gets answers from both nodes at once. A split in which both nodes still
// reach the witness moves nothing; an isolated or killed active node is replaced only after its
// lease has run out; losing the witness alone changes nothing; losing the witness and the peer
// stops the active node rather than risk a second one.
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

using namespace twinha::tests::netns;

class TestNetnsWitness : public QObject
{
    Q_OBJECT

private:
    // The verdict on one fault, with the epochs before and after.
    static void check(FaultInjector::Kind kind, bool moves, const QString& backend = QStringLiteral("--witness"))
    {
        LabSession s({backend});
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        // The active node holds its lease before the fault (a fresh witness gives none out for one TTL).
        QVERIFY(s.agents.waitForLease(1, 10000));
        QTest::qWait(500);
        const qint64 epoch = s.agents.epoch(2);
        FaultInjector faults(s.lab, s.agents, s.probe);
        const FaultRun r = faults.run(kind, 1);
        qInfo("%s", qPrintable(faults.describe(r)));
        QCOMPARE(r.bothAllowedNs, 0); // with a witness, no fault here excuses two active nodes
        const QStringList bad = faults.verdict(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QCOMPARE(r.holder, moves ? QStringLiteral("node2") : QStringLiteral("node1"));
        QCOMPARE(s.agents.epoch(1), s.agents.epoch(2));
        if (moves)
            QVERIFY(s.agents.epoch(2) > epoch);
        QVERIFY(!s.agents.status(1)[QStringLiteral("split_brain")].toBool());
        QCOMPARE(s.agents.status(1)[QStringLiteral("protection")].toString(), QStringLiteral("witness"));
    }

private Q_SLOTS:
    void symmetricSplitKeepsTheActiveAndMovesNothing() { check(FaultInjector::Kind::Split, false); }
    void isolatedActiveStopsBeforeTheStandbyStarts() { check(FaultInjector::Kind::Isolate, true); }
    void killedActiveIsReplacedOnceItsLeaseRanOut() { check(FaultInjector::Kind::Kill, true); }
    void killedAgentAloneItsGuardStopsTheServiceInTime() { check(FaultInjector::Kind::KillAgent, true); }
    void frozenAgentItsGuardStopsTheServiceInTime() { check(FaultInjector::Kind::Freeze, true); }
    void witnessLostAloneChangesNothing() { check(FaultInjector::Kind::WitnessLost, false); }
    void oneWayHeartbeatLossMovesNothing() { check(FaultInjector::Kind::OneWay, false); }
    void coldStartOfBothBringsBackOneActive() { check(FaultInjector::Kind::ColdStart, false); }
    void witnessAndPeerLostStopsTheActive() { check(FaultInjector::Kind::WitnessAndPeerLost, false); }
    // The same votes from etcd (netns-lab.sh --etcd: Debian's etcd-server in the witness namespace).
    void etcdSymmetricSplitMovesNothing() { check(FaultInjector::Kind::Split, false, QStringLiteral("--etcd")); }
    void etcdIsolatedActiveStopsBeforeTheStandbyStarts()
    {
        check(FaultInjector::Kind::Isolate, true, QStringLiteral("--etcd"));
    }
    void etcdKilledAgentAloneIsReplacedSafely()
    {
        check(FaultInjector::Kind::KillAgent, true, QStringLiteral("--etcd"));
    }
    void etcdLostAloneChangesNothing() { check(FaultInjector::Kind::WitnessLost, false, QStringLiteral("--etcd")); }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsWitness)
#include "TestNetnsWitness.moc"
