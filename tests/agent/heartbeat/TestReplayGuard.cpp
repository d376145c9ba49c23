#include "agent/heartbeat/ReplayGuard.h"

#include <QtTest>

using twinha::agent::ReplayGuard;
using Verdict = ReplayGuard::Verdict;

Q_DECLARE_METATYPE(ReplayGuard::Verdict)

namespace {
constexpr qint64 kNow = 1700000000000;
const QString kBoot = QStringLiteral("00000000000000aa");
const QString kNewerBoot = QStringLiteral("00000000000000bb");
constexpr qint64 kBootTime = kNow - 3600 * 1000;
} // namespace

class TestReplayGuard : public QObject
{
    Q_OBJECT

private:
    // A guard that has accepted `seqs` of kBoot, all sent just now.
    static ReplayGuard guardThatSaw(std::initializer_list<qint64> seqs)
    {
        ReplayGuard guard;
        for (qint64 seq : seqs)
            guard.check({kBoot, kBootTime, seq, kNow}, kNow, 0);
        return guard;
    }

private Q_SLOTS:
    void sequenceNumbersOfOneBoot_data()
    {
        QTest::addColumn<QList<qint64>>("seen");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("next one") << QList<qint64>{1, 2, 3} << qint64(4) << Verdict::Accepted;
        QTest::newRow("a jump ahead") << QList<qint64>{1} << qint64(1000) << Verdict::Accepted;
        QTest::newRow("duplicate of the newest") << QList<qint64>{1, 2, 3} << qint64(3) << Verdict::Duplicate;
        QTest::newRow("duplicate of an older one") << QList<qint64>{1, 2, 3} << qint64(2) << Verdict::Duplicate;
        QTest::newRow("late but never seen") << QList<qint64>{10, 12} << qint64(11) << Verdict::Accepted;
        QTest::newRow("oldest slot of the window, unseen") << QList<qint64>{10, 100} << qint64(37) << Verdict::Accepted;
        QTest::newRow("just behind the window") << QList<qint64>{10, 100} << qint64(36) << Verdict::BehindWindow;
        QTest::newRow("far behind") << QList<qint64>{10, 1000} << qint64(11) << Verdict::BehindWindow;
        QTest::newRow("oldest slot of the window, seen") << QList<qint64>{37, 100} << qint64(37) << Verdict::Duplicate;
        QTest::newRow("seen, then the window slid by 63") << QList<qint64>{50, 113} << qint64(50) << Verdict::Duplicate;
        QTest::newRow("seen, then the window slid by 64")
            << QList<qint64>{50, 114} << qint64(50) << Verdict::BehindWindow;
        // Before the first packet heard, nothing can be told from a capture made earlier.
        QTest::newRow("before the first one heard") << QList<qint64>{500} << qint64(499) << Verdict::Duplicate;
    }

    void sequenceNumbersOfOneBoot()
    {
        QFETCH(QList<qint64>, seen);
        QFETCH(qint64, seq);
        QFETCH(Verdict, verdict);
        ReplayGuard guard;
        for (qint64 s : seen)
            QCOMPARE(guard.check({kBoot, kBootTime, s, kNow}, kNow, 0), Verdict::Accepted);
        QCOMPARE(guard.check({kBoot, kBootTime, seq, kNow}, kNow, 0), verdict);
        QCOMPARE(guard.replayed(), verdict == Verdict::Accepted ? 0u : 1u);
    }

    void eachRefusalIsCountedAsReplayed()
    {
        ReplayGuard guard = guardThatSaw({1, 2, 200});
        QCOMPARE(guard.replayed(), 0u);
        guard.check({kBoot, kBootTime, 200, kNow}, kNow, 0);
        guard.check({kBoot, kBootTime, 200, kNow}, kNow, 0);
        guard.check({kBoot, kBootTime, 2, kNow}, kNow, 0);
        QCOMPARE(guard.replayed(), 3u);
    }

