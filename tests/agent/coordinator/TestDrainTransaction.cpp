#include "agent/coordinator/DrainTransaction.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/coordinator/OperationRig.h"

#include <QtTest>

#include <memory>

using namespace twinha::agent;
using test::OperationRig;
namespace codes = twinha::protocol::codes;

// Duplex drain and return on the node concerned, against its real group and state file. A drain
// that cannot stop cleanly, or whose peer (the node that was to keep serving) dies on the way,
// serves here again.
class TestDrainTransaction : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kEpoch = 3;

    static std::unique_ptr<DrainTransaction> begin(OperationRig& rig, const QString& kind)
    {
        OperationRecord r;
        r.id = QStringLiteral("d1");
        r.kind = twinha::protocol::operationKindFrom(kind);
        r.group = QStringLiteral("g");
        r.from = kind == QLatin1String("drain") ? QStringLiteral("n1") : QString();
        r.to = kind == QLatin1String("drain") ? QStringLiteral("n2") : QStringLiteral("n1");
        auto t = std::make_unique<DrainTransaction>(rig.parts, r);
        t->begin();
        return t;
    }

    static bool ends(const Operation& op)
    {
        return QTest::qWaitFor([&] { return op.isFinished(); }, OperationRig::kWaitMs);
    }

private Q_SLOTS:
    void drainStopsTheGroupHere()
    {
        OperationRig rig(QStringLiteral("n1"), QStringLiteral("duplex"));
        QVERIFY(rig.prepare(QStringLiteral("active"), kEpoch));
        auto t = begin(rig, QStringLiteral("drain"));
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("done"));
        QVERIFY(!rig.running());
        QCOMPARE(twinha::protocol::roleName(rig.state.groupRole(QStringLiteral("g"))), QStringLiteral("standby"));
        QVERIFY(rig.state.groupEpoch(QStringLiteral("g")) > kEpoch);
    }

    void aFailedStopRollsBack()
    {
        OperationRig rig(QStringLiteral("n1"), QStringLiteral("duplex"));
        QVERIFY(rig.prepare(QStringLiteral("active"), kEpoch));
        rig.mark(QStringLiteral("fail-stop"), true);
        auto t = begin(rig, QStringLiteral("drain"));
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("rolled_back"));
        QCOMPARE(t->record().reason.code, QString::fromLatin1(codes::kResourceStopFailed));
        QVERIFY(rig.running());
        QVERIFY(rig.state.holds(QStringLiteral("g")));
        QVERIFY(t->record().gapMs >= 0);
    }

    void peerDeathBeforeTheGroupStoppedRollsBack()
    {
        OperationRig rig(QStringLiteral("n1"), QStringLiteral("duplex"));
        QVERIFY(rig.prepare(QStringLiteral("active"), kEpoch));
        rig.mark(QStringLiteral("slow-stop"), true);
        auto t = begin(rig, QStringLiteral("drain"));
        QCOMPARE(twinha::protocol::operationPhaseName(t->record().phase), QStringLiteral("stop"));
        t->onPeer(nullptr);
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("rolled_back"));
        QCOMPARE(t->record().reason.code, QString::fromLatin1(codes::kPeerUnreachable));
        QVERIFY(rig.running());
        QVERIFY(rig.state.holds(QStringLiteral("g")));
        QVERIFY(t->record().gapMs >= OperationRig::kSlowMs);
    }

    void aFailedReturnStaysDrained()
    {
        OperationRig rig(QStringLiteral("n1"), QStringLiteral("duplex"));
        QVERIFY(rig.prepare(QStringLiteral("standby"), kEpoch));
        rig.mark(QStringLiteral("fail-start"), true);
        auto t = begin(rig, QStringLiteral("undrain"));
        QVERIFY(ends(*t));
        QCOMPARE(twinha::protocol::operationResultName(t->record().result), QStringLiteral("failed"));
        QVERIFY(!rig.running());
        QCOMPARE(twinha::protocol::roleName(rig.state.groupRole(QStringLiteral("g"))), QStringLiteral("standby"));
    }
};

QTEST_GUILESS_MAIN(TestDrainTransaction)
#include "TestDrainTransaction.moc"
