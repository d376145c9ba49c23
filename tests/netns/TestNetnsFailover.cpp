// Unplanned failures of the active node in the netns lab: killed, isolated, frozen. Each time the
// other node must take over within the bound the timing implies, and the client must never get
// answers from both nodes at once: a dead or frozen agent's dead-man guard stops its service first.
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

using namespace twinha::tests::netns;

class TestNetnsFailover : public QObject
{
    Q_OBJECT

private:
    static void check(FaultInjector::Kind kind)
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QTest::qWait(500); // some calm before, on the record
        FaultInjector faults(s.lab, s.agents, s.probe);
        const FaultRun r = faults.run(kind, 1);
        qInfo("%s", qPrintable(faults.describe(r)));
        const QStringList bad = faults.verdict(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QVERIFY(s.agents.epoch(2) > 0 && s.agents.epoch(1) == s.agents.epoch(2));
    }

private Q_SLOTS:
    void killedAgentAndService() { check(FaultInjector::Kind::Kill); }
    void isolatedNodeStepsDown() { check(FaultInjector::Kind::Isolate); }
    void frozenAgentYieldsWhenResumed() { check(FaultInjector::Kind::Freeze); }
    void killedAgentAloneItsGuardStopsTheService() { check(FaultInjector::Kind::KillAgent); }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsFailover)
#include "TestNetnsFailover.moc"
