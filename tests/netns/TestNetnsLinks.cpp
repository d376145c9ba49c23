// Heartbeat links cut in the netns lab: one link lost changes nothing; both lost with the
// tiebreaker still in sight is a failover, and once the links are back the older side yields.
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"

using namespace twinha::tests::netns;

class TestNetnsLinks : public QObject
{
    Q_OBJECT

private:
    // The verdict on the fault: empty when the client saw what it should.
    static QStringList check(LabSession& s, FaultInjector::Kind kind)
    {
        QTest::qWait(500);
        FaultInjector faults(s.lab, s.agents, s.probe);
        const FaultRun r = faults.run(kind, 1);
        qInfo("%s", qPrintable(faults.describe(r)));
        return faults.verdict(r);
    }

private Q_SLOTS:
    void oneLinkCutNoFailover()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        const qint64 epoch = s.agents.epoch(1);
        const QStringList bad = check(s, FaultInjector::Kind::CutOneLink);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QCOMPARE(s.agents.epoch(1), epoch); // no role changed anywhere
        QCOMPARE(s.agents.epoch(2), epoch);
    }

    void bothLinksCutTiebreakerReachable()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        const qint64 epoch = s.agents.epoch(1);
        const QStringList bad = check(s, FaultInjector::Kind::Split);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QVERIFY(s.agents.epoch(2) > epoch);
        QVERIFY(!s.agents.status(1)[QStringLiteral("split_brain")].toBool());
    }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsLinks)
#include "TestNetnsLinks.moc"
