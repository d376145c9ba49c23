#include "agent/coordinator/ClusterDecider.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QtTest>

using namespace twinha::agent;
namespace support = twinha::agent::test;

// Every rule of who holds which group, one table row per situation.
class TestClusterDecider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("mode");       // cluster mode
        QTest::addColumn<QString>("options");    // auto, notb (no tiebreakers configured)
        QTest::addColumn<QString>("self");       // n1 (preferred for g and a) or n2
        QTest::addColumn<QString>("mine");       // epoch and persisted roles: "3 g=active"
        QTest::addColumn<QString>("peerView");   // alive | lost (seen, now silent) | unseen | grace
        QTest::addColumn<QString>("peer");       // last payload, see support::payload()
        QTest::addColumn<QString>("tiebreaker"); // unknown | yes | no
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("desired");
        QTest::addColumn<bool>("splitBrain");
        QTest::addColumn<bool>("needTiebreaker");

        const QString hs = QStringLiteral("hot-standby");
        const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
        // Fresh cluster and wait_for_all
        row("fresh: preferred node takes once both see each other") << hs << ""
                                                                    << "n1"
                                                                    << "0"
                                                                    << "alive"
                                                                    << "epoch=0 g=free/stopped"
                                                                    << "unknown"
                                                                    << "take:g@1"
                                                                    << "g=stop" << false << false;
        row("fresh: the other node waits for the preferred one") << hs << ""
                                                                 << "n2"
                                                                 << "0"
                                                                 << "alive"
                                                                 << "epoch=0 g=free/stopped"
                                                                 << "unknown"
                                                                 << "none"
                                                                 << "g=stop" << false << false;
        row("fresh: a node alone never takes (wait_for_all)") << hs << ""
                                                              << "n1"
                                                              << "0"
                                                              << "unseen"
                                                              << "none"
                                                              << "yes"
                                                              << "none"
                                                              << "g=stop" << false << false;
        row("fresh: alone with automatic failover still waits") << hs << "auto"
                                                                << "n1"
                                                                << "0"
                                                                << "unseen"
                                                                << "none"
                                                                << "yes"
                                                                << "none"
                                                                << "g=stop" << false << false;
        row("fresh: not while the peer still stops the group") << hs << ""
                                                               << "n1"
                                                               << "0"
                                                               << "alive"
                                                               << "epoch=0 g=free/stopping"
                                                               << "unknown"
                                                               << "none"
                                                               << "g=stop" << false << false;
        row("take raises the epoch past both nodes") << hs << ""
                                                     << "n1"
                                                     << "2"
                                                     << "alive"
                                                     << "epoch=5 g=free/stopped"
                                                     << "unknown"
                                                     << "take:g@6"
                                                     << "g=stop" << false << false;
        row("peer without a coordinator payload: nobody takes") << hs << ""
                                                                << "n1"
                                                                << "0"
                                                                << "alive"
                                                                << "none"
                                                                << "unknown"
                                                                << "none"
                                                                << "g=stop" << false << false;
        // Restart of a node that held the group
        row("restart: in the first dead time the resources are left alone") << hs << ""
                                                                            << "n1"
                                                                            << "3 g=active"
                                                                            << "grace"
                                                                            << "none"
                                                                            << "unknown"
                                                                            << "none"
                                                                            << "g=leave" << false << false;
        row("restart: peer unseen after the dead time, tiebreaker is probed") << hs << ""
                                                                              << "n1"
                                                                              << "3 g=active"
                                                                              << "unseen"
                                                                              << "none"
                                                                              << "unknown"
                                                                              << "none"
                                                                              << "g=leave" << false << true;
        row("restart: peer unseen, tiebreaker answers, keeps the group") << hs << ""
                                                                         << "n1"
                                                                         << "3 g=active"
                                                                         << "unseen"
                                                                         << "none"
                                                                         << "yes"
                                                                         << "none"
                                                                         << "g=run" << false << false;
        row("restart: peer unseen, no tiebreaker answers, steps down") << hs << ""
                                                                       << "n1"
                                                                       << "3 g=active"
                                                                       << "unseen"
                                                                       << "none"
                                                                       << "no"
                                                                       << "stepdown:g@4"
                                                                       << "g=stop" << false << false;
        row("restart: no tiebreakers configured, keeps the group") << hs << "notb"
                                                                   << "n1"
                                                                   << "3 g=active"
                                                                   << "unseen"
                                                                   << "none"
                                                                   << "unknown"
                                                                   << "none"
                                                                   << "g=run" << false << false;
        row("restart: peer appears without the group, keeps it") << hs << ""
                                                                 << "n1"
                                                                 << "3 g=active"
                                                                 << "alive"
                                                                 << "epoch=2 g=free/stopped"
                                                                 << "unknown"
                                                                 << "none"
                                                                 << "g=run" << false << false;
        row("restart: peer appears holding it at a higher epoch, steps down") << hs << ""
                                                                              << "n1"
                                                                              << "3 g=active"
                                                                              << "alive"
                                                                              << "epoch=4 g=held/running"
                                                                              << "unknown"
                                                                              << "stepdown:g@5"
                                                                              << "g=stop" << true << false;
        // Split-brain
        row("split-brain: the higher epoch keeps the group") << hs << ""
                                                             << "n2"
                                                             << "5 g=active"
                                                             << "alive"
                                                             << "epoch=4 g=held/running"
                                                             << "unknown"
                                                             << "none"
                                                             << "g=run" << true << false;
        row("split-brain: equal epochs, the non-preferred node steps down") << hs << ""
                                                                            << "n2"
                                                                            << "4 g=active"
                                                                            << "alive"
                                                                            << "epoch=4 g=held/running"
                                                                            << "unknown"
                                                                            << "stepdown:g@5"
                                                                            << "g=stop" << true << false;
        row("split-brain: equal epochs, the preferred node keeps it") << hs << ""
                                                                      << "n1"
                                                                      << "4 g=active"
                                                                      << "alive"
                                                                      << "epoch=4 g=held/running"
                                                                      << "unknown"
                                                                      << "none"
                                                                      << "g=run" << true << false;
        row("higher peer epoch without a claim is only adopted") << hs << ""
                                                                 << "n1"
                                                                 << "3 g=active"
                                                                 << "alive"
                                                                 << "epoch=9 g=free/stopped"
                                                                 << "unknown"
                                                                 << "none"
                                                                 << "g=run" << false << false;
        // Automatic failover: the standby
        row("auto: standby takes when every link is silent, tiebreaker answers, lag ok")
            << hs << "auto"
            << "n2"
            << "3 g=standby"
            << "lost"
            << "epoch=3 g=held/running lag:r=1"
            << "yes"
            << "take:g@4"
            << "g=stop" << false << true;
        row("auto: no takeover while the peer is alive on some link") << hs << "auto"
                                                                      << "n2"
                                                                      << "3 g=standby"
                                                                      << "alive"
                                                                      << "epoch=3 g=held/running lag:r=1"
                                                                      << "yes"
                                                                      << "none"
                                                                      << "g=stop" << false << false;
        row("auto: the tiebreaker is probed before taking over") << hs << "auto"
                                                                 << "n2"
                                                                 << "3 g=standby"
                                                                 << "lost"
                                                                 << "epoch=3 g=held/running lag:r=1"
                                                                 << "unknown"
                                                                 << "none"
                                                                 << "g=stop" << false << true;
        row("auto: no takeover when no tiebreaker answers") << hs << "auto"
                                                            << "n2"
                                                            << "3 g=standby"
                                                            << "lost"
                                                            << "epoch=3 g=held/running lag:r=1"
                                                            << "no"
                                                            << "none"
                                                            << "g=stop" << false << true;
        row("auto: no takeover when the last lag was over the limit") << hs << "auto"
                                                                      << "n2"
                                                                      << "3 g=standby"
                                                                      << "lost"
                                                                      << "epoch=3 g=held/running lag:r=9"
                                                                      << "yes"
                                                                      << "none"
                                                                      << "g=stop" << false << false;
        row("auto: no takeover when the last lag was unknown") << hs << "auto"
                                                               << "n2"
                                                               << "3 g=standby"
                                                               << "lost"
                                                               << "epoch=3 g=held/running lag:r=null"
                                                               << "yes"
                                                               << "none"
                                                               << "g=stop" << false << false;
        row("auto: no takeover of a peer never seen since start") << hs << "auto"
                                                                  << "n2"
                                                                  << "3 g=standby"
                                                                  << "unseen"
                                                                  << "none"
                                                                  << "yes"
                                                                  << "none"
                                                                  << "g=stop" << false << false;
        row("manual: the standby never takes over by itself") << hs << ""
                                                              << "n2"
                                                              << "3 g=standby"
                                                              << "lost"
                                                              << "epoch=3 g=held/running lag:r=1"
                                                              << "yes"
                                                              << "none"
                                                              << "g=stop" << false << false;
        // Automatic failover: the active node that lost its peer
        row("auto: active that lost peer and tiebreaker steps down") << hs << "auto"
                                                                     << "n1"
                                                                     << "3 g=active"
                                                                     << "lost"
                                                                     << "epoch=3 g=free/stopped"
                                                                     << "no"
                                                                     << "stepdown:g@4"
                                                                     << "g=stop" << false << false;
        row("auto: active keeps serving while the tiebreaker is probed") << hs << "auto"
                                                                         << "n1"
                                                                         << "3 g=active"
                                                                         << "lost"
                                                                         << "epoch=3 g=free/stopped"
                                                                         << "unknown"
                                                                         << "none"
                                                                         << "g=run" << false << true;
        row("auto: active keeps the group while the tiebreaker answers") << hs << "auto"
                                                                         << "n1"
                                                                         << "3 g=active"
                                                                         << "lost"
                                                                         << "epoch=3 g=free/stopped"
                                                                         << "yes"
                                                                         << "none"
                                                                         << "g=run" << false << true;
        row("manual: active keeps its group when the peer dies") << hs << ""
                                                                 << "n1"
                                                                 << "3 g=active"
                                                                 << "lost"
                                                                 << "epoch=3 g=free/stopped"
                                                                 << "no"
                                                                 << "none"
                                                                 << "g=run" << false << false;
        // Operations own their group
        row("a running operation of the peer freezes the group") << hs << ""
                                                                 << "n1"
                                                                 << "0"
                                                                 << "alive"
                                                                 << "epoch=0 g=free/stopped op=g"
                                                                 << "unknown"
                                                                 << "none"
                                                                 << "-" << false << false;
        row("a pending request of the peer freezes the group") << hs << ""
                                                               << "n1"
                                                               << "0"
                                                               << "alive"
                                                               << "epoch=0 g=free/stopped req=g"
                                                               << "unknown"
                                                               << "none"
                                                               << "-" << false << false;
        // Mutual backup and duplex
        row("mutual backup: each node takes the group it prefers") << "mutual-backup"
                                                                   << ""
                                                                   << "n2"
                                                                   << "0"
                                                                   << "alive"
                                                                   << "epoch=0 a=free/stopped b=free/stopped"
                                                                   << "unknown"
                                                                   << "take:b@1"
                                                                   << "a=stop,b=stop" << false << false;
        row("mutual backup: a node may hold both groups") << "mutual-backup"
                                                          << ""
                                                          << "n1"
                                                          << "4 a=active b=active"
                                                          << "alive"
                                                          << "epoch=4 a=free/stopped b=free/stopped"
                                                          << "unknown"
                                                          << "none"
                                                          << "a=run,b=run" << false << false;
        row("duplex: a fresh node takes its share once it sees the peer") << "duplex"
                                                                          << ""
                                                                          << "n2"
                                                                          << "1"
                                                                          << "alive"
                                                                          << "epoch=1 g=held/running"
                                                                          << "unknown"
                                                                          << "take:g@2"
                                                                          << "g=stop" << false << false;
        row("duplex: both holding is no split-brain") << "duplex"
                                                      << ""
                                                      << "n2"
                                                      << "2 g=active"
                                                      << "alive"
                                                      << "epoch=2 g=held/running"
                                                      << "unknown"
                                                      << "none"
                                                      << "g=run" << false << false;
        row("duplex: a drained node stays drained") << "duplex"
                                                    << ""
                                                    << "n2"
                                                    << "3 g=standby"
                                                    << "alive"
                                                    << "epoch=3 g=held/running"
                                                    << "unknown"
                                                    << "none"
                                                    << "g=stop" << false << false;
        row("duplex: a fresh node alone waits") << "duplex"
                                                << ""
                                                << "n2"
                                                << "0"
                                                << "unseen"
                                                << "none"
                                                << "unknown"
                                                << "none"
                                                << "g=stop" << false << false;
    }

    void decide()
    {
        QFETCH(QString, mode);
        QFETCH(QString, options);
        QFETCH(QString, self);
        QFETCH(QString, mine);
        QFETCH(QString, peerView);
        QFETCH(QString, peer);
        QFETCH(QString, tiebreaker);

        const AgentConfig config = support::clusterConfig(mode, options.contains(QLatin1String("auto")),
                                                          !options.contains(QLatin1String("notb")));
        ClusterSnapshot s = support::snapshot(config, self, mine, peerView, peer);
        s.tiebreaker = tiebreaker == QLatin1String("yes")  ? TiebreakerAnswer::Reachable
                       : tiebreaker == QLatin1String("no") ? TiebreakerAnswer::Unreachable
                                                           : TiebreakerAnswer::Unknown;

        const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
        QTEST(support::actionsText(d), "actions");
        QTEST(support::desiredText(d), "desired");
        QTEST(!d.splitBrain.isEmpty(), "splitBrain");
        QTEST(d.needTiebreaker, "needTiebreaker");
        const qint64 peerEpoch = s.peer ? s.peer->epoch : 0;
        QCOMPARE(d.adoptEpoch, s.peerAlive && s.peer && peerEpoch > s.epoch ? peerEpoch : -1);
    }

    void lateHeartbeatsHoldTheTakeoverBackForTheDeadTimeFromTheirSending()
    {
        // Every link is silent, but genuine heartbeats still come, too late to be heard: the peer
        // lived when it sent them, and runs the group. Taking over now would run it twice.
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"), true, true);
        ClusterSnapshot s = support::snapshot(config, QStringLiteral("n2"), QStringLiteral("3 g=standby"),
                                              QStringLiteral("lost"), QStringLiteral("epoch=3 g=held/running lag:r=1"));
        s.tiebreaker = TiebreakerAnswer::Reachable;
        const int dead = config.timing.deadTimeMs;
        for (const qint64 lateSign : {qint64(0), qint64(dead / 2), qint64(dead - 1)}) {
            s.peerLateSignMs = lateSign;
            const ClusterDecider::Decision d = ClusterDecider::decide(config, s);
            QCOMPARE(support::actionsText(d), QStringLiteral("none"));
            QVERIFY(d.needTiebreaker);
        }
        for (const qint64 lateSign : {qint64(dead), qint64(-1)}) { // long enough ago, or none
            s.peerLateSignMs = lateSign;
            QCOMPARE(support::actionsText(ClusterDecider::decide(config, s)), QStringLiteral("take:g@4"));
        }
    }

    void stepDownForSplitBrainSaysWhy()
    {
        const AgentConfig config = support::clusterConfig(QStringLiteral("hot-standby"));
        ClusterSnapshot s;
        s.self = QStringLiteral("n2");
        s.peerName = QStringLiteral("n1");
        s.epoch = 3;
        s.assigned.insert(QStringLiteral("g"), twinha::protocol::Role::Active);
        s.peerAlive = s.peerSeen = true;
        s.peer = support::payload(QStringLiteral("epoch=7 g=held/running"));
        const auto d = ClusterDecider::decide(config, s);
        QCOMPARE(d.actions.size(), 1);
        QCOMPARE(d.actions.first().reason.code, QStringLiteral("SPLIT_BRAIN"));
        QCOMPARE(d.actions.first().reason.params.value(QStringLiteral("peer_epoch")).toInteger(), 7);
        QCOMPARE(d.actions.first().cause, twinha::protocol::RoleCause::SplitBrain);
    }
};

QTEST_GUILESS_MAIN(TestClusterDecider)
#include "TestClusterDecider.moc"
