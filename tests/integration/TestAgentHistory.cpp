#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "tests/integration/ControlClient.h"
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/integration/OwnLab.h"
#include "ui/charts/ChartsPanel.h"
#include "ui/charts/HistoryChart.h"
#include "ui/events/EventText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QToolButton>
#include <QtTest>

#include <csignal>

using namespace twinha::tests;

namespace {

QList<QVariant> series(ControlClient& c, const QString& name, qint64 fromMs, qint64 toMs)
{
    const auto reply = c.call(QStringLiteral("history.get"), {{QStringLiteral("series"), QJsonArray{name}},
                                                              {QStringLiteral("from"), fromMs},
                                                              {QStringLiteral("to"), toMs},
                                                              {QStringLiteral("step"), 1000}});
    if (!reply || reply->kind != twinha::protocol::RpcMessage::Kind::Result)
        return {};
    return reply->result[QStringLiteral("series")][0][QStringLiteral("values")].toArray().toVariantList();
}

int present(const QList<QVariant>& values)
{
    return int(std::count_if(values.cbegin(), values.cend(), [](const QVariant& v) { return !v.isNull(); }));
}

QStringList commandLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList args;
    for (const QByteArray& a : f.readAll().split('\0'))
        if (!a.isEmpty())
            args << QString::fromLocal8Bit(a);
    return args;
}

} // namespace

