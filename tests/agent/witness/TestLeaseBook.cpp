#include "agent/witness/LeaseBook.h"
#include "agent/witness/LeaseTerms.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QtTest>

using namespace twinha::agent;

// The witness's rules, on a clock the test drives: one holder at a time, a new holder only after
// the old lease has certainly run out, never a grant that is not on disk first, and a restarted
// witness that never gives away a lease an earlier run may still have out.
class TestLeaseBook : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kTtl = 2000;

    static WitnessRequest ask(const QString& node, WitnessRequest::Kind kind = WitnessRequest::Kind::Acquire)
    {
        static qint64 seq = 0;
        WitnessRequest r;
        r.cluster = QStringLiteral("mail");
        r.group = QStringLiteral("service");
        r.node = node;
        r.boot = QStringLiteral("0123456789abcdef");
        r.seq = ++seq;
        r.kind = kind;
        r.ttlMs = kTtl;
        r.epoch = 3;
        return r;
    }

    static qint64 drift() { return LeaseTerms{kTtl}.driftMarginMs(); }

    // A book whose saves are counted and can be made to fail.
    struct Disk
    {
        int saves = 0;
        bool full = false;
        QJsonObject last;
    };
    static LeaseBook bookOn(Disk& disk, qint64 startMs)
    {
        return LeaseBook(startMs, [&disk](const QJsonObject& doc) {
            if (disk.full)
                return false;
            ++disk.saves;
            disk.last = doc;
            return true;
        });
    }

    // A book that has run for a long time, so the restart rule does not apply, with n1 holding at `now`.
    static LeaseBook heldByN1(Disk& disk, qint64 now)
    {
        LeaseBook book = bookOn(disk, now - 10 * kTtl);
        if (!book.answer(ask(QStringLiteral("n1")), now).granted)
            qFatal("a free lease was not granted");
        return book;
    }

