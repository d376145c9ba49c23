#include "agent/coordinator/OperationRunner.h"
#include "tests/agent/coordinator/OperationRig.h"

#include <QtTest>

using namespace twinha::agent;
using test::OperationRig;

// How operations pass between the nodes, seen from the target n2: a handover published for it
// starts its part once, and its part ends without touching the group when the source rolls back
// or restarts before committing.
class TestOperationRunner : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kEpoch = 3;

    // n2's view: the live peer n1 publishing `op`.
    static ClusterSnapshot seen(const OperationRig& rig, const OperationRecord& op)
    {
        ClusterSnapshot s;
        s.self = QStringLiteral("n2");
        s.peerName = QStringLiteral("n1");
        s.epoch = rig.state.epoch();
        s.assigned = rig.state.groups();
        s.peerAlive = true;
        s.peerSeen = true;
        s.peer = OperationRig::peerWith(op, false, 5);
        return s;
    }

    static OperationRecord handover(const QString& id)
    {
        OperationRecord r = OperationRig::inPhase(OperationRig::switchover(id), QStringLiteral("handover"));
        r.epoch = 5;
        r.ack = true;
        return r;
    }

private Q_SLOTS:
    void aHandoverStartsTheTargetsPartOnce()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        OperationRunner runner(rig.parts);
        runner.onSnapshot(seen(rig, handover(QStringLiteral("op1"))));
        QCOMPARE(runner.record().id, QStringLiteral("op1"));
        QCOMPARE(twinha::protocol::operationPhaseName(runner.record().phase),
                 QStringLiteral("handover")); // acknowledged
        QVERIFY(runner.record().isRunning());
        // The source rolls back: our part ends; the same handover seen again is not taken up again.
        runner.onSnapshot(
            seen(rig, OperationRig::inPhase(handover(QStringLiteral("op1")), QStringLiteral("rollback"))));
        QCOMPARE(twinha::protocol::operationResultName(runner.record().result), QStringLiteral("cancelled"));
        runner.onSnapshot(seen(rig, handover(QStringLiteral("op1"))));
        QCOMPARE(twinha::protocol::operationResultName(runner.record().result), QStringLiteral("cancelled"));
        QTest::qWait(200);
        QVERIFY(!rig.running());
    }

    void sourceRestartedMidTransaction()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        OperationRunner runner(rig.parts);
        QSignalSpy finished(&runner, &OperationRunner::finished);
        runner.onSnapshot(seen(rig, handover(QStringLiteral("op1"))));
        QVERIFY(runner.record().isRunning());
        // Back from a restart, the source knows nothing of op1: we never start it.
        runner.onSnapshot(seen(rig, OperationRecord()));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(twinha::protocol::operationResultName(runner.record().result), QStringLiteral("cancelled"));
        QTest::qWait(200);
        QVERIFY(!rig.running());
        QCOMPARE(twinha::protocol::roleName(rig.state.groupRole(QStringLiteral("g"))), QStringLiteral("standby"));
        // Its next switchover is a new one, taken up as such.
        runner.onSnapshot(seen(rig, handover(QStringLiteral("op2"))));
        QCOMPARE(runner.record().id, QStringLiteral("op2"));
        QVERIFY(runner.record().isRunning());
        runner.onSnapshot(seen(rig, OperationRig::inPhase(handover(QStringLiteral("op2")), QStringLiteral("start"))));
        QVERIFY(QTest::qWaitFor([&] { return !runner.record().isRunning(); }, OperationRig::kWaitMs));
        QCOMPARE(twinha::protocol::operationResultName(runner.record().result), QStringLiteral("done"));
        QVERIFY(rig.running());
    }
};

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "TestOperationRunner.moc"
