#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/LabEnvironment.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cerrno>

#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace twinha;
using namespace twinha::tests;

namespace {
// Stops one thread of another process and only that one: a ptrace stop is per thread, unlike
// SIGSTOP. Holding the daemon's main thread (tid = pid) is a main loop stuck in an fsync on a dead
// disk, a walk of a huge tree or a slow child, while the rest of the process runs on.
class ThreadHold
{
public:
    explicit ThreadHold(pid_t tid)
        : m_tid(tid)
    {
        int status = 0;
        m_seized = ::ptrace(PTRACE_SEIZE, tid, nullptr, nullptr) == 0;
        m_seizeErrno = m_seized ? 0 : errno;
        m_held = m_seized && ::ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr) == 0 &&
                 ::waitpid(tid, &status, __WALL) == tid;
    }
    ~ThreadHold() { ::ptrace(PTRACE_DETACH, m_tid, nullptr, nullptr); }
    bool isHeld() const { return m_held; }
    // ptrace itself is forbidden here (a container's seccomp or Yama policy), not failing.
    bool isForbidden() const { return !m_seized && m_seizeErrno == EPERM; }

private:
    pid_t m_tid;
    bool m_seized = false;
    int m_seizeErrno = 0;
    bool m_held = false;
};
} // namespace

// The daemon's main loop held for five dead times on the active node, under automatic failover:
// the peer must hear every heartbeat, nobody may take over, and the service must keep running.
class TestMainLoopStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeNodesMainLoopHeldForFiveDeadTimesCausesNoFailover()
    {
        if (::geteuid() != 0)
            QSKIP("holding another process's thread (ptrace) needs root");
        OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        const QString holderFile = lab.value(QStringLiteral("VIP_HOLDER_FILE"));
        QVERIFY(waitUntil([&] { return firstLine(holderFile) == QLatin1String("node1"); }, 15000));
        ControlClient c2(lab.socket(2));
        QVERIFY(waitUntil([&] { return c2.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                          15000));
        const qint64 epochBefore = c2.status().value(QStringLiteral("epoch")).toInteger();

        qint64 longestSilence = 0;
        {
            ThreadHold hold(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))));
            if (hold.isForbidden())
                QSKIP("ptrace is forbidden on this machine, so no single thread can be held");
            QVERIFY2(hold.isHeld(), "cannot hold the agent's main thread");
            QElapsedTimer held;
            held.start();
            while (held.elapsed() < 5000) {
                const QJsonObject status = c2.status();
                QVERIFY2(
                    status[QStringLiteral("peer")][QStringLiteral("alive")].toBool(),
                    qPrintable(QStringLiteral("node2 declared node1 dead %1 ms into the hold").arg(held.elapsed())));
                longestSilence =
                    std::max(longestSilence, status[QStringLiteral("peer")][QStringLiteral("silence_ms")].toInteger());
                QCOMPARE(firstLine(holderFile), QStringLiteral("node1"));
                QTest::qWait(50);
            }
        }
        qInfo("longest silence node2 saw while node1's main loop was held: %lld ms", longestSilence);
        QVERIFY(longestSilence < 1000);
        // After the hold: node1 goes on as before, and nobody failed over.
        ControlClient c1(lab.socket(1));
        QVERIFY(
            waitUntil([&] { return c1.status()[QStringLiteral("role")].toString() == QLatin1String("active"); }, 5000));
        QTest::qWait(1500); // a failover decided during the hold would show by now
        QCOMPARE(firstLine(holderFile), QStringLiteral("node1"));
        QCOMPARE(c2.status().value(QStringLiteral("role")).toString(), QStringLiteral("standby"));
        QCOMPARE(c2.status().value(QStringLiteral("epoch")).toInteger(), epochBefore);
    }
};

QTEST_GUILESS_MAIN(TestMainLoopStall)
#include "TestMainLoopStall.moc"
