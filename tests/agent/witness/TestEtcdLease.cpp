#include "agent/witness/EtcdLeaseClient.h"
#include "tests/agent/witness/EtcdServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace twinha::agent;

// The etcd backend against a real etcd: one holder at a time, a release hands over at once, a
// holder that loses etcd gives the group up before etcd can give the key to the other node, and
// a restarted agent finds its own key again.
class TestEtcdLease : public QObject
{
    Q_OBJECT

private:
    static constexpr int kTtl = 2000; // etcd's smallest lease at its default election timeout

    static std::unique_ptr<EtcdLeaseClient> client(const QString& node, const QString& url)
    {
        WitnessConfig w;
        w.etcd = {url};
        w.ttlMs = kTtl;
        auto c = std::make_unique<EtcdLeaseClient>(QStringLiteral("mail"), node, w);
        QString error;
        if (!c->start(&error))
            qFatal("%s", qPrintable(error));
        return c;
    }
    static LeaseBackend::State state(const LeaseBackend& c) { return c.lease(QStringLiteral("g")).state; }
    static void want(LeaseBackend& c, bool wanted)
    {
        c.setWanted(wanted ? QSet<QString>{QStringLiteral("g")} : QSet<QString>{},
                    wanted ? QSet<QString>{} : QSet<QString>{QStringLiteral("g")}, 1);
    }

private Q_SLOTS:
    void oneHolderAtATimeAndReleaseHandsOver()
    {
        EtcdServer etcd;
        if (etcd.url().isEmpty())
            QSKIP("etcd is not installed (package etcd-server)");
        QVERIFY2(etcd.isReady(), qPrintable(etcd.log()));
        auto n1 = client(QStringLiteral("n1"), etcd.url());
        auto n2 = client(QStringLiteral("n2"), etcd.url());
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::Held, 5000);
        want(*n2, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseBackend::State::NotHeld, 2000);
        QCOMPARE(n2->lease(QStringLiteral("g")).holder, QStringLiteral("n1"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3 * kTtl) {
            QVERIFY2(state(*n2) != LeaseBackend::State::Held, "both nodes held the lease");
            QCOMPARE(state(*n1), LeaseBackend::State::Held);
            QTest::qWait(50);
        }
        t.restart();
        want(*n1, false); // handed back: the key is deleted with the lease
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseBackend::State::Held, 2000);
        qInfo("handed over in %lld ms", t.elapsed());
        QVERIFY(n2->lease(QStringLiteral("g")).generation > n1->lease(QStringLiteral("g")).generation);
    }

    void aHolderThatStopsRenewingLosesTheKeyAfterTheTtl()
    {
        EtcdServer etcd;
        if (etcd.url().isEmpty())
            QSKIP("etcd is not installed (package etcd-server)");
        QVERIFY2(etcd.isReady(), qPrintable(etcd.log()));
        auto n1 = client(QStringLiteral("n1"), etcd.url());
        auto n2 = client(QStringLiteral("n2"), etcd.url());
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::Held, 5000);
        want(*n2, true);
        QTest::qWait(500);
        QElapsedTimer lost;
        lost.start();
        n1.reset(); // dead: no more keep-alives
        QTRY_COMPARE_WITH_TIMEOUT(state(*n2), LeaseBackend::State::Held, 3 * kTtl + 1000);
        qInfo("etcd gave the key to n2 %lld ms after n1's last renewal", lost.elapsed());
        QVERIFY2(lost.elapsed() >= kTtl - 300, qPrintable(QString::number(lost.elapsed())));
        // n2 took the key with a lease it had asked for while n1 held it, up to 1.5 s earlier. It
        // renews that lease at once: its group may run a whole term from now, not only until the
        // old grant's end (which stopped a fresh holder 270 ms after its failover in the netns lab).
        QTest::qWait(150);
        const qint64 runsFor = n2->runsForMs(QStringLiteral("g"));
        QVERIFY2(runsFor >= 1000, qPrintable(QString::number(runsFor)));
        QElapsedTimer held;
        held.start();
        while (held.elapsed() < kTtl) {
            QCOMPARE(state(*n2), LeaseBackend::State::Held);
            QTest::qWait(50);
        }
    }

    void aHolderCutOffFromEtcdGivesUpBeforeItsLeaseCanEnd()
    {
        EtcdServer etcd;
        if (etcd.url().isEmpty())
            QSKIP("etcd is not installed (package etcd-server)");
        QVERIFY2(etcd.isReady(), qPrintable(etcd.log()));
        auto n1 = client(QStringLiteral("n1"), etcd.url());
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::Held, 5000);
        QTest::qWait(500);
        QSignalSpy changed(n1.get(), &LeaseBackend::changed);
        QElapsedTimer cut;
        cut.start();
        etcd.stop();
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::NotHeld, 2 * kTtl);
        // The last keep-alive was sent at most one renewal period before the cut.
        QVERIFY2(cut.elapsed() <= kTtl - n1->terms().stopMarginMs() + 50, qPrintable(QString::number(cut.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 100); // told at once, not at the next tick
    }

    void restartedAgentFindsItsOwnKey()
    {
        EtcdServer etcd;
        if (etcd.url().isEmpty())
            QSKIP("etcd is not installed (package etcd-server)");
        QVERIFY2(etcd.isReady(), qPrintable(etcd.log()));
        auto n1 = client(QStringLiteral("n1"), etcd.url());
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::Held, 5000);
        n1 = client(QStringLiteral("n1"), etcd.url()); // a restart: the old lease is still alive in etcd
        want(*n1, true);
        QTRY_COMPARE_WITH_TIMEOUT(state(*n1), LeaseBackend::State::Held, 2000);
        auto n2 = client(QStringLiteral("n2"), etcd.url());
        want(*n2, true);
        QTest::qWait(2 * kTtl);
        QVERIFY(state(*n2) != LeaseBackend::State::Held);
    }
};

QTEST_GUILESS_MAIN(TestEtcdLease)
#include "TestEtcdLease.moc"
