#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QFile>
#include <QtTest>

using namespace twinha;
using namespace twinha::tests;
using protocol::RpcMessage;

// Switchover both ways in the two modes other than hot standby, each in a lab of its own.
class TestSwitchoverModes : public QObject
{
    Q_OBJECT

private:
    static QJsonObject move(ControlClient& via, const QString& group, const QString& to)
    {
        waitUntil(
            [&] {
                const auto check = via.call(QStringLiteral("switchover.check"),
                                            {{QStringLiteral("group"), group}, {QStringLiteral("to"), to}});
                return check && check->result[QStringLiteral("ready")].toBool();
            },
            20000);
        const auto reply = via.call(QStringLiteral("switchover.start"),
                                    {{QStringLiteral("group"), group}, {QStringLiteral("to"), to}});
        if (!reply || reply->kind != RpcMessage::Kind::Result) {
            qWarning("switchover.start refused: %s", reply ? qPrintable(reply->error.code) : "no reply");
            return {};
        }
        return finishedOperation(via, reply->result[QStringLiteral("id")].toString());
    }

private Q_SLOTS:
    void mutualBackupMovesEachGroupBothWays()
    {
        OwnLab lab({QStringLiteral("--mode"), QStringLiteral("mutual-backup")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString h1 = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        const QString h2 = lab.value(QStringLiteral("VIP_HOLDER2_FILE"));
        // Each node takes the group it prefers.
        QVERIFY(waitUntil(
            [&] { return firstLine(h1) == QLatin1String("node1") && firstLine(h2) == QLatin1String("node2"); }, 15000));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        QVERIFY(waitUntil([&] { return c1.status()[QStringLiteral("readiness")][1][QStringLiteral("ready")].toBool(); },
                          10000));

        QCOMPARE(move(c1, QStringLiteral("service"), QStringLiteral("node2"))[QStringLiteral("result")].toString(),
                 QStringLiteral("done"));
        QCOMPARE(firstLine(h1), QStringLiteral("node2"));
        QCOMPARE(firstLine(h2), QStringLiteral("node2")); // untouched
        QVERIFY(holds(c2, QStringLiteral("service")) && holds(c2, QStringLiteral("service2")));
        QCOMPARE(c1.status().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));

        QCOMPARE(move(c1, QStringLiteral("service2"), QStringLiteral("node1"))[QStringLiteral("result")].toString(),
                 QStringLiteral("done"));
        QCOMPARE(firstLine(h2), QStringLiteral("node1"));
        QCOMPARE(move(c2, QStringLiteral("service"), QStringLiteral("node1"))[QStringLiteral("result")].toString(),
                 QStringLiteral("done"));
        QCOMPARE(move(c2, QStringLiteral("service2"), QStringLiteral("node2"))[QStringLiteral("result")].toString(),
                 QStringLiteral("done"));
        QCOMPARE(firstLine(h1), QStringLiteral("node1"));
        QCOMPARE(firstLine(h2), QStringLiteral("node2"));
    }

    void mutualBackupNeedsTheGroupNamed()
    {
        OwnLab lab({QStringLiteral("--mode"), QStringLiteral("mutual-backup")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ControlClient c1(lab.socket(1));
        const auto reply =
            c1.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(reply && reply->kind == RpcMessage::Kind::Error);
        QCOMPARE(reply->error.code, QStringLiteral("INVALID_PARAMS"));
    }

    void duplexDrainsAndRestoresEachNode()
    {
        OwnLab lab({QStringLiteral("--mode"), QStringLiteral("duplex")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString runs1 = lab.file(QStringLiteral("duplex-holders/node1"));
        const QString runs2 = lab.file(QStringLiteral("duplex-holders/node2"));
        const auto running = [&](bool on1, bool on2) {
            return waitUntil([&] { return QFile::exists(runs1) == on1 && QFile::exists(runs2) == on2; }, 10000);
        };
        QVERIFY(running(true, true)); // duplex: both nodes serve
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        QVERIFY(waitUntil([&] { return c1.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                          10000));

        QJsonObject op = move(c1, QStringLiteral("service"), QStringLiteral("node2")); // drain node1
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("drain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(running(false, true));
        QCOMPARE(c1.status().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));

        op = move(c2, QStringLiteral("service"), QStringLiteral("node1")); // undrain node1, asked on node2
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("undrain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(running(true, true));

        op = move(c1, QStringLiteral("service"), QStringLiteral("node1")); // drain node2
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("drain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(running(true, false));
        // Only node1 serves: "move it to node1" has nothing to do, and nothing drains the last node.
        const auto refused =
            c1.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node1")}});
        QVERIFY(refused && refused->kind == RpcMessage::Kind::Error);
        QCOMPARE(refused->error.code, QStringLiteral("ALREADY_ACTIVE"));
        QVERIFY(running(true, false));

        op = move(c1, QStringLiteral("service"), QStringLiteral("node2")); // undrain node2
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("undrain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(running(true, true));
    }
};

QTEST_GUILESS_MAIN(TestSwitchoverModes)
#include "TestSwitchoverModes.moc"
