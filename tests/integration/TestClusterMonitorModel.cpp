#include "agentlink/ClusterMonitor.h"
#include "tests/integration/ControlClient.h"
#include "tests/integration/LabEnvironment.h"
#include "tests/integration/OwnLab.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace twinha;
using agentlink::ClusterDiagnosis;
using agentlink::ClusterHealth;
using agentlink::ClusterMonitor;

// The merged model against real agents: the three-way view, readiness, the lag history, the
// journals streamed from both nodes and a switchover's progress, then the two ways of losing a
// node ("I can't see it" against "it is down") told apart; and after a failover the dead node's
// last claim is history, not split-brain, in the model and in twinhactl status.
class TestClusterMonitorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelFollowsThePairThroughASwitchoverAndTheLossOfANode()
    {
        tests::OwnLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        agentlink::LinkTimeouts timeouts;
        timeouts.silenceMs = 4000;
        ClusterMonitor monitor(lab.profile(), timeouts);
        QMap<int, QStringList> eventTypes;
        connect(&monitor, &ClusterMonitor::eventsReceived, this, [&eventTypes](int node, const QJsonArray& entries) {
            for (const QJsonValue& e : entries)
                eventTypes[node] << e[QStringLiteral("type")].toString();
        });
        QList<agentlink::OperationView> operations;
        connect(&monitor, &ClusterMonitor::operationChanged, this,
                [&operations](const agentlink::OperationView& op) { operations << op; });
        monitor.start(true);

        // Both reached, hearing each other; the service on node1, ready to move to node2.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().diagnosis, ClusterDiagnosis::Healthy, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().health, ClusterHealth::Ok, 15000);
        const agentlink::ClusterView& v = monitor.view();
        QCOMPARE(v.mode, std::optional(protocol::ClusterMode::HotStandby));
        QVERIFY(v.epoch >= 1);
        QCOMPARE(v.links.size(), 1);
        QVERIFY(v.links.first().upOnBothSides());
        QVERIFY(v.links.first().rttMs[0] >= 0 && v.links.first().rttMs[1] >= 0);
        QCOMPARE(v.groups.size(), 1);
        QCOMPARE(v.groups.first().holders, QStringList{QStringLiteral("node1")});
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.view().readiness.isEmpty() && monitor.view().readiness.first().ready, 15000);
        QCOMPARE(monitor.view().readiness.first().to, QStringLiteral("node2"));

        // Each node's journal arrives, and the mirror's lag is charted from its source.
        QTRY_VERIFY_WITH_TIMEOUT(eventTypes.value(0).contains(QStringLiteral("agent_started")) &&
                                     eventTypes.value(1).contains(QStringLiteral("agent_started")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.lagHistory().samples(QStringLiteral("data")).isEmpty(), 15000);
        QVERIFY(monitor.eventCursor(0) >= 1);

        // A switchover started by someone else (here straight on node1's socket) shows up live.
        tests::ControlClient control(lab.value(QStringLiteral("NODE1_SOCKET")));
        QVERIFY(control.isConnected());
        const auto reply =
            control.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), QStringLiteral("node2")}});
        QVERIFY(reply && reply->kind == protocol::RpcMessage::Kind::Result);
        const QString id = reply->result[QStringLiteral("id")].toString();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.operation().id == id && monitor.operation().isFinal(), 30000);
        QCOMPARE(twinha::protocol::operationResultName(monitor.operation().result), QStringLiteral("done"));
        QVERIFY(!monitor.operation().steps.isEmpty());
        QVERIFY(std::any_of(operations.cbegin(), operations.cend(),
                            [&id](const agentlink::OperationView& op) { return op.id == id && op.isRunning(); }));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().groups.first().holders, QStringList{QStringLiteral("node2")}, 15000);
        QVERIFY(monitor.view().epoch > v.epoch || monitor.view().epoch >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(eventTypes.value(0).contains(QStringLiteral("operation")) ||
                                     eventTypes.value(1).contains(QStringLiteral("operation")),
                                 10000);

        // The console loses node2's sshd while node1 still hears node2: "I can't see it".
        tests::signalWithChildren(lab.pid(QStringLiteral("NODE2_SSHD_PID")), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().diagnosis, ClusterDiagnosis::ConsoleLostNode, 15000);
        QCOMPARE(monitor.view().subjectNode, 1);
        QCOMPARE(monitor.view().health, ClusterHealth::Degraded);

        // node2's agent dies too: node1 hears nothing any more, so node2 is down.
        ::kill(pid_t(lab.pid(QStringLiteral("NODE2_AGENT_PID"))), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().diagnosis, ClusterDiagnosis::NodeDown, 15000);
        QCOMPARE(monitor.view().subjectNode, 1);
        monitor.stop();
    }

    // kill -9 of the active node's agent in a lab with automatic failover: node2 takes over. The
    // console's last status from node1 still says it held the service, and node2 holds it now:
    // that is a takeover, not two active nodes.
    void aTakeoverAfterTheActiveAgentIsKilledIsNotSplitBrain()
    {
        tests::OwnLab lab({QStringLiteral("--automatic-failover")});
        QVERIFY2(lab.isUp(), qPrintable(lab.upOutput()));
        ClusterMonitor monitor(lab.profile());
        monitor.start(true);
        // Failover needs the lag the active node last published, and node2 ready to take over.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().diagnosis, ClusterDiagnosis::Healthy, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().groups.value(0).holders, QStringList{QStringLiteral("node1")}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.view().channels.isEmpty() && monitor.view().channels.first().lagS &&
                                     !monitor.view().readiness.isEmpty() && monitor.view().readiness.first().ready,
                                 15000);
        const qint64 epochBefore = monitor.node(0).status->epoch;

        // Every view from the kill on: not one may say split-brain.
        QList<agentlink::ClusterHealth> healths;
        connect(&monitor, &ClusterMonitor::viewChanged, this,
                [&monitor, &healths] { healths << monitor.view().health; });
        QCOMPARE(::kill(pid_t(lab.pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view().groups.value(0).holders, QStringList{QStringLiteral("node2")}, 15000);
        QTest::qWait(3000); // a few status pushes from node2 while node1 stays down
        QVERIFY(!healths.contains(ClusterHealth::SplitBrain));
        const agentlink::ClusterView& v = monitor.view();
        QCOMPARE(v.diagnosis, ClusterDiagnosis::NodeDown);
        QCOMPARE(v.subjectNode, 0);
        QCOMPARE(v.health, ClusterHealth::Degraded);
        QVERIFY(!v.groups.first().splitBrain);
        const agentlink::StaleClaim claim = v.groups.first().lastClaim[0]; // a copy: stop() rebuilds the view
        QCOMPARE(claim.node, QStringLiteral("node1"));
        QCOMPARE(claim.epoch, epochBefore);
        QCOMPARE(claim.successor, QStringLiteral("node2"));
        QVERIFY(claim.successorEpoch > epochBefore);
        QVERIFY(claim.lastHeard.isValid());
        monitor.stop();

        // twinhactl, a console of its own opened after the takeover: it never hears node1, and has
        // node2's memory of it.
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        ctl.setProcessEnvironment(env);
        ctl.start(tests::binPath(QStringLiteral("twinhactl")),
                  {QStringLiteral("--cluster"), lab.dir() + QStringLiteral("/profile.json"), QStringLiteral("status")});
        QVERIFY(ctl.waitForFinished(30000));
        const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
        QCOMPARE(ctl.exitCode(), 1); // a node unreachable
        QVERIFY2(!out.contains(QStringLiteral("Split-brain")) && !out.contains(QStringLiteral("split-brain")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("State: Degraded.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Group service: node1: not reachable; it was active at epoch %1 until ")
                                  .arg(epochBefore)) &&
                     out.contains(QStringLiteral(" ago, and node2 took over at epoch %1.").arg(claim.successorEpoch)),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestClusterMonitorModel)
#include "TestClusterMonitorModel.moc"
