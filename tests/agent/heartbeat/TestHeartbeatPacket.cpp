#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/PacketComposer.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using twinha::agent::HeartbeatPacket;
using Result = HeartbeatPacket::DecodeResult;

Q_DECLARE_METATYPE(HeartbeatPacket::DecodeResult)

class TestHeartbeatPacket : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_key = QByteArray(32, 'k');
    const QString m_cluster = QStringLiteral("c1");

    twinha::agent::HeartbeatIdentity identity() const
    {
        return {m_cluster,    QStringLiteral("n1"), QStringLiteral("n2"), m_key, QStringLiteral("0123456789abcdef"),
                1700000000000};
    }

    HeartbeatPacket sample() const
    {
        HeartbeatPacket p;
        p.cluster = m_cluster;
        p.from = QStringLiteral("n1");
        p.link = QStringLiteral("lan");
        p.boot = QStringLiteral("0123456789abcdef");
        p.bootTime = 1700000000000;
        p.seq = 42;
        p.sent = 1700000001234;
        p.mono = 86400123;
        p.echo = {7, 1700000001200, 15};
        p.payload = QJsonObject{{QStringLiteral("role"), QStringLiteral("active")}, {QStringLiteral("epoch"), 3}};
        return p;
    }

    // A datagram signed with our key around any JSON text, to reach the checks behind the MAC.
    QByteArray signedDatagram(const QByteArray& json) const
    {
        const QByteArray part = HeartbeatPacket::magic() + json;
        return part + QMessageAuthenticationCode::hash(part, m_key, QCryptographicHash::Sha256);
    }

    Result decode(const QByteArray& datagram, HeartbeatPacket* out = nullptr) const
    {
        return HeartbeatPacket::decode(datagram, m_cluster, m_key, out);
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const HeartbeatPacket sent = sample();
        const QByteArray datagram = sent.encode(m_key);
        QVERIFY(datagram.startsWith("THB1{"));
        HeartbeatPacket received;
        QCOMPARE(decode(datagram, &received), Result::Ok);
        QCOMPARE(received, sent);
    }

    void roundTripWithoutEchoLeavesItNull()
    {
        HeartbeatPacket sent = sample();
        sent.echo = {};
        HeartbeatPacket received;
        QCOMPARE(decode(sent.encode(m_key), &received), Result::Ok);
        QVERIFY(received.echo.isNull());
        QVERIFY(!sent.encode(m_key).contains("echo"));
    }

    void datagramIsMagicCompactJsonAndA32ByteMac()
    {
        const QByteArray datagram = sample().encode(m_key);
        const QByteArray json = datagram.mid(4, datagram.size() - 4 - 32);
        QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact), json);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(datagram.right(32), QMessageAuthenticationCode::hash(datagram.left(datagram.size() - 32), m_key,
                                                                      QCryptographicHash::Sha256));
    }

    void flippedByteIsForged_data()
    {
        QTest::addColumn<int>("at"); // negative: from the end
        QTest::newRow("first byte inside the JSON object") << 5;
        QTest::newRow("middle of the JSON") << 80;
        QTest::newRow("first MAC byte") << -32;
        QTest::newRow("last MAC byte") << -1;
    }

    void flippedByteIsForged()
    {
        QFETCH(int, at);
        QByteArray datagram = sample().encode(m_key);
        const qsizetype i = at < 0 ? datagram.size() + at : at;
        datagram[i] = char(datagram.at(i) ^ 0x01);
        QCOMPARE(decode(datagram), Result::Forged);
    }

    void wrongKeyIsForged()
    {
        const QByteArray datagram = sample().encode(QByteArray(32, 'x'));
        QCOMPARE(decode(datagram), Result::Forged);
    }

    void otherClusterWithOurKeyIsWrongCluster()
    {
        HeartbeatPacket p = sample();
        p.cluster = QStringLiteral("c2");
        QCOMPARE(decode(p.encode(m_key)), Result::WrongCluster);
    }

    void truncatedOrGarbageIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        const QByteArray good = sample().encode(m_key);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("three bytes") << good.left(3);
        QTest::newRow("magic only") << good.left(4);
        QTest::newRow("magic and braces, no MAC") << QByteArray("THB1{}");
        QTest::newRow("one byte cut off") << good.chopped(1);
        QTest::newRow("MAC cut off") << good.chopped(32);
        QTest::newRow("half") << good.left(good.size() / 2);
        const QByteArray noise = QByteArray::fromHex("8f3a0012ffee77c0de").repeated(10);
        QTest::newRow("other magic") << QByteArray(QByteArray("THB2") + good.mid(4));
        QTest::newRow("random bytes") << noise;
        QTest::newRow("magic then random bytes") << QByteArray(QByteArray("THB1") + noise);
    }

    void truncatedOrGarbageIsMalformed()
    {
        QFETCH(QByteArray, datagram);
        QCOMPARE(decode(datagram), Result::Malformed);
    }

    // Signed with the right key, so only the field checks can refuse these.
    void packetOfAnOlderSenderHasNoMono()
    {
        HeartbeatPacket sent = sample();
        sent.mono = -1;
        HeartbeatPacket received;
        QCOMPARE(decode(sent.encode(m_key), &received), Result::Ok);
        QCOMPARE(received.mono, qint64(-1));
        QVERIFY(!sent.encode(m_key).contains("mono"));
    }

    void signedButInvalidFieldsAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        // Valid fields after the ones each row spells out.
        const auto with = [](const char* head) {
            QByteArray json(head);
            json.append(R"("from":"n1","link":"lan","boot":"0123456789abcdef","boot_time":1,"sent":5,"p":{}})");
            return json;
        };
        QTest::newRow("not JSON") << QByteArray("{not json}");
        QTest::newRow("JSON array") << QByteArray("[{}]");
        QTest::newRow("version 2") << with(R"({"v":2,"cluster":"c1","seq":1,)");
        QTest::newRow("no version") << with(R"({"cluster":"c1","seq":1,)");
        QTest::newRow("no seq") << with(R"({"v":1,"cluster":"c1",)");
        QTest::newRow("seq 0") << with(R"({"v":1,"cluster":"c1","seq":0,)");
        QTest::newRow("fractional seq") << with(R"({"v":1,"cluster":"c1","seq":1.5,)");
        QTest::newRow("seq as a string") << with(R"({"v":1,"cluster":"c1","seq":"1",)");
        QTest::newRow("echo without seq") << with(R"({"v":1,"cluster":"c1","seq":1,"echo":{"sent":1,"held_ms":0},)");
        QTest::newRow("negative held_ms")
            << with(R"({"v":1,"cluster":"c1","seq":1,"echo":{"seq":1,"sent":1,"held_ms":-3},)");
        QTest::newRow("negative mono") << with(R"({"v":1,"cluster":"c1","seq":1,"mono":-1,)");
        QTest::newRow("mono as a string") << with(R"({"v":1,"cluster":"c1","seq":1,"mono":"5",)");
        QTest::newRow("payload not an object")
            << QByteArray(R"({"v":1,"cluster":"c1","seq":1,"from":"n1","link":"lan","boot":"0123456789abcdef",)"
                          R"("boot_time":1,"sent":5,"p":[1]})");
        QTest::newRow("boot not hex") << QByteArray(
            R"({"v":1,"cluster":"c1","seq":1,"from":"n1","link":"lan","boot":"xyz",)"
            R"("boot_time":1,"sent":5,"p":{}})");
        QTest::newRow("empty sender") << QByteArray(
            R"({"v":1,"cluster":"c1","seq":1,"from":"","link":"lan","boot":"0123456789abcdef",)"
            R"("boot_time":1,"sent":5,"p":{}})");
    }

    void signedButInvalidFieldsAreMalformed()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(decode(signedDatagram(json)), Result::Malformed);
    }

    void signedMinimalPacketIsAccepted()
    {
        // The control for the rows above: the same text with valid fields decodes.
        const QByteArray json = R"({"v":1,"cluster":"c1","seq":1,"from":"n1","link":"lan",)"
                                R"("boot":"0123456789abcdef","boot_time":1,"sent":5,"p":{}})";
        QCOMPARE(decode(signedDatagram(json)), Result::Ok);
    }

    void oversizedPayloadIsRefusedAndLargestFittingIsAccepted()
    {
        HeartbeatPacket p = sample();
        p.payload = QJsonObject{{QStringLiteral("blob"), QString(2000, QLatin1Char('x'))}};
        QVERIFY(p.encode(m_key).isEmpty());

        // Find the largest blob that fits: the datagram stays below 1400 bytes and decodes.
        int fits = 0;
        for (int n = 1500; n > 0; --n) {
            p.payload = QJsonObject{{QStringLiteral("blob"), QString(n, QLatin1Char('x'))}};
            if (!p.encode(m_key).isEmpty()) {
                fits = n;
                break;
            }
        }
        QVERIFY(fits > 1000);
        const QByteArray datagram = p.encode(m_key);
        QVERIFY(datagram.size() < 1400);
        QCOMPARE(decode(datagram), Result::Ok);
    }

    void composerLeavesTheEchoOutBeforeThePayloadGoesStale()
    {
        using twinha::agent::PacketComposer;
        const twinha::agent::HeartbeatIdentity id = identity();
        const HeartbeatPacket::Echo echo{123456789, 1700000001200, 15};
        // A blob that fits without the echo but not with it.
        int n = 1500;
        QByteArray withEcho, without;
        for (; n > 0; --n) {
            PacketComposer probe(id, QStringLiteral("lan"));
            probe.setPayload({{QStringLiteral("blob"), QString(n, QLatin1Char('x'))}});
            HeartbeatPacket p;
            QCOMPARE(decode(probe.next({}, 1700000001234, 86400000), &p), Result::Ok);
            if (p.payload == probe.payload())
                break; // the largest blob that fits without the echo
        }
        QVERIFY(n > 1000);
        PacketComposer composer(id, QStringLiteral("lan"));
        composer.setPayload({{QStringLiteral("small"), 1}});
        HeartbeatPacket first;
        QCOMPARE(decode(composer.next(echo, 1700000001234, 86400000), &first), Result::Ok);
        QVERIFY(!first.echo.isNull()); // with room, the echo goes along
        const QJsonObject big{{QStringLiteral("blob"), QString(n, QLatin1Char('x'))}};
        composer.setPayload(big);
        HeartbeatPacket second;
        QCOMPARE(decode(composer.next(echo, 1700000001434, 86400200), &second), Result::Ok);
        QCOMPARE(second.payload, big); // fresh, not the last one that fitted
        QVERIFY(second.echo.isNull());
    }

    // An echo is placed on our steady clock by what we sent, not by the wall clock it carries: a
    // step of our wall clock between the send and the echo does not move it. Only this boot's
    // packets and the last PacketComposer::kRemembered count.
    void composerPlacesAnEchoOnTheSteadyClock()
    {
        using twinha::agent::PacketComposer;
        const twinha::agent::HeartbeatIdentity id = identity();
        PacketComposer composer(id, QStringLiteral("lan"));
        QVERIFY(!composer.madeAt({}).has_value());
        QList<HeartbeatPacket> sent;
        for (int i = 0; i < PacketComposer::kRemembered + 5; ++i) {
            // The wall clock steps back an hour after the third packet.
            const qint64 wall = 1700000001000 + i * 100 - (i >= 3 ? 3600000 : 0);
            HeartbeatPacket p;
            QCOMPARE(decode(composer.next({}, wall, 86400000 + i * 100), &p), Result::Ok);
            sent << p;
        }
        const auto echoOf = [](const HeartbeatPacket& p) { return HeartbeatPacket::Echo{p.seq, p.sent, 7}; };
        const HeartbeatPacket& newest = sent.last();
        QCOMPARE(composer.madeAt(echoOf(newest)), std::optional<qint64>(newest.mono));
        const HeartbeatPacket& afterStep = sent.at(sent.size() - PacketComposer::kRemembered);
        QCOMPARE(composer.madeAt(echoOf(afterStep)), std::optional<qint64>(afterStep.mono));
        // Older than the last kRemembered: unknown, never a wrong time.
        QVERIFY(!composer.madeAt(echoOf(sent.at(sent.size() - PacketComposer::kRemembered - 1))).has_value());
        // Our last boot's packet with the same number: its wall clock differs.
        HeartbeatPacket::Echo lastBoot = echoOf(newest);
        lastBoot.sent -= 86400000;
        QVERIFY(!composer.madeAt(lastBoot).has_value());
        // A number we never sent.
        QVERIFY(!composer.madeAt({newest.seq + 1, newest.sent, 0}).has_value());
    }

    void receivedDatagramOf1400BytesIsMalformed()
    {
        // A signed 1400-byte datagram: no sender of ours produces it, so it is refused unread.
        const QByteArray head = R"({"v":1,"cluster":"c1","seq":1,"from":"n1","link":"lan",)"
                                "\"boot\":\"0123456789abcdef\",\"boot_time\":1,\"sent\":5,\"p\":{\"blob\":\"";
        const qsizetype fill = 1400 - 4 - 32 - head.size() - 3;
        const QByteArray datagram = signedDatagram(QByteArray(head + QByteArray(fill, 'x') + "\"}}"));
        QCOMPARE(datagram.size(), 1400);
        QCOMPARE(decode(datagram), Result::Malformed);
        QCOMPARE(decode(signedDatagram(QByteArray(head + QByteArray(fill - 1, 'x') + "\"}}"))), Result::Ok);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatPacket)
#include "TestHeartbeatPacket.moc"
