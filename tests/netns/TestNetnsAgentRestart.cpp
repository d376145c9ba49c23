// The agent restarted as systemd restarts its unit (systemctl restart, a package upgrade), by the
// KillMode of installer/twinha-agent.service applied to the cgroup the agent runs in: the services
// the agent started must keep running and answering, and nobody may take over.
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

#include <QProcess>

using namespace twinha::tests::netns;

namespace {
constexpr qint64 kMs = 1000 * 1000;

bool restartAsUnit(const NetnsLab& lab, const QString& node, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QFileInfo(NetnsLab::script()).absolutePath() + QStringLiteral("/restart-agent-as-unit.sh"),
            {lab.dir(), node});
    const bool done = p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestNetnsAgentRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartOfTheActiveAgentKeepsTheServiceAnswering()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        if (s.lab.value(QStringLiteral("CGROUP_NODE1")).isEmpty())
            QSKIP("this machine has no writable cgroup v2, so the lab cannot run the agent as systemd would");
        const qint64 servicePid = s.lab.servicePid(1);
        QVERIFY(servicePid > 0);
        const qint64 epochBefore = s.agents.epoch(1);
        QTest::qWait(500); // some calm before, on the record
        const qint64 startNs = monotonicNs();

        QString output;
        QVERIFY2(restartAsUnit(s.lab, QStringLiteral("node1"), &output), qPrintable(output));
        s.agents.reconnect(1);
        QTRY_VERIFY_WITH_TIMEOUT(s.agents.status(1).value(QStringLiteral("role")).toString() == QLatin1String("active"),
                                 20000);
        QTest::qWait(3000); // a stop by the dead-man guard, or a takeover, would show by now
        const qint64 endNs = monotonicNs();

        QCOMPARE(s.lab.servicePid(1), servicePid); // the same process kept running
        const Timeline vip = s.probe.timeline(QStringLiteral("vip"), startNs, endNs);
        qInfo("restart with the unit's KillMode: %s; longest gap %lld ms", qPrintable(output.trimmed()),
              vip.longestGapNs(startNs, endNs) / kMs);
        QCOMPARE(vip.sequence(), QStringList{QStringLiteral("node1")});
        // The probe asks every 5 ms; a restart that never stopped the service leaves no gap.
        QVERIFY2(
            vip.longestGapNs(startNs, endNs) < 300 * kMs,
            qPrintable(
                QStringLiteral("the service stopped answering for %1 ms").arg(vip.longestGapNs(startNs, endNs) / kMs)));
        QCOMPARE(s.agents.epoch(2), epochBefore);
    }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsAgentRestart)
#include "TestNetnsAgentRestart.moc"
