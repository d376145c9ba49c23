#include "agent/coordinator/SwitchoverCheck.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QJsonArray>
#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Readiness and the pre-check list: one computation for status, switchover.check and switchover.start.
class TestSwitchoverCheck : public QObject
{
    Q_OBJECT

private:
    // n1 holds g and runs it; n2 is alive, standby, healthy. Rows change one thing each.
    static ClusterSnapshot healthy(const QString& self = QStringLiteral("n1"))
    {
        ClusterSnapshot s;
        s.self = self;
        s.peerName = self == QLatin1String("n1") ? QStringLiteral("n2") : QStringLiteral("n1");
        s.epoch = 4;
        s.peerAlive = s.peerSeen = true;
        s.mine.checksum = QStringLiteral("sum");
        if (self == QLatin1String("n1")) {
            s.assigned.insert(QStringLiteral("g"), twinha::protocol::Role::Active);
            s.mine.groups.insert(QStringLiteral("g"), {true, twinha::protocol::RunState::Running, true, std::nullopt});
            s.mine.lag.insert(QStringLiteral("r"),
                              {0.5, twinha::protocol::ReplicationState::InSync, QString(), std::nullopt, false});
            s.peer = support::payload(QStringLiteral("epoch=4 g=free/stopped"));
        } else {
            s.assigned.insert(QStringLiteral("g"), twinha::protocol::Role::Standby);
            s.mine.groups.insert(QStringLiteral("g"),
                                 {false, twinha::protocol::RunState::Stopped, false, std::nullopt});
            s.peer = support::payload(QStringLiteral("epoch=4 g=held/running lag:r=0.5"));
        }
        return s;
    }

    static QStringList codesOf(const SwitchoverCheck& c)
    {
        QStringList out;
        for (const auto& e : c.failures())
            out << e.code;
        return out;
    }

private Q_SLOTS:
    void blockingReasons_data()
    {
        QTest::addColumn<QString>("self");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("forceable");

        QTest::newRow("healthy pair is ready") << "n1"
                                               << "" << QStringList() << true;
        QTest::newRow("healthy pair is ready, asked on the target") << "n2"
                                                                    << "" << QStringList() << true;
        QTest::newRow("peer silent") << "n1"
                                     << "peer_dead" << QStringList{"PEER_UNREACHABLE"} << false;
        // On the standby with the active node silent, only an operator's forced takeover can move it.
        QTest::newRow("peer silent, asked on the standby") << "n2"
                                                           << "peer_dead" << QStringList{"PEER_UNREACHABLE"} << true;
        QTest::newRow("configs differ") << "n1"
                                        << "peer_sum" << QStringList{"CONFIG_MISMATCH"} << true;
        QTest::newRow("lag over the limit on the source")
            << "n1"
            << "lag_high" << QStringList{"REPLICATION_LAG_TOO_HIGH"} << true;
        QTest::newRow("lag over the limit, seen from the target")
            << "n2"
            << "peer_lag_high" << QStringList{"REPLICATION_LAG_TOO_HIGH"} << true;
        QTest::newRow("source cannot ship its channel")
            << "n1"
            << "channel_error" << QStringList{"REPLICATION_SYNC_FAILED"} << false;
        QTest::newRow("operation running on the peer") << "n1"
                                                       << "peer_op" << QStringList{"OPERATION_IN_PROGRESS"} << false;
        QTest::newRow("group not running on the source") << "n1"
                                                         << "stopped_here" << QStringList{"GROUP_NOT_RUNNING"} << false;
        QTest::newRow("target reports the group failed") << "n1"
                                                         << "peer_failed" << QStringList{"GROUP_FAILED"} << false;
        QTest::newRow("both hold the group") << "n1"
                                             << "split" << QStringList{"SPLIT_BRAIN"} << false;
        QTest::newRow("nobody holds the group") << "n2"
                                                << "nobody" << QStringList{"NO_ACTIVE_NODE"} << false;
    }

    void blockingReasons()
    {
        QFETCH(QString, self);
        QFETCH(QString, change);
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"));
        ClusterSnapshot s = healthy(self);
        if (change == QLatin1String("peer_dead"))
            s.peerAlive = false;
        else if (change == QLatin1String("peer_sum"))
            s.peer->checksum = QStringLiteral("other");
        else if (change == QLatin1String("lag_high"))
            s.mine.lag[QStringLiteral("r")].lagS = 12.5;
        else if (change == QLatin1String("peer_lag_high"))
            s.peer->lag[QStringLiteral("r")].lagS = 12.5;
        else if (change == QLatin1String("channel_error"))
            s.mine.lag[QStringLiteral("r")] = {std::nullopt, twinha::protocol::ReplicationState::Error,
                                               QStringLiteral("REPLICATION_SYNC_FAILED"), std::nullopt, false};
        else if (change == QLatin1String("peer_op"))
            s.peer->op = support::payload(QStringLiteral("op=g"))->op;
        else if (change == QLatin1String("stopped_here"))
            s.mine.groups[QStringLiteral("g")].state = twinha::protocol::RunState::Stopped;
        else if (change == QLatin1String("peer_failed"))
            s.peer->groups[QStringLiteral("g")].state = twinha::protocol::RunState::Failed;
        else if (change == QLatin1String("split"))
            s.peer->groups[QStringLiteral("g")].held = true;
        else if (change == QLatin1String("nobody"))
            s.peer->groups[QStringLiteral("g")].held = false;

        const SwitchoverCheck c = SwitchoverCheck::evaluate(config, s, QString(), QString());
        QTEST(codesOf(c), "codes");
        QCOMPARE(c.ready(), codesOf(c).isEmpty());
        QTEST(c.forceable(), "forceable");
        QCOMPARE(c.takeover, change == QLatin1String("peer_dead") && self == QLatin1String("n2"));
        if (c.takeover)
            QCOMPARE(c.executor, self);
        const QJsonObject readiness = c.readinessJson();
        QCOMPARE(readiness.value(QStringLiteral("ready")).toBool(), c.ready());
        QCOMPARE(readiness.value(QStringLiteral("reasons")).toArray().size(), codesOf(c).size());
    }

