#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;

// Maintenance mode against two real agents with automatic failover: set on one node, adopted by
// the other from the heartbeat; while it is on a dead active node is NOT replaced and a planned
// switchover needs force; once it is off the agents act again, and every change is journaled
// with the operator's name.
class TestMaintenanceMode : public QObject
{
    Q_OBJECT

private:
    static std::optional<protocol::RpcMessage> set(ControlClient& c, bool on, const QString& group = {})
    {
        QJsonObject params{{QStringLiteral("on"), on}};
        if (!group.isEmpty())
            params.insert(QStringLiteral("group"), group);
        return c.call(QString::fromLatin1(protocol::methods::kMaintenanceSet), params);
    }

private Q_SLOTS:
    void theAgentsMoveNothingWhileItIsOn()
    {
        OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node1"); }, 15000));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));

        const auto reply = set(c2, true);
        QVERIFY(reply && reply->kind == protocol::RpcMessage::Kind::Result);
        QVERIFY(reply->result[QStringLiteral("maintenance")][QStringLiteral("on")].toBool());
        // The other node adopts it from the heartbeat.
        QVERIFY(
            waitUntil([&] { return c1.status()[QStringLiteral("maintenance")][QStringLiteral("on")].toBool(); }, 5000));

        // A planned switchover needs force while it is on.
        const auto refused = c1.call(
            QString::fromLatin1(protocol::methods::kSwitchoverStart),
            {{QStringLiteral("group"), QStringLiteral("service")}, {QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(refused && refused->kind == protocol::RpcMessage::Kind::Error);
        QCOMPARE(refused->error.code, QString::fromLatin1(protocol::codes::kMaintenanceMode));

        // The active agent dies: in maintenance nobody takes over, for three dead times.
        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000) {
            QCOMPARE(firstLine(holderFile), QStringLiteral("node1"));
            QVERIFY(!c2.status()[QStringLiteral("groups")][0][QStringLiteral("held")].toBool());
            QTest::qWait(100);
        }
        // Off again: the survivor acts at once.
        const auto off = set(c2, false);
        QVERIFY(off && off->kind == protocol::RpcMessage::Kind::Result);
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node2"); }, 10000));

        const auto events =
            c2.call(QString::fromLatin1(protocol::methods::kEventsList), {{QStringLiteral("limit"), 200}});
        QVERIFY(events);
        int changes = 0;
        for (const QJsonValue& e : events->result[QStringLiteral("events")].toArray())
            if (e[QStringLiteral("type")] == QLatin1String("maintenance")) {
                ++changes;
                QVERIFY(!e[QStringLiteral("actor")].toString().isEmpty());
                QVERIFY(e[QStringLiteral("actor")].toString() != QLatin1String("agent"));
            }
        QCOMPARE(changes, 2);
    }

    void oneGroupOnlyAndUnknownGroupsRefused()
    {
        OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ControlClient c1(lab.socket(1));
        const auto bad = set(c1, true, QStringLiteral("nope"));
        QVERIFY(bad && bad->kind == protocol::RpcMessage::Kind::Error);
        QCOMPARE(bad->error.code, QString::fromLatin1(protocol::codes::kUnknownGroup));
        const auto ok = set(c1, true, QStringLiteral("service"));
        QVERIFY(ok && ok->kind == protocol::RpcMessage::Kind::Result);
        const QJsonObject m = ok->result[QStringLiteral("maintenance")].toObject();
        QVERIFY(!m[QStringLiteral("on")].toBool());
        QCOMPARE(m[QStringLiteral("groups")].toArray().first().toString(), QStringLiteral("service"));
        const auto bool_ = c1.call(QString::fromLatin1(protocol::methods::kMaintenanceSet),
                                   {{QStringLiteral("on"), QStringLiteral("yes")}});
        QVERIFY(bool_ && bool_->kind == protocol::RpcMessage::Kind::Error);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceMode)
#include "TestMaintenanceMode.moc"
