#include "agent/resources/ResourceMonitor.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "tests/agent/resources/ResourceTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace twinha::agent;
using namespace twinha::agent::test;
using twinha::protocol::RpcError;
namespace codes = twinha::protocol::codes;

class TestResourceMonitor : public QObject
{
    Q_OBJECT

private:
    static constexpr int kIntervalMs = 300;
    QTemporaryDir m_dir;

    // A real service: start launches a sleep and records its pid, status checks that process,
    // and every start is counted so a restart would show.
    GroupConfig serviceGroup(const QString& tag)
    {
        const QString pidFile = m_dir.filePath(tag + ".pid");
        const QString starts = m_dir.filePath(tag + ".starts");
        const QString checks = m_dir.filePath(tag + ".checks");
        GroupConfig g;
        g.name = tag;
        g.resources << scriptResource(
            "daemon",
            QStringLiteral("echo x >> '%1'; sleep 100 > /dev/null 2>&1 & echo $! > '%2'").arg(starts, pidFile),
            QStringLiteral("kill $(cat '%1')").arg(pidFile),
            QStringLiteral("echo x >> '%1'; %2").arg(checks, aliveCheck(pidFile)));
        return g;
    }
    qint64 pidOf(const QString& tag) const { return readLines(m_dir.filePath(tag + ".pid")).value(0).toLongLong(); }
    int startsOf(const QString& tag) const { return readLines(m_dir.filePath(tag + ".starts")).size(); }
    int checksOf(const QString& tag) const { return readLines(m_dir.filePath(tag + ".checks")).size(); }

    static bool startGroup(ResourceGroup& g)
    {
        QSignalSpy spy(&g, &ResourceGroup::startFinished);
        return g.start() && spy.wait(10000) && spy.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void resourceKilledBehindItsBackIsFailedWithinTwoIntervals()
    {
        ResourceGroup group(serviceGroup("killed"), "c1", "n1");
        QVERIFY(startGroup(group));
        ResourceMonitor monitor(kIntervalMs);
        monitor.addGroup(&group);
        QSignalSpy failed(&monitor, &ResourceMonitor::resourceFailed);
        monitor.start();
        QTest::qWait(2 * kIntervalMs);
        QCOMPARE(failed.size(), 0); // healthy: no false alarm
        QVERIFY(checksOf("killed") >= 1);

        QVERIFY(::kill(pid_t(pidOf("killed")), SIGKILL) == 0);
        QElapsedTimer sinceKill;
        sinceKill.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        // Two intervals, plus the time the status command itself takes.
        QVERIFY2(sinceKill.elapsed() <= 2 * kIntervalMs + 400, qPrintable(QString::number(sinceKill.elapsed())));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("killed"));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("daemon"));
        const RpcError reason = failed.at(0).at(2).value<RpcError>();
        QCOMPARE(reason.code, QString::fromLatin1(codes::kResourceNotRunning));
        QCOMPARE(reason.params.value("group").toString(), QStringLiteral("killed"));
        QCOMPARE(group.resource("daemon")->state(), Resource::State::Failed);
        QCOMPARE(group.state(), ResourceGroup::State::Failed);
    }

    void monitorNeverRestartsAFailedResource()
    {
        ResourceGroup group(serviceGroup("norestart"), "c1", "n1");
        QVERIFY(startGroup(group));
        ResourceMonitor monitor(kIntervalMs);
        monitor.addGroup(&group);
        QSignalSpy failed(&monitor, &ResourceMonitor::resourceFailed);
        monitor.start();
        QVERIFY(::kill(pid_t(pidOf("norestart")), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(startsOf("norestart"), 1);
        QCOMPARE(failed.size(), 1); // reported once, not on every tick
        QCOMPARE(group.state(), ResourceGroup::State::Failed);
    }

    void stoppedGroupsAreNotChecked()
    {
        ResourceGroup group(serviceGroup("idle"), "c1", "n1");
        ResourceMonitor monitor(kIntervalMs);
        monitor.addGroup(&group);
        monitor.start();
        QVERIFY(monitor.isActive());
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(checksOf("idle"), 0);
    }

    void stoppedMonitorChecksNothing()
    {
        ResourceGroup group(serviceGroup("paused"), "c1", "n1");
        QVERIFY(startGroup(group));
        ResourceMonitor monitor(kIntervalMs);
        monitor.addGroup(&group);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(checksOf("paused") >= 1, 3000);
        monitor.stop();
        QTest::qWait(kIntervalMs / 2); // a check already under way may still finish
        const int checks = checksOf("paused");
        QTest::qWait(3 * kIntervalMs);
        QCOMPARE(checksOf("paused"), checks);
        ::kill(pid_t(pidOf("paused")), SIGKILL);
    }

    void cleanupTestCase()
    {
        for (const QString& tag : {QStringLiteral("killed"), QStringLiteral("norestart"), QStringLiteral("idle")})
            if (const qint64 pid = pidOf(tag); pid > 0)
                ::kill(pid_t(pid), SIGKILL);
    }
};

QTEST_GUILESS_MAIN(TestResourceMonitor)
#include "TestResourceMonitor.moc"