    void lagRefusalCarriesChannelLagAndLimit()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"));
        ClusterSnapshot s = healthy();
        s.mine.lag[QStringLiteral("r")].lagS = 12.5;
        const auto refusal = SwitchoverCheck::evaluate(config, s, QStringLiteral("g"), QStringLiteral("n2")).refusal();
        QCOMPARE(refusal.code, QStringLiteral("REPLICATION_LAG_TOO_HIGH"));
        QCOMPARE(refusal.params.value(QStringLiteral("channel")).toString(), QStringLiteral("r"));
        QCOMPARE(refusal.params.value(QStringLiteral("lag_s")).toDouble(), 12.5);
        QCOMPARE(refusal.params.value(QStringLiteral("limit_s")).toDouble(), 5.0);
        QCOMPARE(refusal.params.value(QStringLiteral("reasons")).toArray().size(), 1);
    }

    void resolvesDirectionAndResources()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"));
        const SwitchoverCheck c =
            SwitchoverCheck::evaluate(config, healthy(QStringLiteral("n2")), QString(), QString());
        QCOMPARE(c.kind, twinha::protocol::OperationKind::Switchover);
        QCOMPARE(c.from, QStringLiteral("n1"));
        QCOMPARE(c.to, QStringLiteral("n2"));
        QCOMPARE(c.executor, QStringLiteral("n1"));
        const QJsonObject json = c.toJson(config);
        QCOMPARE(json.value(QStringLiteral("stop")).toArray(), QJsonArray{QStringLiteral("ip")});
        QCOMPARE(json.value(QStringLiteral("start")).toArray(), QJsonArray{QStringLiteral("ip")});
        QVERIFY(json.value(QStringLiteral("checks")).toArray().size() >= 7);
    }

    void invalidRequestsAreNamed_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown group") << "nope"
                                       << ""
                                       << "UNKNOWN_GROUP";
        QTest::newRow("unknown node") << "g"
                                      << "n9"
                                      << "UNKNOWN_NODE";
        QTest::newRow("target already holds it") << "g"
                                                 << "n1"
                                                 << "ALREADY_ACTIVE";
    }

    void invalidRequestsAreNamed()
    {
        QFETCH(QString, group);
        QFETCH(QString, to);
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"));
        const SwitchoverCheck c = SwitchoverCheck::evaluate(config, healthy(), group, to);
        QVERIFY(!c.ready());
        QTEST(c.refusal().code, "code");
    }

    void mutualBackupNeedsTheGroupNamed()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("mutual-backup"));
        QCOMPARE(SwitchoverCheck::evaluate(config, healthy(), QString(), QString()).refusal().code,
                 QStringLiteral("INVALID_PARAMS"));
    }

    void duplexMovesMeanDrainAndUndrain_data()
    {
        QTest::addColumn<QString>("peerRole"); // n1 is self and runs g
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("executor");
        QTest::newRow("both run: moving to n2 drains n1") << "held"
                                                          << "n2"
                                                          << "drain"
                                                          << "n1";
        QTest::newRow("both run: moving to n1 drains n2") << "held"
                                                          << "n1"
                                                          << "drain"
                                                          << "n2";
        QTest::newRow("n2 drained: moving to n2 brings it back") << "free"
                                                                 << "n2"
                                                                 << "undrain"
                                                                 << "n2";
    }

    void duplexMovesMeanDrainAndUndrain()
    {
        QFETCH(QString, peerRole);
        QFETCH(QString, to);
        const AgentConfig config = support::clusterConfig(QStringLiteral("duplex"));
        ClusterSnapshot s = healthy();
        s.peer = support::payload(QStringLiteral("epoch=4 g=%1/running").arg(peerRole));
        if (peerRole == QLatin1String("free"))
            s.peer->groups[QStringLiteral("g")].state = twinha::protocol::RunState::Stopped;
        const SwitchoverCheck c = SwitchoverCheck::evaluate(config, s, QString(), to);
        QVERIFY2(c.ready(), qPrintable(codesOf(c).join(QLatin1Char(','))));
        QTEST(twinha::protocol::operationKindName(c.kind), "kind");
        QTEST(c.executor, "executor");
    }

    void duplexRefusesToDrainTheLastRunningNode()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("duplex"));
        ClusterSnapshot s = healthy();
        s.peer = support::payload(QStringLiteral("epoch=4 g=held/failed"));
        const SwitchoverCheck c = SwitchoverCheck::evaluate(config, s, QString(), QStringLiteral("n2"));
        QCOMPARE(c.kind, twinha::protocol::OperationKind::Drain);
        QCOMPARE(codesOf(c), QStringList{QStringLiteral("GROUP_NOT_RUNNING")});
    }
};

QTEST_GUILESS_MAIN(TestSwitchoverCheck)
#include "TestSwitchoverCheck.moc"
