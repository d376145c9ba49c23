#include "agent/coordinator/ClusterDecider.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Split-brain judged by what runs, not by saved roles: a node whose stop failed still counts as
// running the group, and a node on its way up or down does not raise the alarm.
class TestSplitBrainByWhatRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<QString>("mine");  // this node's roles: "2 g=active" or "2"
        QTest::addColumn<QString>("local"); // this node's own payload for g
        QTest::addColumn<QString>("peer");  // the peer's payload
        QTest::addColumn<bool>("splitBrain");
        QTest::addColumn<QString>("desired");

        QTest::newRow("peer's stop failed: both run") << "2 g=active"
                                                      << "g=held/running/runs"
                                                      << "epoch=2 g=free/failed/runs" << true << "run";
        QTest::newRow("peer partly running without holding") << "2 g=active"
                                                             << "g=held/running/runs"
                                                             << "epoch=2 g=free/partial/runs" << true << "run";
        QTest::newRow("peer stopping after a step-down: not yet") << "2 g=active"
                                                                  << "g=held/running/runs"
                                                                  << "epoch=2 g=free/stopping/runs" << false << "run";
        QTest::newRow("peer's failed start was rolled back") << "2 g=active"
                                                             << "g=held/running/runs"
                                                             << "epoch=2 g=free/failed" << false << "run";
        QTest::newRow("our stop failed while the peer runs it") << "2"
                                                                << "g=free/failed/runs"
                                                                << "epoch=2 g=held/running/runs" << true << "stop";
        QTest::newRow("ours stopped cleanly") << "2"
                                              << "g=free/stopped"
                                              << "epoch=2 g=held/running/runs" << false << "stop";
    }

    void judge()
    {
        QFETCH(QString, mine);
        QFETCH(QString, local);
        QFETCH(QString, peer);
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"), true);
        ClusterSnapshot s = support::snapshot(config, QStringLiteral("n1"), mine, QStringLiteral("alive"), peer);
        s.mine = *support::payload(QStringLiteral("epoch=2 ") + local);
        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QTEST(d.splitBrain.contains(QStringLiteral("g")), "splitBrain");
        QVERIFY(d.actions.isEmpty()); // reported, and the node that does not hold it keeps stopping it
        QFETCH(QString, desired);
        QCOMPARE(d.desired.value(QStringLiteral("g")),
                 desired == QLatin1String("run") ? ClusterDecider::Desired::Run : ClusterDecider::Desired::Stop);
    }
};

QTEST_GUILESS_MAIN(TestSplitBrainByWhatRuns)
#include "TestSplitBrainByWhatRuns.moc"