// The agents keep their own history (agent/history): history.get answers with the seconds the
// node has run, as it saw them (the group runs on node1, not on node2), and an agent that is
// stopped and started again still has what came before, with the time it was away as a gap. The
// console's charts open with it, mark a switchover where it happened, and a longer range asks the
// nodes again at a coarser step.
class TestAgentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyIsKeptByTheAgentsAndOutlivesARestart()
    {
        OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ControlClient c1(lab.socket(1));
        ControlClient c2(lab.socket(2));
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const QString rtt = QStringLiteral("link.loopback.rtt_ms");
        const QString active = QStringLiteral("group.service.active");
        QVERIFY(waitUntil([&] { return present(series(c1, rtt, start, QDateTime::currentMSecsSinceEpoch())) >= 4; },
                          15000));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<QVariant> on1 = series(c1, active, start, now);
        const QList<QVariant> on2 = series(c2, active, start, now);
        QVERIFY(present(on1) >= 3 && present(on2) >= 3);
        for (const QVariant& v : on1.mid(1)) // the first second may predate the start
            QVERIFY(v.isNull() || v.toDouble() == 1.0);
        for (const QVariant& v : on2)
            QVERIFY(v.isNull() || v.toDouble() == 0.0);
        for (const QVariant& v : series(c1, rtt, start, now))
            QVERIFY(v.isNull() || (v.toDouble() >= 0 && v.toDouble() < 1000));

        // node1's agent stops (SIGTERM, as systemd stops it) and starts again 3 s later.
        const qint64 pid = lab.pid(QStringLiteral("NODE1_AGENT_PID"));
        const QStringList args = commandLine(pid);
        QVERIFY(args.size() > 2);
        const qint64 beforeStop = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QVERIFY(waitUntil([&] { return ::kill(pid_t(pid), 0) != 0; }, 10000));
        const qint64 stopped = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(3000);
        QProcess agent;
        agent.setStandardOutputFile(lab.file(QStringLiteral("node1/agent.log")), QIODevice::Append);
        agent.setStandardErrorFile(lab.file(QStringLiteral("node1/agent.log")), QIODevice::Append);
        agent.setStandardInputFile(QProcess::nullDevice());
        qint64 newPid = 0;
        agent.setProgram(args.first());
        agent.setArguments(args.mid(1));
        QVERIFY(agent.startDetached(&newPid));
        auto stop = qScopeGuard([&] { // lab.sh down knows only the agent it started
            ::kill(pid_t(newPid), SIGTERM);
            if (!waitUntil([&] { return ::kill(pid_t(newPid), 0) != 0; }, 10000))
                ::kill(pid_t(newPid), SIGKILL);
        });
        // A client of its own once the new agent's socket answers (one made earlier stays unconnected).
        std::unique_ptr<ControlClient> client;
        QVERIFY(waitUntil(
            [&] {
                client = std::make_unique<ControlClient>(lab.socket(1));
                return !client->status().isEmpty();
            },
            15000));
        ControlClient& again = *client;
        QVERIFY(waitUntil(
            [&] { return present(series(again, rtt, stopped + 3000, QDateTime::currentMSecsSinceEpoch())) >= 2; },
            15000));
        const QList<QVariant> across = series(again, rtt, start, QDateTime::currentMSecsSinceEpoch());
        const int stoppedAt = int((beforeStop - start) / 1000);
        const int restartedAt = int((stopped + 3000 - start) / 1000);
        QVERIFY2(present(across.mid(0, stoppedAt)) >= 3, "the seconds before the stop are lost");
        QVERIFY2(present(across.mid(stoppedAt + 2, restartedAt - stoppedAt - 2)) == 0,
                 "the time the agent was away is not a gap");
        QVERIFY(present(across.mid(restartedAt)) >= 2);

        // A console opened now has the RTT chart filled back to the lab's start at once, from each
        // node's history, not only from the samples it takes from here on.
        twinha::protocol::RpcError loadError;
        const auto profile = twinha::agentlink::ClusterProfile::load(lab.value(QStringLiteral("PROFILE")), &loadError);
        QVERIFY(profile);
        twinha::agentlink::ClusterMonitor monitor(*profile);
        QElapsedTimer opened;
        opened.start();
        const qint64 openedAt = QDateTime::currentMSecsSinceEpoch();
        monitor.start(false);
        const QString key =
            twinha::agentlink::ClusterMonitor::rttKey(QStringLiteral("loopback"), QStringLiteral("node2"));
        QVERIFY(waitUntil(
            [&] {
                const auto samples = monitor.rttHistory().samples(key);
                return !samples.isEmpty() && samples.first().atMs < start + 3000;
            },
            20000));
        qInfo("console: RTT chart filled back %lld s from the agents' history %lld ms after it started connecting",
              (openedAt - monitor.rttHistory().samples(key).first().atMs) / 1000, opened.elapsed());
        QVERIFY(monitor.rttHistory().samples(key).size() >= 10);

        // A switchover shows on the charts where it happened, and pointing at it tells what it was.
        twinha::ui::ChartsPanel panel;
        panel.resize(1000, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setMonitor(&monitor);
        const QJsonObject op = switchOverWhenReady(again, QStringLiteral("node2"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        twinha::agentlink::EventMarks::Mark mark;
        QVERIFY(waitUntil(
            [&] {
                for (const auto& m : monitor.eventMarks().between(start, QDateTime::currentMSecsSinceEpoch()))
                    if (m.type == twinha::protocol::EventType::Operation)
                        mark = m;
                return mark.atMs > 0;
            },
            10000));
        QCOMPARE(mark.node, QStringLiteral("node1")); // the node the group left, once
        panel.redraw();
        twinha::ui::HistoryChart* rttChart = panel.rttChart();
        QVERIFY(rttChart->visibleMarkCount() >= 1);
        const QString told = rttChart->markTextAt(rttChart->viewPositionOf(mark.atMs));
        QVERIFY2(told.contains(twinha::ui::EventText::summary(mark.type, mark.data)), qPrintable(told));

        // Its result page's way to the charts: zoomed around it, both charts alike, Live goes back.
        const qint64 opStart = op[QStringLiteral("started_at")].toInteger();
        QVERIFY(opStart > 0);
        panel.showAround(opStart, mark.atMs);
        QVERIFY(!rttChart->isLive() && panel.liveButton()->isEnabled());
        QVERIFY(rttChart->visibleSpan().contains(opStart) && rttChart->visibleSpan().contains(mark.atMs));
        QCOMPARE(panel.lagChart()->visibleSpan(), rttChart->visibleSpan());
        panel.liveButton()->click();
        QVERIFY(rttChart->isLive() && panel.lagChart()->isLive());

        // 24 h: the nodes are asked again at a step of 72 s, so the chart holds a few points a
        // bucket of 72 s each, still reaching back to the lab's start, where it held one a second.
        const int before = int(monitor.rttHistory().samples(key).size());
        panel.rangeButton(24 * 60)->click();
        QCOMPARE(monitor.rttHistory().windowMs(), 24LL * 3600 * 1000);
        QVERIFY(waitUntil(
            [&] {
                const auto samples = monitor.rttHistory().samples(key);
                return !samples.isEmpty() && samples.first().atMs < start + 3000;
            },
            10000));
        const auto coarse = monitor.rttHistory().samples(key);
        const qint64 ranMs = QDateTime::currentMSecsSinceEpoch() - start;
        QVERIFY2(coarse.size() <= ranMs / 72000 + 3 && coarse.size() < before,
                 qPrintable(QStringLiteral("%1 points over %2 s at 24 h, %3 at 10 min")
                                .arg(coarse.size())
                                .arg(ranMs / 1000)
                                .arg(before)));
        panel.rangeButton(10)->click();
        QVERIFY(waitUntil([&] { return monitor.rttHistory().samples(key).size() >= before; }, 10000));
    }
};

QTEST_MAIN(TestAgentHistory)
#include "TestAgentHistory.moc"
