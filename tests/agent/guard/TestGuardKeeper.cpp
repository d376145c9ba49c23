#include "agent/guard/DeadManGuard.h"
#include "agent/guard/GuardCommand.h"
#include "agent/guard/GuardKeeper.h"
#include "agent/heartbeat/HeartbeatPacket.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace twinha::agent;

// The dead-man guard: it stops the groups it was told about when no word comes before the
// deadline, never while the agent keeps talking, never for "never", and a second guard leaves
// the first one in charge.
class TestGuardKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AgentConfig config() const
    {
        AgentConfig c;
        c.cluster.name = QStringLiteral("c");
        c.nodes = {{QStringLiteral("n1")}, {QStringLiteral("n2")}};
        ResourceConfig r;
        r.name = QStringLiteral("svc");
        r.typeName = QStringLiteral("script");
        r.type = ResourceType::Script;
        r.start = QStringLiteral("true");
        r.status = QStringLiteral("true");
        r.stop = QStringLiteral("echo stopped >> '%1'").arg(stoppedFile());
        c.groups = {{QStringLiteral("g"), QStringLiteral("n1"), {r}}};
        return c;
    }
    QString stoppedFile() const { return m_dir.filePath(QStringLiteral("stopped")); }
    static QByteArray report(qint64 stopAfterMs, bool held = true)
    {
        return QByteArray(R"({"held": [)") + (held ? R"("g")" : "") +
               "], \"stop_after_ms\": " + QByteArray::number(stopAfterMs) + "}\n";
    }

    // A word as the agent writes it: when it wrote it, and when its last heartbeat went out, the
    // round before 50 ms earlier (the fast profile's interval). `resumeWithinMs` counts from the
    // last heartbeat here, as the tests read it; the word counts it from the round before.
    static QByteArray word(qint64 stopAfterMs, qint64 sentAt, qint64 heartbeatAt, qint64 resumeWithinMs)
    {
        return QStringLiteral(R"({"held": ["g"], "stop_after_ms": %1, "sent_at": %2, "heartbeat_at": %3, )"
                              R"("heartbeat_round_before_at": %4, "resume_within_ms": %5})")
                   .arg(stopAfterMs)
                   .arg(sentAt)
                   .arg(heartbeatAt)
                   .arg(heartbeatAt - kRoundMs)
                   .arg(resumeWithinMs + kRoundMs)
                   .toUtf8() +
               '\n';
    }
    static constexpr qint64 kRoundMs = 50;

