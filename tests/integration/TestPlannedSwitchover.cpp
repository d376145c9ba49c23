#include "agentlink/AgentClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace twinha;
using namespace twinha::tests;
using protocol::RpcMessage;

// Planned switchovers on the shared hot-standby lab, driven through the agents' control sockets.
// Every test leaves the service on node1, where the lab puts it.
class TestPlannedSwitchover : public QObject
{
    Q_OBJECT

private:
    QMap<QString, QString> m_env;

    QString socket(int node) const { return m_env.value(QStringLiteral("NODE%1_SOCKET").arg(node)); }
    QString holder() const { return firstLine(m_env.value(QStringLiteral("VIP_HOLDER_FILE"))); }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = OwnLab::readEnv(labDir());
        QVERIFY2(!m_env.isEmpty(), "the lab fixture is not up");
        // A fresh lab: node1, the preferred node, takes the service once both agents see each other.
        QVERIFY2(waitUntil([&] { return holder() == QLatin1String("node1"); }, 15000), qPrintable(holder()));
        ControlClient c2(socket(2));
        QVERIFY(waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                          10000));
    }

    void switchoverMovesTheServiceAndBack()
    {
        ControlClient c1(socket(1));
        ControlClient c2(socket(2));
        const qint64 epochBefore = c1.status().value(QStringLiteral("epoch")).toInteger();
        const QJsonObject there = switchOverWhenReady(c1, QStringLiteral("node2"));
        QCOMPARE(there.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QCOMPARE(stepNames(there), QStringList({"precheck", "stop", "drain", "handover", "start", "verify"}));
        QVERIFY(allStepsOk(there));
        QVERIFY(there.value(QStringLiteral("gap_ms")).toInteger() > 0);
        QCOMPARE(holder(), QStringLiteral("node2"));
        QVERIFY(holds(c2));
        QVERIFY(!holds(c1));
        const qint64 epochAfter = c2.status().value(QStringLiteral("epoch")).toInteger();
        QVERIFY(epochAfter > epochBefore);
        QVERIFY(waitUntil([&] { return c1.status().value(QStringLiteral("epoch")).toInteger() == epochAfter; }, 5000));
        // Back again, asked on the standby: it forwards the request to the active node.
        const QJsonObject back = switchOverWhenReady(c1, QStringLiteral("node1"));
        QCOMPARE(back.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QCOMPARE(back.value(QStringLiteral("from")).toString(), QStringLiteral("node2"));
        QCOMPARE(holder(), QStringLiteral("node1"));
        QCOMPARE(c1.status().value(QStringLiteral("role")).toString(), QStringLiteral("active"));
        QCOMPARE(c2.status().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
    }

    void progressIsPushedToEveryConnection()
    {
        ControlClient watcher(socket(2)); // never subscribed to anything
        QVERIFY(watcher.isConnected());
        ControlClient c1(socket(1));
        const QJsonObject op = switchOverWhenReady(c1, QStringLiteral("node2"));
        QCOMPARE(op.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QStringList phases;
        QVERIFY(waitUntil(
            [&] {
                phases.clear();
                for (const RpcMessage& n : watcher.notifications(100))
                    if (n.method == QLatin1String("switchover.progress") &&
                        n.params.value(QStringLiteral("id")) == op.value(QStringLiteral("id")))
                        phases << n.params.value(QStringLiteral("phase")).toString();
                return phases.contains(QLatin1String("finished"));
            },
            5000));
        QVERIFY2(phases.size() >= 3, qPrintable(phases.join(QLatin1Char(','))));
        QCOMPARE(switchOverWhenReady(c1, QStringLiteral("node1")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("done"));
    }

    void filesWrittenBeforeASwitchoverArePresentOnTheNewActiveNode()
    {
        ControlClient c1(socket(1));
        ControlClient c2(socket(2));
        const QString from = m_env.value(QStringLiteral("NODE1_DATA_DIR"));
        const QString to = m_env.value(QStringLiteral("NODE2_DATA_DIR"));
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        for (int i = 0; i < 20; ++i)
            writeFile(from + QStringLiteral("/before-%1-%2.txt").arg(tag).arg(i),
                      tag.toUtf8() + QByteArray(i * 100, 'x'));
        // At once, without waiting for the mirror: the switchover's drain must carry them over.
        QCOMPARE(switchOverWhenReady(c1, QStringLiteral("node2")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("done"));
        for (int i = 0; i < 20; ++i) {
            QFile f(to + QStringLiteral("/before-%1-%2.txt").arg(tag).arg(i));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QCOMPARE(f.readAll(), tag.toUtf8() + QByteArray(i * 100, 'x'));
        }
        // The direction follows the service: node2 ships now, node1 receives.
        QVERIFY(waitUntil(
            [&] {
                return channelStatus(c2.status(), QStringLiteral("data"))[QStringLiteral("role")] ==
                           QLatin1String("source") &&
                       channelStatus(c1.status(), QStringLiteral("data"))[QStringLiteral("role")] ==
                           QLatin1String("target");
            },
            5000));
        writeFile(to + QStringLiteral("/after-%1.txt").arg(tag), "written on node2");
        QVERIFY(waitUntil([&] { return QFile::exists(from + QStringLiteral("/after-%1.txt").arg(tag)); }, 15000));
        QCOMPARE(switchOverWhenReady(c1, QStringLiteral("node1")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("done"));
    }

    void switchoverRollsBackWhenTheTargetFailsToStart()
    {
        const QString flag = labDir() + QStringLiteral("/node2/fail-start");
        QVERIFY(QFile(flag).open(QIODevice::WriteOnly));
        const auto removeFlag = qScopeGuard([&] { QFile::remove(flag); });
        ControlClient c1(socket(1));
        ControlClient c2(socket(2));
        const qint64 epochBefore = c1.status().value(QStringLiteral("epoch")).toInteger();
        const QJsonObject op = switchOverWhenReady(c1, QStringLiteral("node2"));
        QCOMPARE(op.value(QStringLiteral("result")).toString(), QStringLiteral("rolled_back"));
        QCOMPARE(op[QStringLiteral("reason")][QStringLiteral("code")].toString(),
                 QStringLiteral("RESOURCE_START_FAILED"));
        QVERIFY(stepNames(op).contains(QStringLiteral("rollback")));
        QCOMPARE(holder(), QStringLiteral("node1"));
        QVERIFY(holds(c1));
        QVERIFY(!holds(c2));
        // Handing over and taking back are two role changes, each at a newer epoch.
        QVERIFY(c1.status().value(QStringLiteral("epoch")).toInteger() >= epochBefore + 2);
        // node2 cleans up after its failed start and is left with nothing running.
        QVERIFY(waitUntil(
            [&] {
                return groupStatus(c2.status(), QStringLiteral("service"))[QStringLiteral("state")] ==
                       QLatin1String("stopped");
            },
            5000));
    }

    void cancellingAnUnknownOperationIsRefused()
    {
        ControlClient c1(socket(1));
        const auto reply =
            c1.call(QStringLiteral("switchover.cancel"), {{QStringLiteral("id"), QStringLiteral("nope")}});
        QVERIFY(reply && reply->kind == RpcMessage::Kind::Error);
        QCOMPARE(reply->error.code, QStringLiteral("OPERATION_NOT_FOUND"));
    }

    void operatorActionIsJournaledWithUserAndSshClaim()
    {
        agentlink::AgentClient client(labProfile().nodes.value(0));
        client.start();
        QVERIFY(waitUntil([&] { return client.state() == agentlink::LinkState::Ready; }, 15000));
        std::optional<RpcMessage> reply;
        client.call(QStringLiteral("switchover.cancel"), {{QStringLiteral("id"), QStringLiteral("journal-probe")}},
                    [&](const RpcMessage& m) { reply = m; });
        QVERIFY(waitUntil([&] { return reply.has_value(); }, 10000));
        ControlClient c1(socket(1));
        const auto events =
            c1.call(QStringLiteral("events.list"), {{QStringLiteral("after"), 0}, {QStringLiteral("limit"), 1000}});
        QVERIFY(events && events->kind == RpcMessage::Kind::Result);
        QString actor;
        QString claim;
        for (const QJsonValue& e : events->result[QStringLiteral("events")].toArray())
            if (e[QStringLiteral("type")] == QLatin1String("operator_action") &&
                e[QStringLiteral("data")][QStringLiteral("id")] == QLatin1String("journal-probe")) {
                actor = e[QStringLiteral("actor")].toString();
                claim = e[QStringLiteral("ssh_client_claim")].toString();
            }
        // The user as the kernel named it; the SSH client apart, as what the session said.
        QCOMPARE(actor, m_env.value(QStringLiteral("LAB_USER")));
        QCOMPARE(claim, QStringLiteral("127.0.0.1"));
        QVERIFY(events->result[QStringLiteral("chain_ok")].toBool());
    }
};

QTEST_GUILESS_MAIN(TestPlannedSwitchover)
#include "TestPlannedSwitchover.moc"