    void newerBootIsAcceptedAndRestartsTheNumbering()
    {
        ReplayGuard guard = guardThatSaw({1, 2, 3, 500});
        QCOMPARE(guard.check({kNewerBoot, kNow - 100, 1, kNow}, kNow, 0), Verdict::Accepted);
        QCOMPARE(guard.boot(), kNewerBoot);
        QCOMPARE(guard.check({kNewerBoot, kNow - 100, 2, kNow}, kNow, 0), Verdict::Accepted);
        QCOMPARE(guard.check({kNewerBoot, kNow - 100, 2, kNow}, kNow, 0), Verdict::Duplicate);
    }

    void olderBootIsRefusedEvenWithAFreshClock()
    {
        ReplayGuard guard = guardThatSaw({1});
        QCOMPARE(guard.check({kNewerBoot, kBootTime - 1, 999, kNow}, kNow, 0), Verdict::OlderBoot);
        QCOMPARE(guard.boot(), kBoot);
        // ... and once a newer boot took over, the previous one cannot come back.
        QCOMPARE(guard.check({kNewerBoot, kBootTime + 1, 1, kNow}, kNow, 0), Verdict::Accepted);
        QCOMPARE(guard.check({kBoot, kBootTime, 2, kNow}, kNow, 0), Verdict::OlderBoot);
        QCOMPARE(guard.replayed(), 2u);
    }

    void newBootNeedsSentWithinAMinuteOfOurClock_data()
    {
        QTest::addColumn<qint64>("sentOffsetMs");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("now") << qint64(0) << Verdict::Accepted;
        QTest::newRow("60 s ago") << qint64(-60000) << Verdict::Accepted;
        QTest::newRow("60 s ahead") << qint64(60000) << Verdict::Accepted;
        QTest::newRow("60.001 s ago") << qint64(-60001) << Verdict::ClockSkew;
        QTest::newRow("60.001 s ahead") << qint64(60001) << Verdict::ClockSkew;
        QTest::newRow("an hour ago") << qint64(-3600000) << Verdict::ClockSkew;
    }

    void newBootNeedsSentWithinAMinuteOfOurClock()
    {
        QFETCH(qint64, sentOffsetMs);
        QFETCH(Verdict, verdict);
        // Both an empty guard (we just started) and one that knows an older boot.
        ReplayGuard fresh;
        QCOMPARE(fresh.check({kNewerBoot, kNow - 1000, 1, kNow + sentOffsetMs}, kNow, 0), verdict);
        ReplayGuard known = guardThatSaw({1});
        QCOMPARE(known.check({kNewerBoot, kNow - 1000, 1, kNow + sentOffsetMs}, kNow, 0), verdict);
        QCOMPARE(known.boot(), verdict == Verdict::Accepted ? kNewerBoot : kBoot);
    }

    // Within a boot, the steady clocks tell a packet held on the way from one sent just now.
    void packetHeldOnTheWayIsStale_data()
    {
        QTest::addColumn<qint64>("lateMs");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("on time") << qint64(0) << Verdict::Accepted;
        QTest::newRow("250 ms late: the window") << qint64(250) << Verdict::Accepted;
        QTest::newRow("251 ms late") << qint64(251) << Verdict::Stale;
        QTest::newRow("5 s late") << qint64(5000) << Verdict::Stale;
    }

    void packetHeldOnTheWayIsStale()
    {
        QFETCH(qint64, lateMs);
        QFETCH(Verdict, verdict);
        ReplayGuard guard(1000);
        QCOMPARE(guard.maxAgeMs(), qint64(250));
        // Ten packets, 200 ms apart, each taking 2 ms on the way.
        for (qint64 i = 1; i <= 10; ++i)
            QCOMPARE(guard.check({kBoot, kBootTime, i, kNow, 1000 + 200 * i}, kNow, 5002 + 200 * i), Verdict::Accepted);
        qint64 told = -1;
        QCOMPARE(guard.check({kBoot, kBootTime, 11, kNow, 3200}, kNow, 7202 + lateMs, &told), verdict);
        // How late, for a refused one: the sender was alive that long ago. The baseline crept by
        // 1 ms per second since the last packet taken, which the answer errs by, towards the present.
        QCOMPARE(told, verdict == Verdict::Stale ? lateMs - lateMs / 1000 : qint64(-1));
    }

