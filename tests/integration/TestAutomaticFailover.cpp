#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <csignal>

using namespace twinha;
using namespace twinha::tests;

// Automatic failover in labs with [failover] automatic = true (dead time 1000 ms). Each test has
// its lab, since each breaks an agent.
class TestAutomaticFailover : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDeadTimeMs = 1000;
    // A noisy 2-core machine: detection, the tiebreaker probe and the start may each be late.
    static constexpr int kTakeoverBoundMs = kDeadTimeMs + 4000;

    static bool settled(OwnLab& lab)
    {
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        // Failover needs the lag the active node last published: wait until it has measured one.
        return waitUntil(
                   [&] { return firstLine(lab.value(QStringLiteral("VIP_HOLDER_FILE"))) == QLatin1String("node1"); },
                   15000) &&
               waitUntil(
                   [&] {
                       return channelStatus(c1.status(), QStringLiteral("data"))[QStringLiteral("lag_s")].isDouble();
                   },
                   15000) &&
               waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                         15000);
    }

private Q_SLOTS:
    void standbyTakesOverWithinTheDeadTimeWhenTheActiveAgentIsKilled()
    {
        OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        ControlClient c2(lab.socket(2));
        const qint64 epochBefore = c2.status().value(QStringLiteral("epoch")).toInteger();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node2"); }, kTakeoverBoundMs));
        const qint64 tookMs = clock.elapsed();
        qInfo("takeover %lld ms after kill -9 (dead time %d ms)", tookMs, kDeadTimeMs);
        // The dead time runs from the last heartbeat heard, up to one interval (200 ms) before the kill.
        QVERIFY2(tookMs >= kDeadTimeMs - 250, "took over before the dead time passed");
        const QJsonObject status = c2.status();
        QCOMPARE(status.value(QStringLiteral("role")).toString(), QStringLiteral("active"));
        QVERIFY(status.value(QStringLiteral("epoch")).toInteger() > epochBefore);
        const QJsonObject op =
            finishedOperation(c2, status[QStringLiteral("operation")][QStringLiteral("id")].toString(), 5000);
        QCOMPARE(op.value(QStringLiteral("kind")).toString(), QStringLiteral("failover"));
        QCOMPARE(op.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    }

    void staleActiveNodeStepsDownWhenItResumes()
    {
        OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        QVERIFY(settled(lab));
        const pid_t node1 = pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID")));
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QCOMPARE(::kill(node1, SIGSTOP), 0);
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node2"); }, kTakeoverBoundMs));
        ControlClient c2(lab.socket(2));
        const qint64 newEpoch = c2.status().value(QStringLiteral("epoch")).toInteger();
        QCOMPARE(::kill(node1, SIGCONT), 0);
        ControlClient c1(lab.socket(1));
        // node1 wakes up still believing it is active, at the older epoch: it must yield.
        QVERIFY(waitUntil(
            [&] {
                return !holds(c1) && groupStatus(c1.status(), QStringLiteral("service"))[QStringLiteral("state")] ==
                                         QLatin1String("stopped");
            },
            10000));
        QVERIFY(c1.status().value(QStringLiteral("epoch")).toInteger() >= newEpoch);
        QVERIFY(holds(c2));
        QCOMPARE(firstLine(holderFile), QStringLiteral("node2")); // exactly one holder
        QVERIFY(waitUntil(
            [&] {
                return !c1.status()[QStringLiteral("split_brain")].toBool() &&
                       !c2.status()[QStringLiteral("split_brain")].toBool();
            },
            5000));
        const auto events = c1.call(QStringLiteral("events.list"), {{QStringLiteral("limit"), 1000}});
        QVERIFY(events);
        bool steppedDown = false;
        for (const QJsonValue& e : events->result[QStringLiteral("events")].toArray())
            steppedDown |= e[QStringLiteral("type")] == QLatin1String("step_down") &&
                           e[QStringLiteral("data")][QStringLiteral("code")] == QLatin1String("SPLIT_BRAIN");
        QVERIFY(steppedDown);
    }
};

QTEST_GUILESS_MAIN(TestAutomaticFailover)
#include "TestAutomaticFailover.moc"
