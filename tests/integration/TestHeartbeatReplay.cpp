#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;

// Genuine heartbeats held back on the way and replayed slowly after their sender died must not keep
// it alive. node1 sends its heartbeats to a relay in this test (lab.sh --hb-relay), which passes
// every other one on to node2 and keeps the rest: the peer stays alive on half of them, and the kept
// ones were never delivered, so their sequence numbers are fresh to node2.
class TestHeartbeatReplay : public QObject
{
    Q_OBJECT

private:
    static quint64 replayed(const QJsonObject& status)
    {
        quint64 n = 0;
        for (const QJsonValue& l : status.value(QStringLiteral("links")).toArray())
            n += quint64(l[QStringLiteral("replayed")].toInteger());
        return n;
    }

    static bool peerAlive(ControlClient& c)
    {
        return c.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool();
    }

private Q_SLOTS:
    void heldHeartbeatsReplayedSlowlyDoNotKeepADeadPeerAlive()
    {
        OwnLab lab({QStringLiteral("--hb-relay")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const quint16 relayPort = quint16(lab.value(QStringLiteral("DEAD_PORT")).toUInt());
        const quint16 node2Port = quint16(lab.value(QStringLiteral("NODE2_HB_PORT")).toUInt());
        QUdpSocket relay;
        QVERIFY(relay.bind(QHostAddress::LocalHost, relayPort));
        QList<QByteArray> kept;
        bool passOn = true;
        bool relaying = true;
        connect(&relay, &QUdpSocket::readyRead, this, [&] {
            while (relay.hasPendingDatagrams()) {
                const QByteArray data = relay.receiveDatagram().data();
                if (!relaying)
                    continue;
                if (passOn)
                    relay.writeDatagram(data, QHostAddress::LocalHost, node2Port);
                else
                    kept << data;
                passOn = !passOn;
            }
        });

        ControlClient c2(lab.socket(2));
        QVERIFY(waitUntil([&] { return peerAlive(c2); }, 10000));
        // 30 kept packets: the last 12 s of node1's life, all within node2's 64-wide window.
        QVERIFY(waitUntil([&] { return kept.size() >= 30; }, 20000));
        QVERIFY2(peerAlive(c2), "half the heartbeats must be enough to stay alive");
        const quint64 replayedBefore = replayed(c2.status());

        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QElapsedTimer sinceDeath;
        sinceDeath.start();
        relaying = false;
        const QList<QByteArray> replay = kept.mid(kept.size() - 30);
        qint64 declaredDeadMs = -1;
        for (const QByteArray& data : replay) {
            QCOMPARE(relay.writeDatagram(data, QHostAddress::LocalHost, node2Port), qint64(data.size()));
            // One replay every 300 ms, watching node2's verdict every 50 ms meanwhile.
            QElapsedTimer step;
            step.start();
            while (step.elapsed() < 300) {
                QTest::qWait(50);
                if (declaredDeadMs < 0 && !peerAlive(c2))
                    declaredDeadMs = sinceDeath.elapsed();
            }
        }
        // Dead time 1000 ms; the freshness window adds at most 250 ms; the rest is polling and a
        // loaded machine.
        QVERIFY2(declaredDeadMs >= 0, "the replayed heartbeats kept the dead peer alive for 9 s");
        QVERIFY2(declaredDeadMs <= 2500, qPrintable(QStringLiteral("declared dead after %1 ms").arg(declaredDeadMs)));
        QVERIFY2(!peerAlive(c2), "a replayed heartbeat revived the dead peer");
        QVERIFY(replayed(c2.status()) >= replayedBefore + 25);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatReplay)
#include "TestHeartbeatReplay.moc"
