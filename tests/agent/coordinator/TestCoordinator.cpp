#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/journal/Journal.h"
#include "tests/agent/coordinator/OperationRig.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

using namespace twinha::agent;
using test::OperationRig;

// The coordinator of n1 with its real heartbeat, groups and state file, beside a heartbeat that
// speaks for n2: the test writes n2's payload, and silences n2 by stopping that heartbeat.
class TestCoordinator : public QObject
{
    Q_OBJECT

private:
    static constexpr int kWaitMs = 8000;

    struct Node1
    {
        QTemporaryDir dir;
        AgentConfig config;
        std::unique_ptr<NodeState> state;
        Journal journal{QStringLiteral("n1"), key()};
        EventLog events{&journal};
        std::unique_ptr<Heartbeat> heartbeat;
        std::unique_ptr<Coordinator> coordinator;

        bool running() const { return OperationRig::running(dir.path()); }
        QJsonObject peerStatus() const { return coordinator->statusJson().value(QStringLiteral("peer")).toObject(); }
    };

    static QByteArray key() { return QByteArray(32, 'k'); }

    // Manual failover (nothing moves by itself), one heartbeat link on 127.0.0.1.
    static AgentConfig config(const QString& dir)
    {
        AgentConfig c = OperationRig::scriptedConfig(dir, QStringLiteral("hot-standby"));
        c.failover.tiebreakers.clear();
        c.timing.intervalMs = 50;
        c.timing.deadTimeMs = 300;
        std::vector<std::unique_ptr<QUdpSocket>> held; // two distinct free ports, released together
        QList<LinkEndpoint> ends;
        for (const QString& node : {QStringLiteral("n1"), QStringLiteral("n2")}) {
            held.push_back(std::make_unique<QUdpSocket>());
            held.back()->bind(QHostAddress::LocalHost, 0);
            const quint16 port = held.back()->localPort();
            ends.append({node, QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("127.0.0.1"), port});
        }
        c.links = {LinkConfig{QStringLiteral("lan"), ends}};
        return c;
    }

    // n1 with g in `role` at `epoch` on record, started; its resources checked every
    // `monitorIntervalMs` (the rig's 60 s when 0).
    static std::unique_ptr<Node1> startNode1(const QString& role, qint64 epoch, int monitorIntervalMs = 0)
    {
        auto n = std::make_unique<Node1>();
        n->config = config(n->dir.path());
        if (monitorIntervalMs > 0)
            n->config.timing.monitorIntervalMs = monitorIntervalMs;
        const QString stateDir = n->dir.filePath(QStringLiteral("state"));
        n->state = std::make_unique<NodeState>(stateDir);
        twinha::protocol::RpcError journalError;
        if (!n->journal.open(n->dir.filePath(QStringLiteral("journal.jsonl")), &journalError))
            return nullptr;
        QString error;
        if (!n->state->load(&error) ||
            !n->state->setGroup(QStringLiteral("g"), twinha::protocol::roleFrom(role), epoch, &error))
            return nullptr;
        n->heartbeat = std::make_unique<Heartbeat>(n->config, QStringLiteral("n1"), key());
        twinha::protocol::RpcError bindError;
        if (!n->heartbeat->start(&bindError))
            return nullptr;
        n->coordinator = std::make_unique<Coordinator>(n->config, QStringLiteral("n1"), n->state.get(),
                                                       n->heartbeat.get(), &n->events, key(), stateDir);
        n->coordinator->start();
        return n;
    }

    // n2 as far as n1 can tell: a heartbeat publishing `payload`.
    static std::unique_ptr<Heartbeat> startNode2(const Node1& n1, const NodeClaims& payload)
    {
        auto hb = std::make_unique<Heartbeat>(n1.config, QStringLiteral("n2"), key());
        twinha::protocol::RpcError error;
        if (!hb->start(&error))
            return nullptr;
        hb->setLocalPayload(payload.toJson());
        return hb;
    }

