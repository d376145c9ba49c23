#include "agent/heartbeat/HeartbeatPacket.h"
#include "tests/agent/heartbeat/HeartbeatTestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QtTest>

using namespace twinha::agent;
using namespace twinha::agent::test;

// What a third party on the network can and cannot make a node believe.
class TestHeartbeatAttacks : public QObject
{
    Q_OBJECT

private:
    // A node whose peer was alive and then stopped, so it is declared dead.
    static std::unique_ptr<HeartbeatWorker> nodeWithDeadPeer(const TwoNodeCluster& cluster)
    {
        auto a = cluster.start(kN1);
        auto b = cluster.start(kN2);
        if (!a || !b || !QTest::qWaitFor([&] { return a->peerAlive(); }, 5000))
            return nullptr;
        b.reset();
        if (!QTest::qWaitFor([&] { return !a->peerAlive(); }, 5000))
            return nullptr;
        return a;
    }

    // What n2 would send on `link`, as a fresh boot.
    static HeartbeatPacket packetFromN2(const QString& link)
    {
        HeartbeatPacket p;
        p.cluster = QStringLiteral("c1");
        p.from = kN2;
        p.link = link;
        p.boot = QStringLiteral("fedcba9876543210");
        p.bootTime = QDateTime::currentMSecsSinceEpoch();
        p.seq = 1;
        p.sent = p.bootTime;
        p.payload = QJsonObject{{QStringLiteral("role"), QStringLiteral("active")}};
        return p;
    }

    static void sendTo(const TwoNodeCluster& cluster, const QString& link, const QByteArray& datagram)
    {
        QUdpSocket third;
        QCOMPARE(third.writeDatagram(datagram, QHostAddress::LocalHost, cluster.port(kN1, link)), datagram.size());
    }

private Q_SLOTS:
    void forgedDatagramDoesNotReviveTheDeadPeer()
    {
        TwoNodeCluster cluster;
        const auto a = nodeWithDeadPeer(cluster);
        QVERIFY(a);
        const qint64 received = counter(*a, kLan, "received");
        sendTo(cluster, kLan, packetFromN2(kLan).encode(QByteArrayLiteral("not-the-cluster-key-but-32-bytes-long")));
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kLan, "forged"), 1, 2000);
        QVERIFY(!a->peerAlive());
        QVERIFY(!a->link(kLan)->isUp());
        QCOMPARE(counter(*a, kLan, "received"), received);
        QVERIFY(a->peerPayload().isEmpty());

        // The control: the same datagram under the right key does revive it.
        sendTo(cluster, kLan, packetFromN2(kLan).encode(kKey));
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive(), 2000);
        QCOMPARE(a->peerPayload(), packetFromN2(kLan).payload);
    }

    void capturedDatagramResentLaterIsCountedAsReplayedAndIgnored()
    {
        TwoNodeCluster cluster;
        // Capture what n2 sends to n1 on lan before n1 runs.
        QUdpSocket capture;
        QVERIFY(capture.bind(QHostAddress::LocalHost, cluster.port(kN1, kLan)));
        auto b = cluster.start(kN2);
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(capture.hasPendingDatagrams(), 2000);
        const QByteArray captured = capture.receiveDatagram().data();
        QVERIFY(captured.startsWith("THB1"));
        capture.close();

        const auto a = cluster.start(kN1);
        QVERIFY(a);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive(), 5000);
        b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!a->peerAlive(), 5000);
        const qint64 received = counter(*a, kLan, "received");
        const qint64 replayed = counter(*a, kLan, "replayed");

        sendTo(cluster, kLan, captured);
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kLan, "replayed"), replayed + 1, 2000);
        QCOMPARE(counter(*a, kLan, "received"), received);
        QVERIFY(!a->peerAlive());
    }

    void datagramMovedToAnotherLinkIsRefused()
    {
        // Valid for lan, delivered on wan: each link's replay guard would otherwise be bypassed.
        TwoNodeCluster cluster;
        const auto a = nodeWithDeadPeer(cluster);
        QVERIFY(a);
        sendTo(cluster, kWan, packetFromN2(kLan).encode(kKey));
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kWan, "replayed"), 1, 2000);
        QVERIFY(!a->peerAlive());
    }

    void latePacketsKeepThePeerAliveOnlyAsOfWhenTheyWereSent()
    {
        // Genuine packets held back on the way (a VM that paused the sender, a queueing link) are
        // refused for replay protection, but the peer did live when it sent them. Declaring it dead
        // meanwhile would start its group here while it still runs there. Held back past the dead
        // time, or replayed by a third party, they keep nothing alive.
        TwoNodeCluster cluster(50, 300); // freshness window: 100 ms
        const auto a = cluster.start(kN1);
        QVERIFY(a);
        HeartbeatPacket p = packetFromN2(kLan);
        const auto sendSentAgo = [&](qint64 agoMs) {
            ++p.seq;
            p.mono = steadyMs() - agoMs;
            p.sent = QDateTime::currentMSecsSinceEpoch() - agoMs;
            sendTo(cluster, kLan, p.encode(kKey));
        };
        for (int i = 0; i < 6; ++i) { // on time: the link comes up
            sendSentAgo(0);
            QTest::qWait(50);
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->link(kLan)->isUp(), 2000);
        const qint64 replayed = counter(*a, kLan, "replayed");
        // A second of packets each 150 ms late: all refused, and the link stays up throughout.
        QElapsedTimer late;
        late.start();
        while (late.elapsed() < 1000) {
            sendSentAgo(150);
            QTest::qWait(50);
            QVERIFY2(a->link(kLan)->isUp(), qPrintable(QString::number(late.elapsed())));
        }
        QVERIFY(counter(*a, kLan, "replayed") >= replayed + 15);
        // 400 ms late, past the dead time: the link goes down although they keep coming.
        QElapsedTimer tooLate;
        tooLate.start();
        while (a->link(kLan)->isUp() && tooLate.elapsed() < 2000) {
            sendSentAgo(400);
            QTest::qWait(50);
        }
        QVERIFY(!a->link(kLan)->isUp());
        QVERIFY(!a->peerAlive());
        // Down, a late packet brings nothing back up, however fresh its sign of life.
        sendSentAgo(150);
        QTest::qWait(100);
        QVERIFY(!a->link(kLan)->isUp());
    }

    void garbageIsCountedAsMalformed()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        QVERIFY(a);
        sendTo(cluster, kLan, QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kLan, "malformed"), 1, 2000);
        QVERIFY(!a->peerAlive());
    }

    void oversizedPayloadKeepsTheLastOneThatFitted()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        const QJsonObject small{{QStringLiteral("role"), QStringLiteral("active")}};
        a->setLocalPayload(small);
        QTRY_COMPARE_WITH_TIMEOUT(b->peerPayload(), small, 3000);

        a->setLocalPayload(QJsonObject{{QStringLiteral("blob"), QString(3000, QLatin1Char('x'))}});
        const qint64 received = counter(*b, kLan, "received");
        QTRY_VERIFY_WITH_TIMEOUT(counter(*b, kLan, "received") >= received + 3, 3000);
        QCOMPARE(b->peerPayload(), small);
        QVERIFY(b->peerAlive());

        const QJsonObject next{{QStringLiteral("role"), QStringLiteral("standby")}};
        a->setLocalPayload(next);
        QTRY_COMPARE_WITH_TIMEOUT(b->peerPayload(), next, 3000);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatAttacks)
#include "TestHeartbeatAttacks.moc"