    void slowReplayOfHeldPacketsKeepsNothingAlive()
    {
        ReplayGuard guard(1000);
        for (qint64 i = 1; i <= 10; ++i)
            guard.check({kBoot, kBootTime, i, kNow, 1000 + 200 * i}, kNow, 5002 + 200 * i);
        // The sender dies; twenty packets it sent just before, never delivered, come one every 900 ms.
        int accepted = 0;
        for (qint64 k = 0; k < 20; ++k) {
            const qint64 arrival = 7202 + 900 * k;
            qint64 late = -1;
            if (guard.check({kBoot, kBootTime, 11 + k, kNow, 3200 + 200 * k}, kNow, arrival, &late) ==
                Verdict::Accepted) {
                ++accepted;
                continue;
            }
            // The sign of life each one gives is when it was sent (our clock: +4002 ms), give or
            // take the 1 ms per second the baseline may creep: never as of its late arrival.
            const qint64 signAt = arrival - late;
            const qint64 sentAt = 3200 + 200 * k + 4002;
            QVERIFY2(signAt >= sentAt && signAt <= sentAt + 1 + 900 * k / 1000, qPrintable(QString::number(k)));
            QVERIFY(arrival - signAt > 1000 || k < 2); // so past the dead time from the third on
        }
        QCOMPARE(accepted, 1); // only the first, on time
        QCOMPARE(guard.replayed(), 19u);
    }

    void driftBetweenTheClocksIsFollowed()
    {
        // Our clock runs 500 ppm fast against the sender's for an hour: 1.8 s in all.
        ReplayGuard guard(1000);
        for (qint64 i = 1; i <= 18000; ++i) {
            const qint64 sender = 200 * i;
            const qint64 ours = 7000 + sender + sender / 2000;
            QCOMPARE(guard.check({kBoot, kBootTime, i, kNow, sender}, kNow, ours), Verdict::Accepted);
        }
    }

    void senderWithoutASteadyClockIsNotJudgedOnAge()
    {
        // An older agent during a rolling upgrade: only the sequence numbers protect it.
        ReplayGuard guard(1000);
        QCOMPARE(guard.check({kBoot, kBootTime, 1, kNow}, kNow, 0), Verdict::Accepted);
        QCOMPARE(guard.check({kBoot, kBootTime, 2, kNow}, kNow, 60000), Verdict::Accepted);
    }

    void olderBootReplacesASilentOneAfterTheClockSteppedBack()
    {
        ReplayGuard guard(1000);
        QCOMPARE(guard.check({kBoot, kBootTime, 1, kNow, 100}, kNow, 5000), Verdict::Accepted);
        // The peer restarts after an NTP step back: its new boot claims an earlier start.
        const qint64 stepped = kBootTime - 3600 * 1000;
        QCOMPARE(guard.check({kNewerBoot, stepped, 1, kNow, 50}, kNow, 5999), Verdict::OlderBoot);
        QCOMPARE(guard.check({kNewerBoot, stepped, 2, kNow, 1050}, kNow, 6000), Verdict::Accepted);
        QCOMPARE(guard.boot(), kNewerBoot);
        // The boot it replaced never comes back, however silent the new one is.
        QCOMPARE(guard.check({kBoot, kBootTime, 2, kNow, 300}, kNow, 60000), Verdict::OlderBoot);
    }

    void clockIsNotCheckedWithinTheCurrentBoot()
    {
        // Only the first packet of a boot needs a fresh `sent`: later ones are covered by the window.
        ReplayGuard guard = guardThatSaw({1});
        QCOMPARE(guard.check({kBoot, kBootTime, 2, kNow - 3600000}, kNow, 0), Verdict::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestReplayGuard)
#include "TestReplayGuard.moc"
