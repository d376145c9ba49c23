#include "agent/coordinator/TargetStart.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/coordinator/OperationRig.h"

#include <QtTest>

#include <memory>

using namespace twinha::agent;
using test::OperationRig;
namespace codes = twinha::protocol::codes;

// The target's side of a switchover against its real group and state file; the test plays the
// source through its payloads. The target acknowledges and changes nothing until the source
// commits; whatever happens to the source before that, the group stays stopped here.
class TestTargetStart : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kEpoch = 3;       // this node's, before
    static constexpr qint64 kSourceEpoch = 5; // the source's standby, published with the handover

    // The source's record as it publishes the handover to n2, asking for an acknowledgement.
    static OperationRecord handover(bool ack = true)
    {
        OperationRecord r = OperationRig::inPhase(OperationRig::switchover(), QStringLiteral("handover"));
        r.epoch = kSourceEpoch;
        r.ack = ack;
        return r;
    }

    static NodeClaims source(const QString& phase, const QString& result = {})
    {
        return OperationRig::peerWith(OperationRig::inPhase(handover(), phase, result), false, kSourceEpoch);
    }

    static std::unique_ptr<TargetStart> begin(OperationRig& rig, bool ack = true)
    {
        auto t = std::make_unique<TargetStart>(rig.parts, handover(ack));
        t->begin();
        return t;
    }

    static bool ends(const Operation& op)
    {
        return QTest::qWaitFor([&] { return op.isFinished(); }, OperationRig::kWaitMs);
    }

    // Nothing was touched here: standby at the old epoch, the group stopped.
    static void untouched(const OperationRig& rig)
    {
        QTest::qWait(200);
        QVERIFY(!rig.running());
        QCOMPARE(twinha::protocol::roleName(rig.state.groupRole(QStringLiteral("g"))), QStringLiteral("standby"));
        QCOMPARE(rig.state.groupEpoch(QStringLiteral("g")), kEpoch);
    }

private Q_SLOTS:
    void acknowledgesAndStartsOnlyOnTheCommit()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        auto t = begin(rig);
        QCOMPARE(twinha::protocol::operationPhaseName(t->record().phase),
                 QStringLiteral("handover")); // the acknowledgement, published
        QCOMPARE(t->record().id, handover().id);
        const NodeClaims waiting = source(QStringLiteral("handover"));
        t->onPeer(&waiting);
        untouched(rig);
        QVERIFY(!t->isFinished());
        const NodeClaims committed = source(QStringLiteral("start"));
        t->onPeer(&committed);
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("done"));
        QCOMPARE(twinha::protocol::operationPhaseName(t->record().phase), QStringLiteral("started"));
        QVERIFY(rig.running());
        QVERIFY(rig.state.holds(QStringLiteral("g")));
        QCOMPARE(rig.state.groupEpoch(QStringLiteral("g")), kSourceEpoch);
    }

    void startsAtOnceForAnOlderSource()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        auto t = begin(rig, false);
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("done"));
        QVERIFY(rig.running());
    }

    void givesUpBeforeTheCommit_data()
    {
        QTest::addColumn<QString>("sourcePhase"); // "-": silent; "none": no record (it restarted)
        QTest::addColumn<QString>("sourceResult");
        QTest::addColumn<QString>("code");
        QTest::newRow("source lost") << "-"
                                     << "" << codes::kPeerUnreachable;
        QTest::newRow("source rolling back") << "rollback"
                                             << "" << codes::kOperationCancelled;
        QTest::newRow("source rolled back") << "finished"
                                            << "rolled_back" << codes::kOperationCancelled;
        QTest::newRow("source restarted mid-transaction") << "none"
                                                          << "" << codes::kOperationCancelled;
    }

    void givesUpBeforeTheCommit()
    {
        QFETCH(QString, sourcePhase);
        QFETCH(QString, sourceResult);
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        auto t = begin(rig);
        if (sourcePhase == QLatin1String("-")) {
            t->onPeer(nullptr);
        } else if (sourcePhase == QLatin1String("none")) {
            const NodeClaims restarted = OperationRig::peerWith({}, false, kSourceEpoch);
            t->onPeer(&restarted);
        } else {
            const NodeClaims p = source(sourcePhase, sourceResult);
            t->onPeer(&p);
        }
        QVERIFY(t->isFinished());
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("cancelled"));
        QCOMPARE(twinha::protocol::operationPhaseName(t->record().phase), QStringLiteral("aborted"));
        QTEST(t->record().reason.code, "code");
        untouched(rig);
        // A late commit changes nothing any more.
        const NodeClaims late = source(QStringLiteral("start"));
        t->onPeer(&late);
        untouched(rig);
    }

    void givesUpWhenTheCommitNeverComes()
    {
        OperationRig rig(QStringLiteral("n2"));
        rig.parts.timeouts.ackMs = 400;
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        auto t = begin(rig);
        const NodeClaims waiting = source(QStringLiteral("handover"));
        t->onPeer(&waiting);
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("cancelled"));
        QCOMPARE(t->record().reason.code, QString::fromLatin1(codes::kPeerNoResponse));
        untouched(rig);
    }

    void aFailedStartGivesTheGroupUp()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        rig.mark(QStringLiteral("fail-start"), true);
        rig.peerEpoch = kSourceEpoch;
        auto t = begin(rig);
        const NodeClaims committed = source(QStringLiteral("start"));
        t->onPeer(&committed);
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("failed"));
        QCOMPARE(twinha::protocol::operationPhaseName(t->record().phase), QStringLiteral("start_failed"));
        QCOMPARE(t->record().reason.code, QString::fromLatin1(codes::kResourceStartFailed));
        QVERIFY(!rig.running());
        QCOMPARE(twinha::protocol::roleName(rig.state.groupRole(QStringLiteral("g"))), QStringLiteral("standby"));
        QVERIFY(rig.state.groupEpoch(QStringLiteral("g")) > kSourceEpoch); // past the source's handover
    }

    void keepsStartingWhenTheSourceDiesAfterTheCommit()
    {
        OperationRig rig(QStringLiteral("n2"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        rig.mark(QStringLiteral("slow-start"), true);
        auto t = begin(rig);
        const NodeClaims committed = source(QStringLiteral("start"));
        t->onPeer(&committed);
        t->onPeer(nullptr); // it told us to start, and will not run the group itself
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("done"));
        QVERIFY(rig.running());
    }
};

QTEST_GUILESS_MAIN(TestTargetStart)
#include "TestTargetStart.moc"