private Q_SLOTS:
    void init() { QFile::remove(stoppedFile()); }

    void stopsTheHeldGroupsAtTheDeadline()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        QElapsedTimer t;
        t.start();
        keeper.onReport(report(300));
        QVERIFY(stopped.wait(2000));
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(stopped.first().first().toStringList(), QStringList{QStringLiteral("g")});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stoppedFile()), 3000); // the group's own stop command ran
    }

    void aWordBeforeTheDeadlinePutsItOff()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        for (int i = 0; i < 8; ++i) {
            keeper.onReport(report(300));
            QTest::qWait(150);
        }
        QVERIFY(stopped.isEmpty());
        keeper.onReport(report(-1)); // manual failover, maintenance: never
        QTest::qWait(500);
        QVERIFY(stopped.isEmpty());
        keeper.onReport(report(100, false)); // nothing held
        QTest::qWait(300);
        QVERIFY(stopped.isEmpty());
        QVERIFY(!QFile::exists(stoppedFile()));
    }

    void aSecondGuardLeavesTheFirstInCharge()
    {
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper first(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(first.listen(socket, &error), qPrintable(error));
        GuardKeeper second(config(), QStringLiteral("n1"));
        QVERIFY(!second.listen(socket, &error));
        QVERIFY(error.contains(QLatin1String("another guard")));
        // An agent's report reaches the first one over the socket.
        QLocalSocket agent;
        agent.connectToServer(socket);
        QVERIFY(agent.waitForConnected(1000));
        agent.write(report(5000));
        agent.flush();
        QTRY_COMPARE_WITH_TIMEOUT(first.held(), QStringList{QStringLiteral("g")}, 2000);
    }

    void aRestartedAgentsFirstWordPutsOffItsPredecessorsDeadline()
    {
        // The daemon that went away said 300 ms. Its successor's first report must reach the guard
        // by itself: one that only connected, and waited for the next report to say anything, let
        // the deadline pass during a restart (TestNetnsAgentRestart).
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(keeper.listen(socket, &error), qPrintable(error));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        keeper.onReport(report(300));
        DeadManGuard successor(
            {QStringLiteral("/nonexistent/twinha-agent"), QString(), QStringLiteral("n1"), m_dir.path()});
        successor.report({QStringLiteral("g")}, 5000);
        QTest::qWait(800); // well past the predecessor's deadline, with no further report
        QVERIFY(stopped.isEmpty());
        QCOMPARE(keeper.held(), QStringList{QStringLiteral("g")});
        QVERIFY(!QFile::exists(stoppedFile()));
    }

    // The agent hears from its guard that the group was stopped, once the stop is over, so that it
    // can start the group again if the peer did not take it over (Coordinator::onGuardStopped).
    void theAgentHearsOfTheStop()
    {
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(keeper.listen(socket, &error), qPrintable(error));
        DeadManGuard agent(
            {QStringLiteral("/nonexistent/twinha-agent"), QString(), QStringLiteral("n1"), m_dir.path()});
        QSignalSpy heard(&agent, &DeadManGuard::guardStop);
        agent.report({QStringLiteral("g")}, 200);
        QVERIFY(heard.wait(3000));
        QCOMPARE(heard.first().at(0).toString(), QStringLiteral("g"));
        QCOMPARE(heard.first().at(1).toBool(), false); // stopping
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 2, 3000);
        QCOMPARE(heard.last().at(0).toString(), QStringLiteral("g"));
        QCOMPARE(heard.last().at(1).toBool(), true); // stopped
        QCOMPARE(heard.last().at(2).toBool(), true);
        QVERIFY(QFile::exists(stoppedFile())); // told it is over once it is
    }

    // The whole machine pauses: neither the guard nor the agent runs, and the guard's deadline
    // passes meanwhile. The agent's first word after it shows a heartbeat about 140 ms after the last, in
    // time for a peer that waits 175 ms: the groups run on. (The bench_netns_false_failover run of
    // 2026-12-05 saw eight such stops of a healthy node in 10 minutes with the fast profile.)
    void aLateGuardTakesAWordThatShowsTheHeartbeatsWentOnInTime()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        const qint64 t0 = steadyMs();
        keeper.onReport(word(100, t0, t0, 175));
        QThread::msleep(140); // the guard cannot run; its deadline passes
        QTimer::singleShot(1, &keeper, [&keeper] {
            const qint64 t = steadyMs(); // the agent runs again, and its heartbeat goes out
            keeper.onReport(word(100, t, t, 175));
        });
        QTest::qWait(80); // past the grace; the new word's deadline is still ahead
        QVERIFY2(stopped.isEmpty(), "a healthy node's groups were stopped");
        QCOMPARE(keeper.held(), QStringList{QStringLiteral("g")});
        QVERIFY(stopped.wait(2000)); // and the agent's silence from there is a deadline again
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stoppedFile()), 3000);
    }

    // A pause longer than the peer waits: the peer may be taking over, so the first word after it,
    // whatever it says, does not save the groups.
    void aWordAfterTheHeartbeatsStoppedTooLongStops()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        const qint64 t0 = steadyMs();
        keeper.onReport(word(100, t0, t0, 175));
        QThread::msleep(190);
        const qint64 t = steadyMs();
        keeper.onReport(word(500, t, t, 175)); // read before the guard's own timer runs
        QTest::qWait(100);
        QCOMPARE(stopped.count(), 1);
    }

    // The peer's dead time runs from the last heartbeat it heard. If the last round went out late
    // (here 150 ms after the one before) and was lost, the peer counts from the round before: a
    // heartbeat 100 ms after the last one is then too late, though it would not be after a round on
    // time.
    void aLateWordCountsFromTheRoundBeforeTheLast()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        const qint64 t0 = steadyMs();
        keeper.onReport(QStringLiteral(R"({"held": ["g"], "stop_after_ms": 60, "sent_at": %1, "heartbeat_at": %1, )"
                                       R"("heartbeat_round_before_at": %2, "resume_within_ms": 225})")
                            .arg(t0)
                            .arg(t0 - 150)
                            .toUtf8());
        QThread::msleep(100);
        const qint64 t = steadyMs(); // past t0 - 150 + 225
        keeper.onReport(word(500, t, t, 175));
        QTest::qWait(50);
        QCOMPARE(stopped.count(), 1);
    }

    // The agent speaks again after a pause, but no heartbeat has gone out since (its thread has not
    // run yet): the guard waits for one no longer than its grace, then stops.
    void aLateWordWithoutANewHeartbeatOnlyWaits()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        const qint64 t0 = steadyMs();
        keeper.onReport(word(100, t0, t0, 1000));
        QThread::msleep(130); // the deadline passes while the guard is held: a grace of kGraceMs
        QTimer::singleShot(5, &keeper, [&keeper, t0] { keeper.onReport(word(500, steadyMs(), t0, 1000)); });
        QTest::qWait(100 + GuardKeeper::kGraceMs);
        QCOMPARE(stopped.count(), 1);
    }

    // A word the agent wrote before the deadline counts even when the guard reads it after: the
    // guard's timer can come before its socket.
    void aWordWrittenBeforeTheDeadlineCountsWhenReadAfterIt()
    {
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(keeper.listen(socket, &error), qPrintable(error));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        QLocalSocket agent;
        agent.connectToServer(socket);
        QVERIFY(agent.waitForConnected(1000));
        agent.write(word(5000, steadyMs(), steadyMs(), 0));
        agent.flush();
        QTRY_COMPARE_WITH_TIMEOUT(keeper.held(), QStringList{QStringLiteral("g")}, 2000);
        const qint64 t0 = steadyMs();
        keeper.onReport(word(100, t0, t0, 0));
        QThread::msleep(50);
        agent.write(word(1000, steadyMs(), steadyMs(), 0)); // in time, and waiting in the socket
        agent.flush();
        QThread::msleep(100); // the guard is held until past the first deadline
        QTest::qWait(150);
        QVERIFY2(stopped.isEmpty(), "a word written in time was not read");
        QCOMPARE(keeper.held(), QStringList{QStringLiteral("g")});
    }
};

QTEST_GUILESS_MAIN(TestGuardKeeper)
#include "TestGuardKeeper.moc"
