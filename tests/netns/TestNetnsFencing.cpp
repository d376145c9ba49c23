// Witness and fencing together in the netns lab (netns-lab.sh up --witness --fence): a node that
// stopped answering is powered off (fence-node.sh) before the other takes over, so even a frozen
// active node, whose kernel still holds the VIP and whose service still answers, never serves at
// the same time as its replacement. A split in which both nodes reach the witness fences no one.
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

#include <QFile>

using namespace twinha::tests::netns;

class TestNetnsFencing : public QObject
{
    Q_OBJECT

private:
    static void check(FaultInjector::Kind kind, bool fenced)
    {
        LabSession s({QStringLiteral("--witness"), QStringLiteral("--fence")});
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QVERIFY(s.agents.waitForLease(1, 10000));
        QCOMPARE(s.agents.status(2)[QStringLiteral("protection")].toString(), QStringLiteral("witness_fencing"));
        QTest::qWait(500);
        FaultInjector faults(s.lab, s.agents, s.probe);
        const FaultRun r = faults.run(kind, 1);
        qInfo("%s", qPrintable(faults.describe(r)));
        QCOMPARE(r.bothAllowedNs, 0);
        const QStringList bad = faults.verdict(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QCOMPARE(QFile::exists(s.lab.nodeDir(1) + QStringLiteral("/fenced.log")), fenced);
        QVERIFY(!QFile::exists(s.lab.nodeDir(2) + QStringLiteral("/fenced.log")));
        QCOMPARE(s.agents.epoch(1), s.agents.epoch(2));
    }

private Q_SLOTS:
    void frozenActiveIsFencedBeforeTheTakeover() { check(FaultInjector::Kind::Freeze, true); }
    void killedActiveIsFencedBeforeTheTakeover() { check(FaultInjector::Kind::Kill, true); }
    void isolatedActiveIsFencedBeforeTheTakeover() { check(FaultInjector::Kind::Isolate, true); }
    void splitWithTheWitnessInSightFencesNoOne() { check(FaultInjector::Kind::Split, false); }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsFencing)
#include "TestNetnsFencing.moc"
