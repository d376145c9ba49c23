#include "agent/coordinator/ClusterDecider.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// The rules of automatic failover with a witness, one row per situation: a node runs a group
// without its peer only while it holds the group's lease, and takes one over only once the
// witness has given it the lease. The ping tiebreaker no longer counts.
class TestWitnessDecider : public QObject
{
    Q_OBJECT

private:
    static ClusterSnapshot snapshot(const AgentConfig& config, const QString& self, const QString& mine,
                                    const QString& peerView, const QString& peer, const QString& lease,
                                    const QString& tiebreaker)
    {
        ClusterSnapshot s = support::snapshot(config, self, mine, peerView, peer);
        s.tiebreaker = tiebreaker == QLatin1String("yes")  ? TiebreakerAnswer::Reachable
                       : tiebreaker == QLatin1String("no") ? TiebreakerAnswer::Unreachable
                                                           : TiebreakerAnswer::Unknown;
        s.witness = true;
        s.leases.insert(QStringLiteral("g"), lease == QLatin1String("held")  ? LeaseAnswer::Held
                                             : lease == QLatin1String("not") ? LeaseAnswer::NotHeld
                                                                             : LeaseAnswer::Unknown);
        return s;
    }

    static AgentConfig config(bool automatic)
    {
        AgentConfig c = support::clusterConfig(QStringLiteral("hot-standby"), automatic);
        c.witness.address = QStringLiteral("192.0.2.9:5410");
        c.witness.host = QStringLiteral("192.0.2.9");
        c.witness.port = 5410;
        return c;
    }

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<bool>("automatic");
        QTest::addColumn<QString>("self");
        QTest::addColumn<QString>("mine");       // epoch and persisted roles
        QTest::addColumn<QString>("peerView");   // alive | lost | lost-recently | unseen | grace
        QTest::addColumn<QString>("peer");       // the peer's last payload
        QTest::addColumn<QString>("lease");      // unknown | held | not
        QTest::addColumn<QString>("tiebreaker"); // unknown | yes | no
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<bool>("wantsLease");

