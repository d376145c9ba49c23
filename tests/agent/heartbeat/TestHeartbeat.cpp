#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/heartbeat/HeartbeatTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace twinha::agent;
using namespace twinha::agent::test;

// Timing bounds are generous for noisy CI machines; what each test proves is in its name.
class TestHeartbeat : public QObject
{
    Q_OBJECT

private:
    static bool bothLinksUp(const HeartbeatWorker& hb) { return hb.link(kLan)->isUp() && hb.link(kWan)->isUp(); }

private Q_SLOTS:
    void peersSeeEachOtherAliveOnEveryLink()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        QVERIFY(a);
        QCOMPARE(a->peerSilenceMs(), -1);
        QVERIFY(!a->peerAlive());
        QCOMPARE(linkJson(*a, kLan).value(QStringLiteral("last_heard_ms")).toInteger(), -1);
        const auto b = cluster.start(kN2);
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(bothLinksUp(*a) && bothLinksUp(*b), 5000);
        QVERIFY(a->peerAlive() && b->peerAlive());
        QCOMPARE(a->peerBoot(), b->bootId());
        QCOMPARE(b->peerBoot(), a->bootId());
        QVERIFY(a->peerSilenceMs() >= 0 && a->peerSilenceMs() < 300);

        const QJsonObject lan = linkJson(*a, kLan);
        QCOMPARE(lan.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
        QCOMPARE(lan.value(QStringLiteral("address")).toString(), cluster.config.links[0].endpoints[0].address);
        QCOMPARE(lan.value(QStringLiteral("peer_address")).toString(), cluster.config.links[0].endpoints[1].address);
        QVERIFY(lan.value(QStringLiteral("sent")).toInteger() > 0);
        QVERIFY(lan.value(QStringLiteral("received")).toInteger() > 0);
        QCOMPARE(lan.value(QStringLiteral("forged")).toInteger(-1), 0);
        QCOMPARE(lan.value(QStringLiteral("replayed")).toInteger(-1), 0);
        QCOMPARE(lan.value(QStringLiteral("malformed")).toInteger(-1), 0);
        QVERIFY(lan.value(QStringLiteral("loss_pct")).toDouble(-1) >= 0);
        QVERIFY(lan.value(QStringLiteral("loss_pct")).toDouble(-1) <= 100);
    }

    void rttIsMeasuredAndSmallOnLoopback()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(linkJson(*a, kLan).value(QStringLiteral("rtt_ms")).toDouble(-1) >= 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(linkJson(*a, kWan).value(QStringLiteral("rtt_ms")).toDouble(-1) >= 0, 5000);
        QVERIFY(linkJson(*a, kLan).value(QStringLiteral("rtt_ms")).toDouble() < 50);
        QVERIFY(linkJson(*a, kLan).value(QStringLiteral("rtt_last_ms")).toDouble(-1) >= 0);
    }

