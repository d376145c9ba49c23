#include "agent/witness/WitnessMessage.h"

#include <QtTest>

using namespace twinha::agent;

// The witness protocol's datagrams: signed, bound to one cluster, and never mistaken for each other.
class TestWitnessMessage : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_key = QByteArray(32, 'k');
    const QByteArray m_otherKey = QByteArray(32, 'o');

    static WitnessRequest request()
    {
        WitnessRequest r;
        r.cluster = QStringLiteral("mail");
        r.group = QStringLiteral("service");
        r.node = QStringLiteral("mail1");
        r.boot = QStringLiteral("00112233445566ff");
        r.seq = 7;
        r.kind = WitnessRequest::Kind::Release;
        r.ttlMs = 2000;
        r.epoch = 4;
        return r;
    }

private Q_SLOTS:
    void requestRoundTripsUnderItsClustersKey()
    {
        const QByteArray d = request().encode(m_key);
        const auto r =
            WitnessRequest::decode(d, {{QStringLiteral("web"), m_otherKey}, {QStringLiteral("mail"), m_key}});
        QVERIFY(r);
        QCOMPARE(r->node, QStringLiteral("mail1"));
        QCOMPARE(r->seq, 7);
        QCOMPARE(r->kind, WitnessRequest::Kind::Release);
        QCOMPARE(r->ttlMs, 2000);
        QCOMPARE(r->epoch, 4);
    }

    void requestUnderAnotherClustersKeyIsRefused()
    {
        // Signed with web's key but naming mail: web's key never speaks for mail's leases.
        const QByteArray d = request().encode(m_otherKey);
        QVERIFY(!WitnessRequest::decode(d, {{QStringLiteral("web"), m_otherKey}, {QStringLiteral("mail"), m_key}}));
        QVERIFY(!WitnessRequest::decode(d, {{QStringLiteral("mail"), m_key}}));
    }

    void alteredRequestIsRefused()
    {
        QByteArray d = request().encode(m_key);
        d[10] = char(d[10] ^ 1);
        QVERIFY(!WitnessRequest::decode(d, {{QStringLiteral("mail"), m_key}}));
        QVERIFY(!WitnessRequest::decode(QByteArray("TWQ1{}"), {{QStringLiteral("mail"), m_key}}));
    }

    void replyIsNoRequestAndBack()
    {
        WitnessReply reply;
        reply.cluster = QStringLiteral("mail");
        reply.group = QStringLiteral("service");
        reply.node = QStringLiteral("mail1");
        reply.boot = QStringLiteral("00112233445566ff");
        reply.seq = 7;
        reply.granted = true;
        reply.holder = QStringLiteral("mail1");
        reply.remainingMs = 1999;
        reply.generation = 3;
        const QByteArray d = reply.encode(m_key);
        QVERIFY(!WitnessRequest::decode(d, {{QStringLiteral("mail"), m_key}}));
        QVERIFY(!WitnessReply::decode(request().encode(m_key), QStringLiteral("mail"), m_key));
        const auto back = WitnessReply::decode(d, QStringLiteral("mail"), m_key);
        QVERIFY(back);
        QVERIFY(back->granted);
        QCOMPARE(back->generation, 3);
        QCOMPARE(back->remainingMs, 1999);
        QVERIFY(!WitnessReply::decode(d, QStringLiteral("web"), m_key));
        QVERIFY(!WitnessReply::decode(d, QStringLiteral("mail"), m_otherKey));
    }
};

QTEST_GUILESS_MAIN(TestWitnessMessage)
#include "TestWitnessMessage.moc"
