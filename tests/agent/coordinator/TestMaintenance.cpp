#include "agent/coordinator/ClusterDecider.h"
#include "agent/coordinator/Maintenance.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Maintenance mode: how an operator's on/off changes the record, that it survives a restart, and
// that the rules touch no group it covers, whatever happens to the peer.
class TestMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesByGroupAndForTheCluster()
    {
        Maintenance m;
        QVERIFY(!m.isOn());
        m = m.changed(true, QStringLiteral("a"), QStringLiteral("root"), 1, 100);
        QVERIFY(m.covers(QStringLiteral("a")));
        QVERIFY(!m.covers(QStringLiteral("b")));
        m = m.changed(true, QString(), QStringLiteral("ops"), 2, 200);
        QVERIFY(m.covers(QStringLiteral("b")));
        QCOMPARE(m.actor, QStringLiteral("ops"));
        m = m.changed(false, QString(), QStringLiteral("ops"), 3, 300);
        QVERIFY(!m.isOn()); // the cluster's "off" ends the groups' too
        QCOMPARE(m.seq, 3);
    }

    void survivesARestartAndRoundTrips()
    {
        QTemporaryDir dir;
        const Maintenance m = Maintenance().changed(true, QStringLiteral("a"), QStringLiteral("root"), 7, 123);
        QString error;
        QVERIFY2(m.save(dir.path(), &error), qPrintable(error));
        QCOMPARE(Maintenance::load(dir.path()), m);
        QCOMPARE(Maintenance::fromJson(m.toJson()), std::optional<Maintenance>(m));
        QVERIFY(!Maintenance::fromJson(QJsonValue(QStringLiteral("on"))));
    }

    void rulesLeaveACoveredGroupAlone()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"), true);
        ClusterSnapshot s;
        s.self = QStringLiteral("n2");
        s.peerName = QStringLiteral("n1");
        s.epoch = 2;
        s.peerSeen = true; // the active node is gone, the tiebreaker answers: a failover, but for maintenance
        s.peerSilenceMs = 5000;
        s.peer = support::payload(QStringLiteral("epoch=2 g=held/running lag:r=1"));
        s.tiebreaker = TiebreakerAnswer::Reachable;
        s.maintenance = Maintenance().changed(true, QString(), QStringLiteral("root"), 1, 0);
        ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QVERIFY(d.actions.isEmpty());
        QCOMPARE(d.desired.value(QStringLiteral("g")), ClusterDecider::Desired::Leave);
        QVERIFY(!d.needTiebreaker);
        s.maintenance = s.maintenance.changed(false, QString(), QStringLiteral("root"), 2, 0);
        d = ClusterDecider::decide(config, s);
        QCOMPARE(d.actions.size(), 1);
        QCOMPARE(d.actions.first().cause, twinha::protocol::RoleCause::Failover);
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "TestMaintenance.moc"