        const QString lost = QStringLiteral("lost");
        const QString peerHeld = QStringLiteral("epoch=2 g=held/running lag:r=1");
        // The standby, after its peer went silent
        QTest::newRow("standby asks for the lease before taking over") << true << "n2"
                                                                       << "2" << lost << peerHeld << "unknown"
                                                                       << "unknown"
                                                                       << "none"
                                                                       << "g=stop" << true;
        QTest::newRow("standby takes over once it holds the lease") << true << "n2"
                                                                    << "2" << lost << peerHeld << "held"
                                                                    << "unknown"
                                                                    << "take:g@3"
                                                                    << "g=stop" << true;
        QTest::newRow("lease held, but the peer fell silent too recently to have stopped a lease-less group")
            << true << "n2"
            << "2"
            << "lost-recently" << peerHeld << "held"
            << "unknown"
            << "none"
            << "g=stop" << true;
        QTest::newRow("symmetric split: the tiebreaker answers, the witness refuses: no takeover")
            << true << "n2"
            << "2" << lost << peerHeld << "not"
            << "yes"
            << "none"
            << "g=stop" << true;
        QTest::newRow("lag over the limit at the last contact: not even the lease is asked for")
            << true << "n2"
            << "2" << lost << "epoch=2 g=held/running lag:r=9"
            << "held"
            << "yes"
            << "none"
            << "g=stop" << false;
        QTest::newRow("peer alive: the standby never asks") << true << "n2"
                                                            << "2"
                                                            << "alive" << peerHeld << "unknown"
                                                            << "unknown"
                                                            << "none"
                                                            << "g=stop" << false;
        QTest::newRow("peer never heard since start (wait_for_all): no takeover") << true << "n2"
                                                                                  << "2"
                                                                                  << "unseen"
                                                                                  << "none"
                                                                                  << "held"
                                                                                  << "yes"
                                                                                  << "none"
                                                                                  << "g=stop" << false;
        QTest::newRow("manual failover: a held lease takes nothing") << false << "n2"
                                                                     << "2" << lost << peerHeld << "held"
                                                                     << "yes"
                                                                     << "none"
                                                                     << "g=stop" << false;
        // The active node
        const QString mine = QStringLiteral("2 g=active");
        const QString peerStandby = QStringLiteral("epoch=2 g=free/stopped");
        QTest::newRow("witness lost while the peer is fine: nothing changes")
            << true << "n1" << mine << "alive" << peerStandby << "not"
            << "unknown"
            << "none"
            << "g=run" << false;
        QTest::newRow("one-way loss: the peer does not hear us, lease held: keeps running")
            << true << "n1" << mine << "alive"
            << "epoch=2 g=free/stopped hears=0"
            << "held"
            << "unknown"
            << "none"
            << "g=run" << false;
        QTest::newRow("one-way loss: the peer does not hear us, no lease: stops") << true << "n1" << mine << "alive"
                                                                                  << "epoch=2 g=free/stopped hears=0"
                                                                                  << "not"
                                                                                  << "unknown"
                                                                                  << "stepdown:g@3"
                                                                                  << "g=stop" << false;
        QTest::newRow("one-way loss, standby side: hearing the active, it never asks")
            << true << "n2"
            << "2"
            << "alive"
            << "epoch=2 g=held/running hears=0"
            << "unknown"
            << "unknown"
            << "none"
            << "g=stop" << false;
        QTest::newRow("peer lost, lease held: keeps running (the peer cannot get it)")
            << true << "n1" << mine << lost << peerStandby << "held"
            << "no"
            << "none"
            << "g=run" << false;
        QTest::newRow("peer and witness lost: stops before its lease can run out")
            << true << "n1" << mine << lost << peerStandby << "not"
            << "yes"
            << "stepdown:g@3"
            << "g=stop" << false;
        QTest::newRow("peer lost and the witness never answered: stops")
            << true << "n1" << mine << lost << peerStandby << "unknown"
            << "yes"
            << "stepdown:g@3"
            << "g=stop" << false;
        QTest::newRow("restart: the first witness answer is awaited") << true << "n1" << mine << "grace"
                                                                      << "none"
                                                                      << "unknown"
                                                                      << "unknown"
                                                                      << "none"
                                                                      << "g=leave" << false;
        QTest::newRow("restart: the witness still counts this node as holder") << true << "n1" << mine << "unseen"
                                                                               << "none"
                                                                               << "held"
                                                                               << "no"
                                                                               << "none"
                                                                               << "g=run" << false;
        QTest::newRow("restart: no lease after the grace: stops") << true << "n1" << mine << "unseen"
                                                                  << "none"
                                                                  << "not"
                                                                  << "yes"
                                                                  << "stepdown:g@3"
                                                                  << "g=stop" << false;
        // A switchover whose peer went silent mid-handover: the source took the role back without
        // starting anything (SwitchoverTransaction::rollback); the lease decides what happens next.
        QTest::newRow("lease expiry during a switchover: the source took the role back, holds the lease: runs")
            << true << "n1"
            << "3 g=active" << lost << "epoch=3 g=free/starting"
            << "held"
            << "unknown"
            << "none"
            << "g=run" << false;
        QTest::newRow("lease expiry during a switchover: the target took the lease: the source steps down")
            << true << "n1"
            << "3 g=active" << lost << "epoch=3 g=free/starting"
            << "not"
            << "unknown"
            << "stepdown:g@4"
            << "g=stop" << false;
        QTest::newRow("manual failover: losing the peer and the witness stops nothing")
            << false << "n1" << mine << lost << peerStandby << "not"
            << "no"
            << "none"
            << "g=run" << false;
    }

    void decide()
    {
        QFETCH(bool, automatic);
        QFETCH(QString, self);
        QFETCH(QString, mine);
        QFETCH(QString, peerView);
        QFETCH(QString, peer);
        QFETCH(QString, lease);
        QFETCH(QString, tiebreaker);
        const AgentConfig c = config(automatic);
        const ClusterDecider::Decision d =
            ClusterDecider::decide(c, snapshot(c, self, mine, peerView, peer, lease, tiebreaker));
        QTEST(support::actionsText(d), "actions");
        QTEST(support::desiredText(d), "desired");
        QTEST(d.wantLease.contains(QStringLiteral("g")), "wantsLease");
        QVERIFY(!d.needTiebreaker || !automatic); // with a witness, no ping is ever needed
    }

    void takeoverWaitsForTheFenceWhereThereIsOne()
    {
        const AgentConfig c = config(true);
        ClusterSnapshot s = snapshot(c, QStringLiteral("n2"), QStringLiteral("2"), QStringLiteral("lost"),
                                     QStringLiteral("epoch=2 g=held/running lag:r=1"), QStringLiteral("held"),
                                     QStringLiteral("unknown"));
        s.fencing = true;
        ClusterDecider::Decision d = ClusterDecider::decide(c, s);
        QVERIFY(d.fencePeer);
        QVERIFY(d.actions.isEmpty()); // no takeover before the peer is off
        s.peerFenced = true;
        d = ClusterDecider::decide(c, s);
        QVERIFY(!d.fencePeer);
        QCOMPARE(support::actionsText(d), QStringLiteral("take:g@3"));
        // Without the lease there is nothing to fence for: a split must not fence a healthy active.
        s.peerFenced = false;
        s.leases.insert(QStringLiteral("g"), LeaseAnswer::NotHeld);
        d = ClusterDecider::decide(c, s);
        QVERIFY(!d.fencePeer);
        QVERIFY(d.actions.isEmpty());
    }

    void stepDownNamesTheWitness()
    {
        const AgentConfig c = config(true);
        const auto d = ClusterDecider::decide(c, snapshot(c, QStringLiteral("n1"), QStringLiteral("2 g=active"),
                                                          QStringLiteral("lost"), QStringLiteral("epoch=2"),
                                                          QStringLiteral("not"), QStringLiteral("yes")));
        QCOMPARE(d.actions.size(), 1);
        QCOMPARE(d.actions.first().cause, twinha::protocol::RoleCause::LeaseLost);
        QCOMPARE(d.actions.first().reason.code, QString::fromLatin1(twinha::protocol::codes::kWitnessLeaseLost));
        QCOMPARE(d.actions.first().reason.params.value(QStringLiteral("witness")).toString(),
                 QStringLiteral("192.0.2.9:5410"));
    }
};

QTEST_GUILESS_MAIN(TestWitnessDecider)
#include "TestWitnessDecider.moc"
