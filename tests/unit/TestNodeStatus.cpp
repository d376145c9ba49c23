#include "agentlink/protocol/NodeStatus.h"

#include <QJsonArray>
#include <QtTest>

using twinha::protocol::NodeStatus;

class TestNodeStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsTypedAndUnknownFields()
    {
        NodeStatus s;
        s.node = QStringLiteral("node1");
        s.cluster = QStringLiteral("lab");
        s.role = twinha::protocol::Role::Active;
        s.epoch = 7;
        s.agentVersion = QStringLiteral("0.1.0");
        s.hostname = QStringLiteral("db1");
        s.pid = 4242;
        s.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        s.uptimeS = 12.5;
        s.systemUptimeS = 99.25;
        s.sentAt = QDateTime(QDate(2026, 1, 2), QTime(3, 5, 0), Qt::UTC);
        s.extra.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("name"), "private"}}});

        const NodeStatus back = NodeStatus::fromJson(s.toJson());
        QCOMPARE(back.node, s.node);
        QCOMPARE(back.role, s.role);
        QCOMPARE(back.epoch, 7);
        QCOMPARE(back.pid, 4242);
        QCOMPARE(back.startedAt, s.startedAt);
        QCOMPARE(back.sentAt, s.sentAt);
        QCOMPARE(back.uptimeS, 12.5);
        QCOMPARE(back.extra.value(QStringLiteral("links")).toArray().size(), 1);
        QVERIFY(!back.extra.contains(QStringLiteral("node"))); // typed fields are not duplicated
    }

    void missingRoleIsUnknown() { QCOMPARE(roleName(NodeStatus::fromJson({}).role), QStringLiteral("unknown")); }
};

QTEST_GUILESS_MAIN(TestNodeStatus)
#include "TestNodeStatus.moc"
