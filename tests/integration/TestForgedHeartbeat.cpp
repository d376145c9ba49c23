#include "agent/heartbeat/HeartbeatPacket.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QDateTime>
#include <QUdpSocket>
#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;

// A forged heartbeat (right cluster, sender and link, wrong key) must not bring a dead peer back.
class TestForgedHeartbeat : public QObject
{
    Q_OBJECT

private:
    static quint64 forged(const QJsonObject& status)
    {
        quint64 n = 0;
        for (const QJsonValue& l : status.value(QStringLiteral("links")).toArray())
            n += quint64(l[QStringLiteral("forged")].toInteger());
        return n;
    }

private Q_SLOTS:
    void forgedHeartbeatIsIgnoredWhileThePeerIsSilent()
    {
        OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ControlClient c2(lab.socket(2));
        QVERIFY(
            waitUntil([&] { return c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool(); }, 10000));
        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGSTOP), 0);
        QVERIFY(
            waitUntil([&] { return !c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool(); }, 5000));
        const quint64 forgedBefore = forged(c2.status());

        agent::HeartbeatPacket packet;
        packet.cluster = QStringLiteral("lab");
        packet.from = QStringLiteral("node1");
        packet.link = QStringLiteral("loopback");
        packet.boot = QStringLiteral("00000000deadbeef");
        packet.bootTime = QDateTime::currentMSecsSinceEpoch();
        packet.payload = {{QStringLiteral("epoch"), 999999}, {QStringLiteral("groups"), QJsonObject{}}};
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        const quint16 target = quint16(lab.value(QStringLiteral("NODE2_HB_PORT")).toUInt());
        const QByteArray wrongKey(32, 'w');
        for (int i = 1; i <= 20; ++i) {
            packet.seq = i;
            packet.sent = QDateTime::currentMSecsSinceEpoch();
            const QByteArray datagram = packet.encode(wrongKey);
            QVERIFY(!datagram.isEmpty());
            QCOMPARE(udp.writeDatagram(datagram, QHostAddress::LocalHost, target), qint64(datagram.size()));
            QTest::qWait(100);
            QVERIFY2(!c2.status()[QStringLiteral("peer")][QStringLiteral("alive")].toBool(),
                     "a forged packet revived the peer");
        }
        QVERIFY(waitUntil([&] { return forged(c2.status()) >= forgedBefore + 20; }, 3000));
        QVERIFY(c2.status()[QStringLiteral("peer")][QStringLiteral("epoch")].toInteger() < 999999);
    }
};

QTEST_GUILESS_MAIN(TestForgedHeartbeat)
#include "TestForgedHeartbeat.moc"
