#include "agent/coordinator/GroupRecovery.h"

#include <QtTest>

using namespace twinha::agent;
using Step = GroupRecovery::Step;

namespace {
constexpr qint64 kWindowMs = 600000;
const QString g = QStringLiteral("g");
} // namespace

// What to do about a group that failed where it runs: restart it there, then move it, then
// restart it after growing pauses; forget failures older than the window; never pass a group
// back to the node it was moved away from within the window.
class TestGroupRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartsHereThenMoves()
    {
        GroupRecovery r(2, kWindowMs);
        r.failed(g, 1000);
        GroupRecovery::Plan p = r.next(g, 1000, true);
        QCOMPARE(p.step, Step::Restart);
        QCOMPARE(p.failures, 1);
        r.attempted(g, 1000);
        r.failed(g, 2000);
        QCOMPARE(r.next(g, 2000, true).step, Step::Restart);
        r.attempted(g, 2000);
        r.failed(g, 3000);
        p = r.next(g, 3000, true);
        QCOMPARE(p.step, Step::Move);
        QCOMPARE(p.failures, 3);
    }

    void noRestartsHereMovesAtOnce()
    {
        GroupRecovery r(0, kWindowMs);
        r.failed(g, 1000);
        QCOMPARE(r.next(g, 1000, true).step, Step::Move);
    }

    void withNowhereToGoRestartsAfterGrowingPauses()
    {
        GroupRecovery r(1, kWindowMs);
        r.failed(g, 0);
        QCOMPARE(r.next(g, 0, false).step, Step::Restart);
        r.attempted(g, 0);
        qint64 attempt = 0;
        qint64 pause = GroupRecovery::kFirstPauseMs;
        for (int i = 0; i < 4; ++i) {
            r.failed(g, attempt + 10); // the restart failed
            GroupRecovery::Plan p = r.next(g, attempt + 10, false);
            QCOMPARE(p.step, Step::Wait);
            QCOMPARE(p.atMs, attempt + pause);
            // Not a moment early.
            QCOMPARE(r.next(g, attempt + pause - 1, false).step, Step::Wait);
            QCOMPARE(r.next(g, attempt + pause, false).step, Step::Restart);
            attempt += pause;
            r.attempted(g, attempt);
            pause *= 2;
        }
    }

    void thePauseStopsGrowingAtItsLongest()
    {
        GroupRecovery r(0, 24LL * 3600 * 1000);
        qint64 now = 0;
        for (int i = 0; i < 40; ++i) {
            r.failed(g, now);
            const GroupRecovery::Plan p = r.next(g, now, false);
            if (p.step == Step::Wait)
                QVERIFY(p.atMs - now <= GroupRecovery::kLongestPauseMs);
            now = std::max(now, p.atMs);
            r.attempted(g, now);
        }
        r.failed(g, now);
        QCOMPARE(r.next(g, now, false).atMs - now, GroupRecovery::kLongestPauseMs);
    }

    void failuresOlderThanTheWindowAreForgotten()
    {
        GroupRecovery r(1, kWindowMs);
        r.failed(g, 0);
        r.attempted(g, 0);
        QCOMPARE(r.failures(g, kWindowMs - 1), 1);
        QCOMPARE(r.failures(g, kWindowMs), 0);
        r.failed(g, kWindowMs + 5);
        QCOMPARE(r.next(g, kWindowMs + 5, true).step, Step::Restart); // a first failure again
    }

    void aGroupMovedHereIsNotMovedBackWithinTheWindow()
    {
        GroupRecovery r(1, kWindowMs);
        r.arrived(g, 0);
        r.failed(g, 100);
        r.attempted(g, 100);
        r.failed(g, 200);
        GroupRecovery::Plan p = r.next(g, 200, true);
        QCOMPARE(p.step, Step::Wait); // restarted here instead, after the first pause
        QCOMPARE(p.atMs, 100 + GroupRecovery::kFirstPauseMs);
        QVERIFY(p.arrivedByMove);
        // Once the window has passed, it may move again.
        r.failed(g, kWindowMs + 10);
        r.attempted(g, kWindowMs + 10);
        r.failed(g, kWindowMs + 20);
        QCOMPARE(r.next(g, kWindowMs + 20, true).step, Step::Move);
    }

    void aMoveIsTriedOncePerWindow()
    {
        GroupRecovery r(0, kWindowMs);
        r.failed(g, 0);
        QCOMPARE(r.next(g, 0, true).step, Step::Move);
        r.attempted(g, 0, Step::Move);
        // The move rolled back (the peer could not start it): restarted here, not moved again.
        r.failed(g, 50);
        GroupRecovery::Plan p = r.next(g, 50, true);
        QCOMPARE(p.step, Step::Wait);
        QVERIFY(p.movedBefore);
        QVERIFY(!p.arrivedByMove);
        // The move did not work: the first pause.
        QCOMPARE(p.atMs, GroupRecovery::kFirstPauseMs);
        QCOMPARE(r.next(g, GroupRecovery::kFirstPauseMs, true).step, Step::Restart);
        r.attempted(g, kWindowMs);
        r.failed(g, kWindowMs + 1);
        QCOMPARE(r.next(g, kWindowMs + 1, true).step, Step::Move);
    }

    void oneIncidentCountsOnce()
    {
        GroupRecovery r(1, kWindowMs);
        // The service and its address found down in the same check: one failure.
        r.failed(g, 0);
        r.failed(g, 1);
        QCOMPARE(r.failures(g, 2), 1);
        QCOMPARE(r.next(g, 2, true).step, Step::Restart);
        r.attempted(g, 2);
        r.failed(g, 3); // the restart failed: a second one
        QCOMPARE(r.failures(g, 4), 2);
    }

    void aRestartThatWorkedAndLastedEndsThePauses()
    {
        GroupRecovery r(0, kWindowMs);
        r.failed(g, 0);
        r.attempted(g, 0);
        r.failed(g, 10); // did not work
        GroupRecovery::Plan p = r.next(g, 10, false);
        QCOMPARE(p.step, Step::Wait);
        QCOMPARE(p.atMs, GroupRecovery::kFirstPauseMs);
        r.attempted(g, p.atMs);
        r.succeeded(g, p.atMs); // it runs again, and keeps running
        const qint64 later = p.atMs + GroupRecovery::kStableMs;
        r.failed(g, later);
        QCOMPARE(r.next(g, later, false).step, Step::Restart); // at once, not after a longer pause
    }

    void aFlappingServiceIsNotRestartedInALoop()
    {
        GroupRecovery r(0, kWindowMs);
        r.failed(g, 0);
        QCOMPARE(r.next(g, 0, false).step, Step::Restart);
        qint64 now = 0;
        qint64 pause = GroupRecovery::kFirstPauseMs;
        for (int i = 0; i < 3; ++i) {
            r.attempted(g, now);
            r.succeeded(g, now + 100); // it starts...
            r.failed(g, now + 1000);   // ...and dies a second later
            const GroupRecovery::Plan p = r.next(g, now + 1000, false);
            QCOMPARE(p.step, Step::Wait);
            QCOMPARE(p.atMs, now + pause);
            now = p.atMs;
            pause *= 2;
        }
    }

    void anIncidentEndsWhenTheGroupRunsAgain()
    {
        GroupRecovery r(2, kWindowMs);
        r.failed(g, 0); // found down, then back by itself before any restart
        r.seenRunning(g);
        r.failed(g, 1000);
        QCOMPARE(r.failures(g, 1000), 2);
    }

    void groupsAreCountedApart()
    {
        GroupRecovery r(1, kWindowMs);
        r.failed(g, 0);
        r.attempted(g, 5);
        r.failed(g, 10);
        r.failed(QStringLiteral("other"), 20);
        QCOMPARE(r.next(g, 20, true).step, Step::Move);
        QCOMPARE(r.next(QStringLiteral("other"), 20, true).step, Step::Restart);
    }
};

QTEST_APPLESS_MAIN(TestGroupRecovery)
#include "TestGroupRecovery.moc"
