#include "agent/witness/LeaseClient.h"
#include "agent/witness/WitnessServer.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/FreePort.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinha::agent;

// Two nodes' lease clients and a real witness server, over UDP on 127.0.0.1: one holder at a
// time, a holder that loses the witness gives the group up before anyone else can get it, and a
// restarted witness keeps its word.
class TestLeaseClient : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTtl = 1000;
    const QByteArray m_key = QByteArray(32, 'k');
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    std::unique_ptr<WitnessServer> startWitness()
    {
        WitnessServerConfig c;
        c.listen = {{QStringLiteral("127.0.0.1"), m_port}};
        c.stateDir = m_dir.path();
        c.clusters = {{QStringLiteral("mail"), QString(), m_key}};
        auto server = std::make_unique<WitnessServer>(c);
        QString error;
        if (!server->start(&error))
            qFatal("witness: %s", qPrintable(error));
        return server;
    }

    std::unique_ptr<LeaseClient> client(const QString& node, const QString& boot)
    {
        WitnessConfig w;
        w.address = QStringLiteral("127.0.0.1:%1").arg(m_port);
        w.host = QStringLiteral("127.0.0.1");
        w.port = m_port;
        w.ttlMs = kTtl;
        auto c = std::make_unique<LeaseClient>(QStringLiteral("mail"), node, boot, m_key, w);
        QString error;
        if (!c->start(&error))
            qFatal("client: %s", qPrintable(error));
        return c;
    }

    static LeaseClient::State state(const LeaseClient& c) { return c.lease(QStringLiteral("g")).state; }
    static void want(LeaseClient& c, bool wanted)
    {
        c.setWanted(wanted ? QSet<QString>{QStringLiteral("g")} : QSet<QString>{},
                    wanted ? QSet<QString>{} : QSet<QString>{QStringLiteral("g")}, 1);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("leases.json")));
        m_port = twinha::tests::freeUdpPort();
    }

    void oneHolderAtATimeWhileTheHolderRenews()
    {
        auto witness = startWitness();
        auto n1 = client(QStringLiteral("n1"), QStringLiteral("1111111111111111"));
        auto n2 = client(QStringLiteral("n2"), QStringLiteral("2222222222222222"));
        want(*n1, true);
        // A fresh witness gives nothing out for one TTL (it may have lost an earlier run's record).
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseClient::State::Held, 3 * kTtl);
        want(*n2, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseClient::State::NotHeld, kTtl);
        QCOMPARE(n2->lease(QStringLiteral("g")).holder, QStringLiteral("n1"));
        QCOMPARE(n2->lease(QStringLiteral("g")).code, QString::fromLatin1(twinha::protocol::codes::kWitnessLeaseHeld));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3 * kTtl) {
            QVERIFY2(state(*n2) != LeaseClient::State::Held, "both nodes held the lease");
            QCOMPARE(state(*n1), LeaseClient::State::Held);
            QTest::qWait(20);
        }
        QVERIFY(n1->reachable());
    }

    void releaseHandsTheLeaseOverAtOnce()
    {
        auto witness = startWitness();
        auto n1 = client(QStringLiteral("n1"), QStringLiteral("1111111111111111"));
        auto n2 = client(QStringLiteral("n2"), QStringLiteral("2222222222222222"));
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseClient::State::Held, 3 * kTtl);
        want(*n2, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseClient::State::NotHeld, kTtl);
        QElapsedTimer t;
        t.start();
        want(*n1, false);
        QCOMPARE(state(*n1), LeaseClient::State::NotHeld); // counts as given up before it is sent
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseClient::State::Held, kTtl);
        QVERIFY2(t.elapsed() < kTtl / 2, qPrintable(QString::number(t.elapsed())));
    }

    void holderWithoutTheWitnessStopsBeforeTheOtherCanHoldIt()
    {
        auto witness = startWitness();
        auto n1 = client(QStringLiteral("n1"), QStringLiteral("1111111111111111"));
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseClient::State::Held, 3 * kTtl);
        QTest::qWait(300); // some renewals
        QSignalSpy changed(n1.get(), &LeaseClient::changed);
        QElapsedTimer lostAt;
        witness.reset(); // the witness is gone (its record stays on disk)
        lostAt.start();
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseClient::State::NotHeld, 2 * kTtl);
        const qint64 n1GaveUpMs = lostAt.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(),
                                 100); // the coordinator is told the moment it ends, not at its next tick
        QVERIFY2(n1GaveUpMs <= kTtl - n1->terms().stopMarginMs() + 50, qPrintable(QString::number(n1GaveUpMs)));
        n1->setWanted({}, {}, 1); // the coordinator stepped down: it asks no more

        // A restarted witness on the same record: n2 gets the lease only a full TTL later.
        witness = startWitness();
        QElapsedTimer restarted;
        restarted.start();
        auto n2 = client(QStringLiteral("n2"), QStringLiteral("2222222222222222"));
        want(*n2, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseClient::State::Held, 3 * kTtl);
        QVERIFY2(restarted.elapsed() >= kTtl, qPrintable(QString::number(restarted.elapsed())));
        QCOMPARE(n2->lease(QStringLiteral("g")).generation, 2);
        QVERIFY(n1GaveUpMs + n1->terms().stopMarginMs() <= kTtl + restarted.elapsed());
    }

    void aReplayedReplyGrantsNothing()
    {
        // Replies answer one numbered question of one boot; another boot never takes them.
        auto witness = startWitness();
        auto n1 = client(QStringLiteral("n1"), QStringLiteral("1111111111111111"));
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseClient::State::Held, 3 * kTtl);
        auto n1Again = client(QStringLiteral("n1"), QStringLiteral("3333333333333333"));
        QCOMPARE(state(*n1Again), LeaseClient::State::Unknown);
        QTest::qWait(200);
        QCOMPARE(state(*n1Again), LeaseClient::State::Unknown); // it asked for nothing
    }
};

QTEST_GUILESS_MAIN(TestLeaseClient)
#include "TestLeaseClient.moc"
