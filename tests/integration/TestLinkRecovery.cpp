#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "tests/integration/OwnLab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace twinha;
using agentlink::AgentClient;
using agentlink::LinkState;

// The link survives what real networks and servers do: an sshd that dies and comes back, and
// a node that hangs, without the console's event loop or the other node ever waiting on it.
class TestLinkRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSshdIsDetectedAndReconnectedAfterRestart()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        AgentClient client(lab.profile().nodes.value(1));
        client.setAutoReconnect(true);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LinkState::Ready, 15000);

        QElapsedTimer clock;
        clock.start();
        tests::signalWithChildren(lab.pid(QStringLiteral("NODE2_SSHD_PID")), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LinkState::Disconnected, 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()))); // EOF, not the silence timer

        // Start node2's sshd again with its own configuration, as systemd would.
        QProcess sshd;
        sshd.setProcessChannelMode(QProcess::MergedChannels);
        sshd.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                                      lab.dir() + QStringLiteral("/node2/sshd_config")});
        QVERIFY(sshd.waitForStarted(5000));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LinkState::Ready, 40000); // backoff is at most 30 s
        QVERIFY(client.attempts() >= 2);
        client.stop();
        tests::signalWithChildren(sshd.processId(), SIGTERM);
        sshd.waitForFinished(5000);
    }

    void stalledNodeLeavesTheOtherNodeFlowingAndTheEventLoopFree()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        agentlink::LinkTimeouts timeouts;
        timeouts.silenceMs = 4000;
        agentlink::ClusterMonitor monitor(lab.profile(), timeouts);
        monitor.start(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.allReached(), 15000);

        // Freeze node2's sshd and its session process: TCP stays open, nothing answers.
        tests::signalWithChildren(lab.pid(QStringLiteral("NODE2_SSHD_PID")), SIGSTOP);
        QSignalSpy node1Updates(&monitor, &agentlink::ClusterMonitor::nodeChanged);

        // Measure how late a 20 ms timer fires on this thread while node2 hangs.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer tick;
        tick.setInterval(20);
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.node(1).link, LinkState::Disconnected, 12000);
        const qint64 detectedMs = clock.elapsed();
        QTest::qWait(3000); // and while it tries to reconnect to the frozen server
        tick.stop();

        int fromNode1 = 0;
        for (const QList<QVariant>& args : node1Updates)
            fromNode1 += args.first().toInt() == 0 ? 1 : 0;
        QVERIFY2(fromNode1 >= 3, qPrintable(QString::number(fromNode1))); // pushes every 2 s kept coming
        QCOMPARE(monitor.node(0).link, LinkState::Ready);
        QVERIFY2(detectedMs <= timeouts.silenceMs + 2000, qPrintable(QString::number(detectedMs)));
        QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worstGap)));
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestLinkRecovery)
#include "TestLinkRecovery.moc"
