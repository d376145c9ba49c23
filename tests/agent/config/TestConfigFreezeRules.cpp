#include "agent/coordinator/ClusterDecider.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// What a config change's freeze (ClusterSnapshot::configFrozen, set while ConfigApply holds the
// node) does to the rules: no group is started here, whether the peer is silent or not, while a
// group this node runs goes on under the usual rules, including the stops that keep a partition
// from leaving two active nodes. Each row is decided twice, frozen and not, to show the freeze's part.
class TestConfigFreezeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("self");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("peerView");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("tiebreaker");
        QTest::addColumn<QString>("lease"); // held, lost or none (no witness)
        QTest::addColumn<QString>("unfrozen");
        QTest::addColumn<QString>("frozen");

        QTest::newRow("standby, active peer silent, tiebreaker answers: takes over unless frozen")
            << "hot-standby"
            << "n2"
            << "3 g=standby"
            << "lost"
            << "epoch=3 g=held/running lag:r=0.5"
            << "yes"
            << "none"
            << "take:g@4"
            << "none";
        QTest::newRow("standby with a witness holding the lease: takes over unless frozen")
            << "hot-standby"
            << "n2"
            << "3 g=standby"
            << "lost"
            << "epoch=3 g=held/running lag:r=0.5"
            << "unknown"
            << "held"
            << "take:g@4"
            << "none";
        QTest::newRow("fresh group, both heard: the designated node takes it unless frozen") << "hot-standby"
                                                                                             << "n1"
                                                                                             << "0"
                                                                                             << "alive"
                                                                                             << "epoch=0 g=free/stopped"
                                                                                             << "unknown"
                                                                                             << "none"
                                                                                             << "take:g@1"
                                                                                             << "none";
        QTest::newRow("duplex, fresh: takes its share unless frozen") << "duplex"
                                                                      << "n1"
                                                                      << "0"
                                                                      << "alive"
                                                                      << "epoch=0 g=free/stopped"
                                                                      << "unknown"
                                                                      << "none"
                                                                      << "take:g@1"
                                                                      << "none";
        QTest::newRow("holder, peer silent, tiebreaker answers: keeps running") << "hot-standby"
                                                                                << "n1"
                                                                                << "3 g=active"
                                                                                << "lost"
                                                                                << "epoch=3 g=free/stopped"
                                                                                << "yes"
                                                                                << "none"
                                                                                << "none"
                                                                                << "none";
        QTest::newRow("holder, peer silent, tiebreaker gone: isolated, steps down even frozen")
            << "hot-standby"
            << "n1"
            << "3 g=active"
            << "lost"
            << "epoch=3 g=free/stopped"
            << "no"
            << "none"
            << "stepdown:g@4"
            << "stepdown:g@4";
        QTest::newRow("holder, peer silent, witness lease lost: steps down even frozen") << "hot-standby"
                                                                                         << "n1"
                                                                                         << "3 g=active"
                                                                                         << "lost"
                                                                                         << "epoch=3 g=free/stopped"
                                                                                         << "unknown"
                                                                                         << "lost"
                                                                                         << "stepdown:g@4"
                                                                                         << "stepdown:g@4";
    }

    void rules()
    {
        QFETCH(QString, mode);
        QFETCH(QString, self);
        QFETCH(QString, mine);
        QFETCH(QString, peerView);
        QFETCH(QString, peer);
        QFETCH(QString, tiebreaker);
        QFETCH(QString, lease);
        AgentConfig config = support::clusterConfig(mode, true);
        ClusterSnapshot s = support::snapshot(config, self, mine, peerView, peer);
        s.tiebreaker = tiebreaker == QLatin1String("yes")  ? TiebreakerAnswer::Reachable
                       : tiebreaker == QLatin1String("no") ? TiebreakerAnswer::Unreachable
                                                           : TiebreakerAnswer::Unknown;
        if (lease != QLatin1String("none")) {
            s.witness = true;
            s.peerSilenceMs = 60000; // long past the lease's stop margin
            s.leases.insert(QStringLiteral("g"),
                            lease == QLatin1String("held") ? LeaseAnswer::Held : LeaseAnswer::NotHeld);
        }
        QTEST(support::actionsText(ClusterDecider::decide(config, s)), "unfrozen");
        s.configFrozen = true;
        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QTEST(support::actionsText(d), "frozen");
        QVERIFY(!d.fencePeer);
        if (!s.holds(QStringLiteral("g"))) {
            QVERIFY(d.wantLease.isEmpty()); // not even asking the witness
            QCOMPARE(support::desiredText(d), QStringLiteral("g=stop"));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigFreezeRules)
#include "TestConfigFreezeRules.moc"
