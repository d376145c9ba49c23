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

    void latePacketsShowThePeerAliveOnlyAsOfWhenTheyWereSent()
    {
        // Genuine packets held back on the way (a VM that paused the sender, a queueing link) are
        // not heard, for replay protection: the link goes down as before. But the peer did live
        // when it sent them, and that moment is kept (it holds a takeover back, ClusterDecider),
        // never later than one dead time past the last packet heard. A replay shows nothing new.
        TwoNodeCluster cluster(50, 300); // freshness window: 100 ms
        const auto a = cluster.start(kN1);
        QVERIFY(a);
        HeartbeatPacket p = packetFromN2(kLan);
        const auto sendSentAgo = [&](qint64 agoMs) {
            ++p.seq;
            p.mono = steadyMs() - agoMs;
            p.sent = QDateTime::currentMSecsSinceEpoch() - agoMs;
            const QByteArray datagram = p.encode(kKey);
            sendTo(cluster, kLan, datagram);
            return datagram;
        };
        QByteArray onTime;
        for (int i = 0; i < 6; ++i) { // on time: the link comes up
            onTime = sendSentAgo(0);
            QTest::qWait(50);
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->link(kLan)->isUp(), 2000);
        QCOMPARE(a->lateSignAtMs(), qint64(-1));
        const qint64 heardAt = a->lastHeardAtMs();
        const qint64 replayed = counter(*a, kLan, "replayed");
        // Packets each 150 ms late, for 600 ms: refused, each a sign of life as of its sending, up
        // to one dead time past the last packet heard. The link goes down at the dead time.
        qint64 downAt = -1;
        connect(a->link(kLan), &HeartbeatLink::stateChanged, this, [&](bool up) {
            if (!up && downAt < 0)
                downAt = steadyMs();
        });
        qint64 late = 0;
        while (steadyMs() - heardAt < 600) {
            const qint64 sentAt = steadyMs() - 150;
            sendSentAgo(150);
            ++late;
            QTRY_VERIFY_WITH_TIMEOUT(a->lateSignAtMs() >= std::min(sentAt, heardAt + 300) - 2, 1000);
            QVERIFY2(a->lateSignAtMs() <= std::min(steadyMs() - 150, heardAt + 300) + 2,
                     qPrintable(QString::number(a->lateSignAtMs() - sentAt)));
            QTest::qWait(50);
        }
        // At the dead time; a link the late packets kept up would last until their cap, 600 ms.
        QVERIFY2(downAt > 0 && downAt - heardAt >= 300 - 2 && downAt - heardAt < 300 + 150,
                 qPrintable(QString::number(downAt - heardAt)));
        // Every late packet refused; once the cap holds, the last ones may still be on their way.
        QVERIFY(late >= 4);
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kLan, "replayed"), replayed + late, 2000);
        QVERIFY(!a->peerAlive());
        const qint64 sign = a->lateSignAtMs();
        QVERIFY2(qAbs(sign - (heardAt + 300)) <= 2, qPrintable(QString::number(sign - heardAt))); // the cap
        // A captured packet sent again shows nothing: it was heard once already.
        const qint64 before = counter(*a, kLan, "replayed");
        sendTo(cluster, kLan, onTime);
        QTRY_COMPARE_WITH_TIMEOUT(counter(*a, kLan, "replayed"), before + 1, 2000);
        QCOMPARE(a->lateSignAtMs(), sign);
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
