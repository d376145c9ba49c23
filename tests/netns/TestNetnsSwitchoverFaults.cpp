// Planned switchovers that meet trouble in the netns lab: the console's SSH connection dies
// halfway (the agents finish the move), the target's service fails to start (rollback), and the
// target's agent dies as the switchover begins (rollback within the dead time, the gap reported
// as the client saw it).
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

using namespace twinha::tests::netns;

class TestNetnsSwitchoverFaults : public QObject
{
    Q_OBJECT

private:
    static void check(FaultInjector::Kind kind)
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QTest::qWait(500);
        FaultInjector faults(s.lab, s.agents, s.probe);
        const FaultRun r = faults.run(kind, 1);
        qInfo("%s", qPrintable(faults.describe(r)));
        const QStringList bad = faults.verdict(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        if (kind == FaultInjector::Kind::Rollback) // the target's service never answered
            QCOMPARE(s.probe.timeline(QStringLiteral("node2"), r.startNs, r.endNs).answered(), 0);
    }

private Q_SLOTS:
    void sshKilledMidSwitchover() { check(FaultInjector::Kind::SshKill); }
    void targetFailsToStartRollsBack() { check(FaultInjector::Kind::Rollback); }
    void targetAgentDiesAsTheSwitchoverStarts() { check(FaultInjector::Kind::TargetDies); }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsSwitchoverFaults)
#include "TestNetnsSwitchoverFaults.moc"
