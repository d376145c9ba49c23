#include "agent/heartbeat/PeerView.h"

#include <QtTest>

using twinha::agent::HeartbeatPacket;
using twinha::agent::PeerView;

class TestPeerView : public QObject
{
    Q_OBJECT

private:
    static HeartbeatPacket packet(const QString& boot, qint64 bootTime, qint64 seq, qint64 sent, const char* role)
    {
        HeartbeatPacket p;
        p.boot = boot;
        p.bootTime = bootTime;
        p.seq = seq;
        p.sent = sent;
        p.payload = QJsonObject{{QStringLiteral("role"), QLatin1String(role)}};
        return p;
    }
    static QString roleOf(const PeerView& view) { return view.payload().value(QStringLiteral("role")).toString(); }

    const QString lan = QStringLiteral("lan");
    const QString wan = QStringLiteral("wan");
    const QString bootA = QStringLiteral("000000000000000a");
    const QString bootB = QStringLiteral("000000000000000b");

private Q_SLOTS:
    void firstPacketSetsPayloadBootAndSilence()
    {
        PeerView view;
        QCOMPARE(view.silenceMs(), -1);
        QVERIFY(view.offer(lan, packet(bootA, 100, 1, 1000, "standby")));
        QCOMPARE(roleOf(view), QStringLiteral("standby"));
        QCOMPARE(view.boot(), bootA);
        QVERIFY(view.silenceMs() >= 0);
    }

    void samePayloadAgainIsNoChange()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 1, 1000, "standby"));
        QVERIFY(!view.offer(lan, packet(bootA, 100, 2, 1200, "standby")));
        QVERIFY(!view.offer(wan, packet(bootA, 100, 1, 1201, "standby")));
    }

    void delayedPacketOnAnotherLinkCannotUndoAChange()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 1, 1000, "standby"));
        QVERIFY(view.offer(lan, packet(bootA, 100, 2, 1100, "active")));
        // wan's packet was sent before the change but arrives after it.
        QVERIFY(!view.offer(wan, packet(bootA, 100, 7, 1090, "standby")));
        QCOMPARE(roleOf(view), QStringLiteral("active"));
        // A later one on wan is taken.
        QVERIFY(view.offer(wan, packet(bootA, 100, 8, 1200, "stopping")));
    }

    void reorderedPacketOnTheSameLinkCannotUndoAChange()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 5, 1000, "active"));
        QVERIFY(!view.offer(lan, packet(bootA, 100, 4, 990, "standby")));
        QCOMPARE(roleOf(view), QStringLiteral("active"));
    }

    void sameLinkFollowsSequenceEvenIfThePeerClockSteppedBack()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 5, 100000, "standby"));
        QVERIFY(view.offer(lan, packet(bootA, 100, 6, 500, "active")));
        QCOMPARE(roleOf(view), QStringLiteral("active"));
    }

    void anyLinkMayTakeOverWhenTheSettingLinkWentDown()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 5, 100000, "standby"));
        QVERIFY(!view.offer(wan, packet(bootA, 100, 9, 500, "active"))); // clock stepped back
        view.linkDown(lan);
        QVERIFY(view.offer(wan, packet(bootA, 100, 10, 600, "active")));
    }

    void newerBootWinsAndLatePacketsOfTheOldBootAreIgnored()
    {
        PeerView view;
        view.offer(lan, packet(bootA, 100, 50, 5000, "active"));
        QVERIFY(view.offer(wan, packet(bootB, 6000, 1, 6001, "standby")));
        QCOMPARE(view.boot(), bootB);
        QVERIFY(!view.offer(lan, packet(bootA, 100, 51, 6002, "active")));
        QCOMPARE(roleOf(view), QStringLiteral("standby"));
        QCOMPARE(view.boot(), bootB);
    }
};

QTEST_GUILESS_MAIN(TestPeerView)
#include "TestPeerView.moc"