    void payloadReachesThePeerWithin100Ms()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 5000);
        for (const char* role : {"active", "standby"}) {
            const QJsonObject payload{{QStringLiteral("role"), QLatin1String(role)}};
            QSignalSpy spy(b.get(), &HeartbeatWorker::peerPayloadChanged);
            QElapsedTimer t;
            t.start();
            a->setLocalPayload(payload);
            QVERIFY(spy.wait(2000));
            QVERIFY2(t.elapsed() < 150, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
            QCOMPARE(spy.takeFirst().at(0).toJsonObject(), payload);
            QCOMPARE(b->peerPayload(), payload);
        }
    }

    void payloadChangeIsSentAtOnceNotAtTheNextInterval()
    {
        TwoNodeCluster cluster(1000, 3000);
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 5000);
        const QJsonObject payload{{QStringLiteral("role"), QStringLiteral("active")}};
        QSignalSpy spy(b.get(), &HeartbeatWorker::peerPayloadChanged);
        QElapsedTimer t;
        t.start();
        a->setLocalPayload(payload);
        QVERIFY(spy.wait(3000));
        QVERIFY2(t.elapsed() < 300, qPrintable(QStringLiteral("%1 ms with a 1000 ms interval").arg(t.elapsed())));
    }

    void burstOfPayloadChangesIsCoalesced()
    {
        TwoNodeCluster cluster(1000, 3000);
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 5000);
        const qint64 sentBefore = counter(*a, kLan, "sent");
        QJsonObject last;
        for (int i = 0; i < 20; ++i) {
            last = QJsonObject{{QStringLiteral("n"), i}};
            a->setLocalPayload(last);
        }
        QTRY_COMPARE_WITH_TIMEOUT(b->peerPayload(), last, 3000);
        // Made within one turn of the event loop: one send with the newest payload; maybe one periodic.
        const qint64 sends = counter(*a, kLan, "sent") - sentBefore;
        QVERIFY2(sends >= 1 && sends <= 3, qPrintable(QString::number(sends)));
    }

    void changesOfSeparateTurnsEachGoOutAtOnce()
    {
        TwoNodeCluster cluster(1000, 3000);
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive() && b->peerAlive(), 5000);
        QList<int> seen;
        connect(b.get(), &HeartbeatWorker::peerPayloadChanged, this, [&seen](const QJsonObject& p, const QString&) {
            if (p.contains(QStringLiteral("step")))
                seen << p.value(QStringLiteral("step")).toInt();
        });
        // A switchover's steps: each waits for the peer to see the one before, a millisecond apart.
        for (int step = 1; step <= 3; ++step) {
            a->setLocalPayload(QJsonObject{{QStringLiteral("step"), step}});
            QTest::qWait(1); // the end of this turn of the event loop
        }
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.back() == 3, 3000);
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
    }

    void peerIsDeclaredDeadAfterDeadTimeNotMuchLater()
    {
        TwoNodeCluster cluster(50, 300);
        const auto a = cluster.start(kN1);
        auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive(), 5000);
        qint64 silenceAtDeath = -1;
        connect(a.get(), &HeartbeatWorker::peerAliveChanged, this, [&](bool alive) {
            if (!alive)
                silenceAtDeath = a->peerSilenceMs();
        });
        QSignalSpy spy(a.get(), &HeartbeatWorker::peerAliveChanged);
        QElapsedTimer t;
        t.start();
        b.reset();
        QVERIFY(spy.wait(3000));
        const qint64 elapsed = t.elapsed();
        QCOMPARE(spy.takeFirst().at(0).toBool(), false);
        QVERIFY2(silenceAtDeath >= 300, qPrintable(QString::number(silenceAtDeath)));
        QVERIFY2(elapsed <= 450, qPrintable(QStringLiteral("dead after %1 ms").arg(elapsed)));
        QVERIFY(!a->link(kLan)->isUp() && !a->link(kWan)->isUp());
        QCOMPARE(linkJson(*a, kLan).value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    }

    void deathDetectionDoesNotWaitForTheNextSendInterval()
    {
        // With a 500 ms interval, checking silence only when sending could add up to 500 ms.
        TwoNodeCluster cluster(500, 1000);
        const auto a = cluster.start(kN1);
        auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->peerAlive(), 5000);
        qint64 silenceAtDeath = -1;
        connect(a.get(), &HeartbeatWorker::peerAliveChanged, this, [&](bool alive) {
            if (!alive)
                silenceAtDeath = a->peerSilenceMs();
        });
        b.reset();
        QTRY_VERIFY_WITH_TIMEOUT(silenceAtDeath >= 0, 5000);
        QVERIFY2(silenceAtDeath >= 1000 && silenceAtDeath < 1200, qPrintable(QString::number(silenceAtDeath)));
    }

    void oneSilentLinkGoesDownWhileThePeerStaysAlive()
    {
        TwoNodeCluster cluster;
        const auto a = cluster.start(kN1);
        const auto b = cluster.start(kN2);
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(bothLinksUp(*a) && bothLinksUp(*b), 5000);
        QSignalSpy alive(a.get(), &HeartbeatWorker::peerAliveChanged);
        QSignalSpy links(a.get(), &HeartbeatWorker::linkStateChanged);
        b->link(kWan)->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!a->link(kWan)->isUp(), 3000);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.at(0).at(0).toString(), kWan);
        QCOMPARE(links.at(0).at(1).toBool(), false);
        QVERIFY(a->link(kLan)->isUp());
        QVERIFY(a->peerAlive());
        QCOMPARE(alive.count(), 0);
        // The payload still gets through on the remaining link.
        const QJsonObject payload{{QStringLiteral("role"), QStringLiteral("active")}};
        b->setLocalPayload(payload);
        QTRY_COMPARE_WITH_TIMEOUT(a->peerPayload(), payload, 2000);
    }

    void bindFailureNamesTheLinkAndReleasesTheOthers()
    {
        TwoNodeCluster cluster;
        QUdpSocket occupant;
        QVERIFY(occupant.bind(QHostAddress::LocalHost, cluster.port(kN1, kWan), QAbstractSocket::DontShareAddress));
        Heartbeat a(cluster.config, kN1, kKey);
        twinha::protocol::RpcError error;
        QVERIFY(!a.start(&error));
        QCOMPARE(error.code, QString::fromLatin1(twinha::protocol::codes::kHeartbeatBindFailed));
        QCOMPARE(error.params.value(QStringLiteral("link")).toString(), kWan);
        QCOMPARE(error.params.value(QStringLiteral("address")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(cluster.port(kN1, kWan)));
        QVERIFY(!error.params.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(a.linksJson().isEmpty());
        QUdpSocket lan;
        QVERIFY(lan.bind(QHostAddress::LocalHost, cluster.port(kN1, kLan), QAbstractSocket::DontShareAddress));
    }
};

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "TestHeartbeat.moc"