    // n2 as above, but deaf: it listens on a port nobody sends to, so it never hears n1, while n1
    // hears it (a heartbeat lost in one direction).
    static std::unique_ptr<Heartbeat> startDeafNode2(const Node1& n1, const NodeClaims& payload)
    {
        AgentConfig c = n1.config;
        QUdpSocket spare;
        spare.bind(QHostAddress::LocalHost, 0);
        const quint16 port = spare.localPort();
        spare.close();
        for (LinkEndpoint& e : c.links[0].endpoints)
            if (e.node == QLatin1String("n2"))
                e = {e.node, QStringLiteral("127.0.0.1:%1").arg(port), e.host, port};
        auto hb = std::make_unique<Heartbeat>(c, QStringLiteral("n2"), key());
        twinha::protocol::RpcError error;
        if (!hb->start(&error))
            return nullptr;
        hb->setLocalPayload(payload.toJson());
        return hb;
    }

    // n1 active at epoch 1, its resources checked every 200 ms, beside n2 standby; true once g runs.
    static bool startRunningPair(std::unique_ptr<Node1>* n1, std::unique_ptr<Heartbeat>* n2)
    {
        *n1 = startNode1(QStringLiteral("active"), 1, 200);
        if (!*n1)
            return false;
        *n2 = startNode2(**n1, n2Payload(false, 1));
        return *n2 && QTest::qWaitFor([&] { return (*n1)->running(); }, kWaitMs);
    }
    // The rig's service runs while this file exists.
    static QString runningMarker(const Node1& n) { return QDir(n.dir.path()).filePath(QStringLiteral("running")); }

    static NodeClaims n2Payload(bool holds, qint64 epoch, const OperationRecord& op = {})
    {
        NodeClaims p = OperationRig::peerWith(op, holds, epoch);
        p.checksum = QStringLiteral("sum");
        return p;
    }

private Q_SLOTS:
    // The silent node comes back still claiming the group at the epoch it last published: the
    // operator's forced takeover must be the newer claim, or the stale node would win the tie.
    void forcedTakeoverOutranksTheSilentPeersLastClaim()
    {
        auto n1 = startNode1(QStringLiteral("standby"), 2);
        QVERIFY(n1);
        auto n2 = startNode2(*n1, n2Payload(true, 6));
        QVERIFY(n2);
        QVERIFY(QTest::qWaitFor([&] { return n1->peerStatus()[QStringLiteral("epoch")].toInteger() == 6; }, kWaitMs));
        n2.reset();
        QVERIFY(QTest::qWaitFor([&] { return !n1->peerStatus()[QStringLiteral("alive")].toBool(); }, kWaitMs));
        QVERIFY(!n1->state->holds(QStringLiteral("g"))); // manual failover: nothing moved by itself

        twinha::protocol::RpcError error;
        const QJsonObject started = n1->coordinator->startOperation(QStringLiteral("g"), QStringLiteral("n1"), true,
                                                                    QStringLiteral("tester"), &error);
        QVERIFY2(error.isNull(), qPrintable(error.code));
        QCOMPARE(started.value(QStringLiteral("kind")).toString(), QStringLiteral("failover"));
        QVERIFY(n1->state->holds(QStringLiteral("g")));
        QVERIFY2(n1->state->groupEpoch(QStringLiteral("g")) > 6,
                 qPrintable(QString::number(n1->state->groupEpoch(QStringLiteral("g")))));
        QVERIFY(QTest::qWaitFor([&] { return n1->running(); }, kWaitMs));

        n2 = startNode2(*n1, n2Payload(true, 6));
        QVERIFY(n2);
        QVERIFY(QTest::qWaitFor([&] { return n1->peerStatus()[QStringLiteral("alive")].toBool(); }, kWaitMs));
        QTest::qWait(500); // several evaluations
        QVERIFY(n1->state->holds(QStringLiteral("g")));
        QVERIFY(n1->running());
        const ClusterDecider::Decision d = ClusterDecider::decide(n1->config, n1->coordinator->snapshot());
        QCOMPARE(d.desired.value(QStringLiteral("g")), ClusterDecider::Desired::Run);
        QVERIFY(d.splitBrain.contains(QStringLiteral("g"))); // reported until n2 steps down
    }

    // The source's agent restarted in the middle of a switchover: its transaction is gone, the
    // target gave its part up, and the group must run again, on the source.
    void restartedSourceRunsTheGroupAgain_data()
    {
        QTest::addColumn<QString>("role"); // n1's role on record when it went down
        QTest::addColumn<qint64>("epoch");
        QTest::newRow("down during the stop or the drain: still active on record") << "active" << qint64(3);
        QTest::newRow("down after the handover went out: standby on record") << "standby" << qint64(4);
    }

