#include "agent/coordinator/ClusterDecider.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Which node keeps a group both hold is decided by that group's epochs, not by the node's epoch,
// which a move of another group may have raised; an older peer, which publishes one epoch for
// everything, is compared the way it compares itself: by the nodes' epochs. Both nodes of a pair
// must reach opposite verdicts, so each row here has its mirror.
class TestEpochsPerGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitBrainTies_data()
    {
        QTest::addColumn<QString>("self");
        QTest::addColumn<QString>("mine"); // see support::snapshot()
        QTest::addColumn<QString>("peer"); // see support::payload(); e:GROUP=N is the group's epoch
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("desired");

        // n1 moved b around a lot (node epoch 9) but took a long ago (3); n2 took a over at 5.
        QTest::newRow("a's older claim yields, whatever b did") << "n1"
                                                                << "9 a=active@3 b=standby@9"
                                                                << "epoch=5 a=held/running e:a=5 b=held/running e:b=2"
                                                                << "stepdown:a@10"
                                                                << "a=stop,b=stop";
        QTest::newRow("mirror: a's newer claim stays") << "n2"
                                                       << "5 a=active@5 b=active@2"
                                                       << "epoch=9 a=held/running e:a=3 b=free/stopped e:b=9"
                                                       << "none"
                                                       << "a=run,b=run";
        QTest::newRow("equal group epochs: the node a does not prefer yields, though its node epoch is higher")
            << "n2"
            << "9 a=active@4"
            << "epoch=6 a=held/running e:a=4 b=held/running e:b=6"
            << "stepdown:a@10"
            << "a=stop,b=stop";
        QTest::newRow("mirror: equal group epochs, the preferred node keeps a") << "n1"
                                                                                << "6 a=active@4"
                                                                                << "epoch=9 a=held/running e:a=4"
                                                                                << "none"
                                                                                << "a=run,b=stop";
        // An older peer compares the nodes' epochs; so must we, or both could keep the group.
        QTest::newRow("older peer: the nodes' epochs decide, ours is higher") << "n1"
                                                                              << "9 a=active@3"
                                                                              << "epoch=5 a=held/running"
                                                                              << "none"
                                                                              << "a=run,b=stop";
        QTest::newRow("older peer: the nodes' epochs decide, theirs is higher") << "n1"
                                                                                << "4 a=active@4"
                                                                                << "epoch=5 a=held/running"
                                                                                << "stepdown:a@6"
                                                                                << "a=stop,b=stop";
    }

    void splitBrainTies()
    {
        QFETCH(QString, self);
        QFETCH(QString, mine);
        QFETCH(QString, peer);
        const AgentConfig config = support::clusterConfig(QStringLiteral("mutual-backup"));
        const ClusterSnapshot s = support::snapshot(config, self, mine, QStringLiteral("alive"), peer);
        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QTEST(support::actionsText(d), "actions");
        QTEST(support::desiredText(d), "desired");
        QVERIFY(d.splitBrain.contains(QStringLiteral("a")));
    }

    void stepDownSaysWhichEpochsDecided()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("mutual-backup"));
        const ClusterSnapshot s =
            support::snapshot(config, QStringLiteral("n1"), QStringLiteral("9 a=active@3"), QStringLiteral("alive"),
                              QStringLiteral("epoch=5 a=held/running e:a=5"));
        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QCOMPARE(d.actions.size(), 1);
        QCOMPARE(d.actions.first().reason.params.value(QStringLiteral("epoch")).toInteger(), 3);
        QCOMPARE(d.actions.first().reason.params.value(QStringLiteral("peer_epoch")).toInteger(), 5);
    }

    // Every new epoch is past every epoch either node has used, so group epochs order the changes
    // of the whole cluster: a take of b never lands below what a reached.
    void aTakeIsPastBothNodesEpochs()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("mutual-backup"));
        const ClusterSnapshot s =
            support::snapshot(config, QStringLiteral("n2"), QStringLiteral("7 a=standby@7"), QStringLiteral("alive"),
                              QStringLiteral("epoch=8 a=held/running e:a=8 b=free/stopped e:b=2"));
        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QCOMPARE(support::actionsText(d), QStringLiteral("take:b@9"));
    }
};

QTEST_GUILESS_MAIN(TestEpochsPerGroup)
#include "TestEpochsPerGroup.moc"