private Q_SLOTS:
    void anotherNodeWaitsForTheLeaseToRunOutPlusDrift()
    {
        Disk disk;
        const qint64 t0 = 100000;
        LeaseBook book = heldByN1(disk, t0);
        QCOMPARE(book.entry(QStringLiteral("mail"), QStringLiteral("service")).generation, 1);

        WitnessReply r = book.answer(ask(QStringLiteral("n2")), t0 + kTtl);
        QVERIFY(!r.granted);
        QCOMPARE(r.holder, QStringLiteral("n1"));
        QCOMPARE(r.code, QString::fromLatin1(twinha::protocol::codes::kWitnessLeaseHeld));
        QCOMPARE(r.remainingMs, drift()); // the reply says when to ask again

        r = book.answer(ask(QStringLiteral("n2")), t0 + kTtl + drift() - 1);
        QVERIFY(!r.granted);
        r = book.answer(ask(QStringLiteral("n2")), t0 + kTtl + drift());
        QVERIFY(r.granted);
        QCOMPARE(r.holder, QStringLiteral("n2"));
        QCOMPARE(r.generation, 2);
        QCOMPARE(disk.saves, 2); // each new holder was saved; nothing else was
    }

    void holderRenewalKeepsTheOtherNodeOut()
    {
        Disk disk;
        const qint64 t0 = 100000;
        LeaseBook book = heldByN1(disk, t0);
        for (qint64 t = t0; t < t0 + 5 * kTtl; t += kTtl / 8) {
            QVERIFY(book.answer(ask(QStringLiteral("n1")), t).granted);
            QVERIFY2(!book.answer(ask(QStringLiteral("n2")), t + 1).granted, qPrintable(QString::number(t - t0)));
        }
        QCOMPARE(book.entry(QStringLiteral("mail"), QStringLiteral("service")).generation, 1);
        QCOMPARE(disk.saves, 1); // renewals are not written
    }

    void releaseFreesTheLeaseAtOnce()
    {
        Disk disk;
        const qint64 t0 = 100000;
        LeaseBook book = heldByN1(disk, t0);
        QVERIFY(!book.answer(ask(QStringLiteral("n2"), WitnessRequest::Kind::Release), t0 + 1).granted);
        QCOMPARE(book.entry(QStringLiteral("mail"), QStringLiteral("service")).holder, QStringLiteral("n1"));
        const WitnessReply released = book.answer(ask(QStringLiteral("n1"), WitnessRequest::Kind::Release), t0 + 2);
        QVERIFY(!released.granted);
        QVERIFY(released.holder.isEmpty());
        const WitnessReply r = book.answer(ask(QStringLiteral("n2")), t0 + 3);
        QVERIFY(r.granted);
        QCOMPARE(r.generation, 2);
    }

    void aGroupWithNoRecordWaitsOneTtlAfterStart()
    {
        // The record may have been lost with a disk: an earlier run may still have a lease out.
        Disk disk;
        LeaseBook book = bookOn(disk, 5000);
        WitnessReply r = book.answer(ask(QStringLiteral("n1")), 5100);
        QVERIFY(!r.granted);
        QCOMPARE(r.remainingMs, kTtl + drift() - 100);
        QVERIFY(!book.answer(ask(QStringLiteral("n1")), 5000 + kTtl + drift() - 1).granted);
        QVERIFY(book.answer(ask(QStringLiteral("n1")), 5000 + kTtl + drift()).granted);
    }

    void restartedWitnessKeepsTheSavedHolderAndNeverGrantsBackwards()
    {
        Disk disk;
        const qint64 t0 = 100000;
        {
            LeaseBook book = heldByN1(disk, t0);
            QVERIFY(book.answer(ask(QStringLiteral("n1")), t0 + 500).granted);
        }
        // The new process's clock starts anywhere; the saved holder's lease runs a full TTL from the start.
        Disk disk2;
        LeaseBook book = bookOn(disk2, 70);
        QVERIFY(book.restore(disk.last));
        QVERIFY(!book.answer(ask(QStringLiteral("n2")), 70 + kTtl).granted);
        QVERIFY(book.answer(ask(QStringLiteral("n1")), 80).granted); // the holder renews at once
        QVERIFY(!book.answer(ask(QStringLiteral("n2")), 80 + kTtl + drift() - 1).granted);
        const WitnessReply r = book.answer(ask(QStringLiteral("n2")), 80 + kTtl + drift());
        QVERIFY(r.granted);
        QCOMPARE(r.generation, 2); // counted on from the record, not from zero
    }

    void aFullDiskRefusesNewHoldersButLetsTheHolderRenew()
    {
        Disk disk;
        const qint64 t0 = 100000;
        LeaseBook book = heldByN1(disk, t0);
        disk.full = true;
        const WitnessReply renewed = book.answer(ask(QStringLiteral("n1")), t0 + 100);
        QVERIFY(renewed.granted);
        book.answer(ask(QStringLiteral("n1"), WitnessRequest::Kind::Release), t0 + 200);
        const WitnessReply r = book.answer(ask(QStringLiteral("n2")), t0 + 300);
        QVERIFY(!r.granted);
        QCOMPARE(r.code, QString::fromLatin1(twinha::protocol::codes::kWitnessStoreFailed));
        QVERIFY(book.entry(QStringLiteral("mail"), QStringLiteral("service")).holder.isEmpty());
        disk.full = false;
        QVERIFY(book.answer(ask(QStringLiteral("n2")), t0 + 400).granted);
    }

    void restoreRefusesWhatIsNotARecord()
    {
        Disk disk;
        LeaseBook book = bookOn(disk, 0);
        QVERIFY(!book.restore(QJsonObject{{QStringLiteral("leases"), QJsonObject()}}));
    }

    void termsLeaveTheHolderTimeToStopBeforeAnyoneElseStarts()
    {
        for (const qint64 ttl : {1000, 2000, 5000, 30000}) {
            const LeaseTerms t{ttl};
            // Holder: sent at 0, runs until runUntil; witness: received at >= 0, frees at >= ttl + drift.
            QVERIFY(t.runUntilMs(0) < ttl);
            QVERIFY(t.takeoverWaitMs() - t.runUntilMs(0) >= 250 + 50);
            QVERIFY(t.renewEveryMs() * 4 <= t.runUntilMs(0)); // several renewals may be lost first
        }
    }
};

QTEST_GUILESS_MAIN(TestLeaseBook)
#include "TestLeaseBook.moc"
