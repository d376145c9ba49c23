#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;

// Manual failover (the lab's default, [failover] automatic = false): when the active node dies,
// the standby waits for an operator; a plain switchover is refused, and only a forced one on the
// surviving node takes the service over, with a new epoch and the operator named.
class TestManualTakeover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forcedTakeoverOnTheSurvivorIsTheManualFailover()
    {
        OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node1"); }, 15000));
        ControlClient c2(lab.socket(2));
        QVERIFY(
            waitUntil([&] { return c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool(); }, 10000));
        const qint64 epochBefore = c2.status().value(QStringLiteral("epoch")).toInteger();

        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QVERIFY(
            waitUntil([&] { return !c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool(); }, 5000));
        QTest::qWait(1500);
        QCOMPARE(firstLine(holderFile), QStringLiteral("node1")); // manual: nobody moved it

        // Unforced: refused, and the check says a forced takeover is possible.
        const auto check =
            c2.call(QStringLiteral("switchover.check"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(check && check->kind == protocol::RpcMessage::Kind::Result);
        QVERIFY(!check->result[QStringLiteral("ready")].toBool());
        QVERIFY(check->result[QStringLiteral("forceable")].toBool());
        QVERIFY(check->result[QStringLiteral("takeover")].toBool());
        const auto refused =
            c2.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(refused && refused->kind == protocol::RpcMessage::Kind::Error);
        QCOMPARE(refused->error.code, QStringLiteral("PEER_UNREACHABLE"));
        QCOMPARE(firstLine(holderFile), QStringLiteral("node1"));

        // Forced on the survivor: it takes the service with a new epoch.
        const auto forced = c2.call(QStringLiteral("switchover.start"),
                                    {{QStringLiteral("to"), QStringLiteral("node2")}, {QStringLiteral("force"), true}});
        QVERIFY(forced && forced->kind == protocol::RpcMessage::Kind::Result);
        QCOMPARE(forced->result[QStringLiteral("kind")].toString(), QStringLiteral("failover"));
        const QJsonObject op = finishedOperation(c2, forced->result[QStringLiteral("id")].toString());
        QCOMPARE(op.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QVERIFY(op.value(QStringLiteral("actor")).toString() != QLatin1String("agent"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node2"); }, 10000));
        QVERIFY(c2.status().value(QStringLiteral("epoch")).toInteger() > epochBefore);
        QVERIFY(holds(c2));

        // The journal names who did it.
        const auto events = c2.call(QStringLiteral("events.list"), {{QStringLiteral("after"), 0}});
        QVERIFY(events);
        bool journaled = false;
        for (const QJsonValue& e : events->result[QStringLiteral("events")].toArray())
            journaled = journaled || (e[QStringLiteral("type")].toString() == QLatin1String("failover") &&
                                      e[QStringLiteral("actor")].toString() != QLatin1String("agent"));
        QVERIFY(journaled);
    }
};

QTEST_GUILESS_MAIN(TestManualTakeover)
#include "TestManualTakeover.moc"