    void restartedSourceRunsTheGroupAgain()
    {
        QFETCH(QString, role);
        QFETCH(qint64, epoch);
        auto n1 = startNode1(role, epoch); // the group stopped, as the transaction left it
        QVERIFY(n1);
        QVERIFY(!n1->running());
        OperationRecord aborted =
            OperationRig::inPhase(OperationRig::switchover(), QStringLiteral("aborted"), QStringLiteral("cancelled"));
        aborted.epoch = epoch;
        auto n2 = startNode2(*n1, n2Payload(false, epoch, aborted));
        QVERIFY(n2);
        QVERIFY(QTest::qWaitFor([&] { return n1->running(); }, kWaitMs));
        QVERIFY(n1->state->holds(QStringLiteral("g")));
        QVERIFY(n1->state->groupEpoch(QStringLiteral("g")) >= epoch);
    }

    // A resource found down where the group runs: restarted there; failing again with nowhere to
    // go (manual failover), started again after a pause, until it runs.
    void aFailedGroupIsRestartedWhereItRuns()
    {
        std::unique_ptr<Node1> n1;
        std::unique_ptr<Heartbeat> n2;
        QVERIFY(startRunningPair(&n1, &n2));
        const QString marker = runningMarker(*n1);
        QVERIFY(QFile::remove(marker)); // the service died
        QVERIFY(QTest::qWaitFor([&] { return n1->running(); }, kWaitMs));
        QVERIFY(
            QTest::qWaitFor([&] { return !recoveries(*n1, QStringLiteral("group_recovered")).isEmpty(); }, kWaitMs));
        QCOMPARE(recoveries(*n1, QStringLiteral("group_recovery")).first().value(QStringLiteral("step")).toString(),
                 QStringLiteral("restart"));

        // Again, and it cannot start now: nothing moves (manual failover), a pause, then a restart.
        QFile failStart(QDir(n1->dir.path()).filePath(QStringLiteral("fail-start")));
        QVERIFY(failStart.open(QIODevice::WriteOnly));
        QVERIFY(QFile::remove(marker));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<QJsonObject> r = recoveries(*n1, QStringLiteral("group_recovery"));
                return !r.isEmpty() && r.last().value(QStringLiteral("step")).toString() == QLatin1String("wait");
            },
            kWaitMs));
        QCOMPARE(recoveries(*n1, QStringLiteral("group_recovery")).last().value(QStringLiteral("why")).toString(),
                 QStringLiteral("manual_failover"));
        QVERIFY(!n1->running());
        QVERIFY(n1->state->holds(QStringLiteral("g")));
        QVERIFY(failStart.remove());
        QVERIFY(QTest::qWaitFor([&] { return n1->running(); }, GroupRecovery::kFirstPauseMs + kWaitMs));
        QVERIFY(n1->state->holds(QStringLiteral("g")));
    }

    // This node's dead-man guard stopped the group while the agent was silent, and the peer did not
    // take it over: started again at once (without waiting for the monitor's next round), and not
    // counted as a failure, so that the next real failure is the first.
    void aGroupTheGuardStoppedIsStartedAgainAndNotCounted()
    {
        std::unique_ptr<Node1> n1;
        std::unique_ptr<Heartbeat> n2;
        QVERIFY(startRunningPair(&n1, &n2));
        const QString marker = runningMarker(*n1);
        QVERIFY(QFile::remove(marker)); // what the guard's stop did
        Q_EMIT n1->heartbeat->guardStop(QStringLiteral("g"), false, false);
        QTest::qWait(400); // the monitor (every 200 ms) finds it down while the guard is stopping it
        QVERIFY(recoveries(*n1, QStringLiteral("group_recovery")).isEmpty()); // left to the guard
        QVERIFY(!n1->running());
        Q_EMIT n1->heartbeat->guardStop(QStringLiteral("g"), true, true);
        QVERIFY(
            QTest::qWaitFor([&] { return !recoveries(*n1, QStringLiteral("group_recovered")).isEmpty(); }, kWaitMs));
        QVERIFY(n1->running());
        QList<QJsonObject> r = recoveries(*n1, QStringLiteral("group_recovery"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().value(QStringLiteral("cause")).toString(), QStringLiteral("guard"));
        QCOMPARE(r.first().value(QStringLiteral("step")).toString(), QStringLiteral("restart"));

        QVERIFY(QFile::remove(marker)); // now the service dies
        QVERIFY(
            QTest::qWaitFor([&] { return recoveries(*n1, QStringLiteral("group_recovered")).size() == 2; }, kWaitMs));
        r = recoveries(*n1, QStringLiteral("group_recovery"));
        QCOMPARE(r.size(), 2);
        QVERIFY(!r.last().contains(QStringLiteral("cause")));
        QCOMPARE(r.last().value(QStringLiteral("step")).toString(), QStringLiteral("restart"));
        QCOMPARE(r.last().value(QStringLiteral("failures")).toInt(), 1);
    }

    // The guard stopped the group so that the peer could take it over, and the peer's claims in
    // hand are older than that: the group is not started again until a heartbeat of the peer
    // answers one sent after the stop. Here n2 never hears n1, and then claims the group (it took
    // over for n1's silence): n1 must never have run it meanwhile (the fast profile's false-failover
    // bench ran the service on both nodes for 207 ms before this wait).
    void aGroupTheGuardStoppedWaitsForThePeersAnswerBeforeItStartsAgain()
    {
        std::unique_ptr<Node1> n1;
        std::unique_ptr<Heartbeat> n2;
        QVERIFY(startRunningPair(&n1, &n2));
        n2.reset();
        n2 = startDeafNode2(*n1, n2Payload(false, 1));
        QVERIFY(n2);
        QVERIFY(QTest::qWaitFor(
            [&] { return n1->peerStatus().value(QStringLiteral("boot")).toString() == n2->bootId(); }, kWaitMs));
        QVERIFY(QFile::remove(runningMarker(*n1))); // what the guard's stop did
        Q_EMIT n1->heartbeat->guardStop(QStringLiteral("g"), false, false);
        Q_EMIT n1->heartbeat->guardStop(QStringLiteral("g"), true, true);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 4 * Coordinator::kTickMs) { // several evaluations, each would start it
            QTest::qWait(50);
            QVERIFY(!n1->running());
        }
        QVERIFY(recoveries(*n1, QStringLiteral("group_recovered")).isEmpty());
        QVERIFY(n1->state->holds(QStringLiteral("g")));
        n2->setLocalPayload(n2Payload(true, 5).toJson()); // what n2 did while it did not hear n1
        QVERIFY(QTest::qWaitFor([&] { return !n1->state->holds(QStringLiteral("g")); }, kWaitMs));
        QVERIFY(!n1->running());
        QVERIFY(recoveries(*n1, QStringLiteral("group_recovered")).isEmpty());
    }

    // The rules take the group away while its restart is stopping it (here the peer claims it at a
    // newer epoch): the restart must not start it again, or both nodes would run it.
    void aRestartDoesNotStartAGroupTakenAwayMeanwhile()
    {
        std::unique_ptr<Node1> n1;
        std::unique_ptr<Heartbeat> n2;
        QVERIFY(startRunningPair(&n1, &n2));
        QFile slowStop(QDir(n1->dir.path()).filePath(QStringLiteral("slow-stop")));
        QVERIFY(slowStop.open(QIODevice::WriteOnly));
        QVERIFY(QFile::remove(runningMarker(*n1)));
        QVERIFY(QTest::qWaitFor([&] { return !recoveries(*n1, QStringLiteral("group_recovery")).isEmpty(); }, kWaitMs));
        n2->setLocalPayload(n2Payload(true, 5).toJson()); // the restart is stopping it (slowly) now
        QVERIFY(QTest::qWaitFor([&] { return !n1->state->holds(QStringLiteral("g")); }, kWaitMs));
        QTest::qWait(OperationRig::kSlowMs + 1000); // the stop is over, and a start would be too
        QVERIFY(recoveries(*n1, QStringLiteral("group_recovered")).isEmpty());
        QVERIFY(!n1->running());
    }

private:
    // The data of the journal's entries of `type`, oldest first.
    static QList<QJsonObject> recoveries(const Node1& n, const QString& type)
    {
        QList<QJsonObject> out;
        for (const QJsonValue& e : n.events.list(0, 1000)) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("type")).toString() == type)
                out << o.value(QStringLiteral("data")).toObject();
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(TestCoordinator)
#include "TestCoordinator.moc"
