#include "agent/resources/IcmpPacket.h"

#include <QTest>

using namespace twinha::agent;
using icmp::Family;

class TestIcmpPacket : public QObject
{
    Q_OBJECT

private:
    static icmp::Echo echo() { return {0x1234, 0x0102, QByteArray::fromHex("0011223344556677")}; }

    // The reply a peer sends: the request with the reply's type (and, for IPv4, a new checksum).
    static QByteArray replyTo(Family family, const icmp::Echo& e)
    {
        QByteArray m = icmp::echoRequest(family, e);
        m[0] = char(family == Family::V4 ? 0 : 129);
        m[2] = m[3] = 0;
        if (family == Family::V4) {
            const quint16 sum = icmp::checksum(m);
            m[2] = char(sum >> 8);
            m[3] = char(sum & 0xff);
        }
        return m;
    }

    // An IPv4 header of `words` 32-bit words (5: none of the options) before `message`.
    static QByteArray withIpHeader(const QByteArray& message, int words = 5)
    {
        QByteArray header(words * 4, '\0');
        header[0] = char(0x40 | words);
        header[9] = 1; // ICMP
        return header + message;
    }

private Q_SLOTS:
    void checksumIsTheOnesComplementSum()
    {
        // RFC 1071, section 3: the sum of these words is 0xddf2.
        QCOMPARE(icmp::checksum(QByteArray::fromHex("0001f203f4f5f6f7")), quint16(~0xddf2));
        // An odd length is padded with a zero byte.
        QCOMPARE(icmp::checksum(QByteArray::fromHex("01")), quint16(~0x0100));
    }

    void requestCarriesIdSequenceAndCookie()
    {
        const QByteArray v4 = icmp::echoRequest(Family::V4, echo());
        QCOMPARE(v4.size(), 16);
        QCOMPARE(quint8(v4[0]), quint8(8));
        QCOMPARE(quint8(v4[1]), quint8(0));
        QCOMPARE(v4.mid(4, 4), QByteArray::fromHex("12340102"));
        QCOMPARE(v4.mid(8), echo().cookie);
        QCOMPARE(icmp::checksum(v4), quint16(0)); // a valid checksum sums to zero
        const QByteArray v6 = icmp::echoRequest(Family::V6, echo());
        QCOMPARE(quint8(v6[0]), quint8(128));
        QCOMPARE(v6.mid(2, 2), QByteArray(2, '\0')); // the kernel fills it in
    }

    void replyIsRecognised_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<bool>("raw");
        QTest::newRow("IPv4, ping socket") << int(Family::V4) << false;
        QTest::newRow("IPv4, raw socket") << int(Family::V4) << true;
        QTest::newRow("IPv6, ping socket") << int(Family::V6) << false;
        QTest::newRow("IPv6, raw socket") << int(Family::V6) << true;
    }
    void replyIsRecognised()
    {
        QFETCH(int, family);
        QFETCH(bool, raw);
        const Family f = Family(family);
        const bool header = raw && f == Family::V4;
        const QByteArray reply = replyTo(f, echo());
        QVERIFY(icmp::isReplyTo(f, header ? withIpHeader(reply) : reply, header, echo(), raw));
        // Our own request, as a raw socket on the loopback could see it, is no reply.
        const QByteArray request = icmp::echoRequest(f, echo());
        QVERIFY(!icmp::isReplyTo(f, header ? withIpHeader(request) : request, header, echo(), raw));
    }

    void replyToAnotherRequestIsNotTaken()
    {
        icmp::Echo other = echo();
        other.sequence = 0x0103;
        QVERIFY(!icmp::isReplyTo(Family::V4, replyTo(Family::V4, other), false, echo(), false));
        other = echo();
        other.cookie = QByteArray::fromHex("0011223344556678");
        QVERIFY(!icmp::isReplyTo(Family::V4, replyTo(Family::V4, other), false, echo(), false));
        other = echo();
        other.id = 0x4321;
        // A raw socket sees every prober's replies: the id must match. A ping socket's id was
        // the kernel's to choose, and the kernel delivers only that id's replies.
        QVERIFY(!icmp::isReplyTo(Family::V4, withIpHeader(replyTo(Family::V4, other)), true, echo(), true));
        QVERIFY(icmp::isReplyTo(Family::V4, replyTo(Family::V4, other), false, echo(), false));
    }

    void ipHeaderIsSkippedByItsLength()
    {
        const QByteArray reply = replyTo(Family::V4, echo());
        QVERIFY(icmp::isReplyTo(Family::V4, withIpHeader(reply, 6), true, echo(), true)); // one word of options
        QByteArray badVersion = withIpHeader(reply);
        badVersion[0] = char(0x65);
        QVERIFY(!icmp::isReplyTo(Family::V4, badVersion, true, echo(), true));
        QByteArray shortHeader = withIpHeader(reply);
        shortHeader[0] = char(0x44);
        QVERIFY(!icmp::isReplyTo(Family::V4, shortHeader, true, echo(), true));
    }

    void truncatedMessagesAreNoReply()
    {
        const QByteArray reply = replyTo(Family::V4, echo());
        for (qsizetype n = 0; n < reply.size(); ++n)
            QVERIFY2(!icmp::isReplyTo(Family::V4, reply.left(n), false, echo(), false), qPrintable(QString::number(n)));
        QVERIFY(!icmp::isReplyTo(Family::V4, withIpHeader(reply).left(20 + 15), true, echo(), true));
    }
};

QTEST_GUILESS_MAIN(TestIcmpPacket)
#include "TestIcmpPacket.moc"
