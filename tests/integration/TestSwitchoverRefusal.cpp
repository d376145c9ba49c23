#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QtTest>

using namespace twinha;
using namespace twinha::tests;
using protocol::RpcMessage;

// A lab whose command replication channel "lagprobe" reports 42 s of lag against a 5 s limit.
class TestSwitchoverRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchoverIsRefusedWhenReplicationLagIsTooHigh()
    {
        OwnLab lab({QStringLiteral("--lag-too-high")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node1"); }, 15000));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        // The standby judges by the lag the active node publishes, once it has heard that the group
        // runs there (before that, GROUP_NOT_RUNNING comes first, rightly).
        QVERIFY(waitUntil(
            [&] {
                QStringList codes;
                for (const QJsonValue& r :
                     c2.status()[QStringLiteral("readiness")][0][QStringLiteral("reasons")].toArray())
                    codes << r[QStringLiteral("code")].toString();
                return codes.contains(QStringLiteral("REPLICATION_LAG_TOO_HIGH")) &&
                       !codes.contains(QStringLiteral("GROUP_NOT_RUNNING"));
            },
            15000));

        const auto check = c1.call(QStringLiteral("switchover.check"));
        QVERIFY(check && check->kind == RpcMessage::Kind::Result);
        QVERIFY(!check->result[QStringLiteral("ready")].toBool());
        QVERIFY(check->result[QStringLiteral("forceable")].toBool());

        const auto reply =
            c2.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(reply && reply->kind == RpcMessage::Kind::Error);
        QCOMPARE(reply->error.code, QStringLiteral("REPLICATION_LAG_TOO_HIGH"));
        QCOMPARE(reply->error.params.value(QStringLiteral("channel")).toString(), QStringLiteral("lagprobe"));
        QCOMPARE(reply->error.params.value(QStringLiteral("lag_s")).toDouble(), 42.0);
        QCOMPARE(reply->error.params.value(QStringLiteral("limit_s")).toDouble(), 5.0);
        QTest::qWait(500);
        QCOMPARE(firstLine(holderFile), QStringLiteral("node1")); // nothing moved
        QVERIFY(holds(c1));
    }
};

QTEST_GUILESS_MAIN(TestSwitchoverRefusal)
#include "TestSwitchoverRefusal.moc"
