// A planned switchover in each mode, and back, in the netns lab, judged by what the client saw.
#include "tests/integration/CoordinatorAsserts.h"
#include "tests/netns/FaultInjector.h"
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"
#include "tests/netns/RecoveryBounds.h"

using namespace twinha::tests;
using namespace twinha::tests::netns;

namespace {
constexpr qint64 kMs = 1000000;
}

class TestNetnsSwitchover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hotStandbyThereAndBack()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        FaultInjector faults(s.lab, s.agents, s.probe);
        for (int from : {1, 2}) {
            const FaultRun r = faults.run(FaultInjector::Kind::Switchover, from);
            const QStringList bad = faults.verdict(r);
            qInfo("%s", qPrintable(faults.describe(r)));
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        }
    }

    // service moves there and back; service2, on node2 all along, never notices.
    void mutualBackupMovesOneGroup()
    {
        LabSession s({QStringLiteral("--mode"), QStringLiteral("mutual-backup")});
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        QVERIFY2(s.agents.waitSettled(QStringLiteral("node2"), 20000, &why, QStringLiteral("service2")),
                 qPrintable(why));
        const qint64 start = monotonicNs();
        QTest::qWait(300); // the calm before, on the record
        for (const auto& [via, to] : {std::pair{1, QStringLiteral("node2")}, std::pair{2, QStringLiteral("node1")}}) {
            const qint64 t = monotonicNs();
            QCOMPARE(s.agents.switchover(via, QStringLiteral("service"), to)[QStringLiteral("result")].toString(),
                     QStringLiteral("done"));
            QVERIFY(s.probe.waitForAnswer(QStringLiteral("vip"), to, t, 5000) > 0);
            QVERIFY2(s.agents.waitSettled(to, 30000, &why), qPrintable(why));
        }
        QTest::qWait(300);
        const qint64 end = monotonicNs();
        const Timeline vip = s.probe.timeline(QStringLiteral("vip"), start, end);
        const Timeline vip2 = s.probe.timeline(QStringLiteral("vip2"), start, end);
        qInfo("vip: %s", qPrintable(vip.describe(start)));
        qInfo("vip2: %s", qPrintable(vip2.describe(start)));
        QCOMPARE(vip.sequence(),
                 (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node1")}));
        QVERIFY(vip.longestGapNs(start, end) <= RecoveryBounds::plannedMs(s.lab) * kMs);
        QCOMPARE(vip2.sequence(), QStringList{QStringLiteral("node2")});
        // The untouched group may see no outage at all; half a switchover's bound is noise enough.
        QVERIFY2(vip2.longestGapNs(start, end) <= RecoveryBounds::plannedMs(s.lab) * kMs / 2,
                 qPrintable(QString::number(vip2.longestGapNs(start, end) / kMs)));
    }

    // Duplex: "switchover" drains a node and brings it back; the other node serves throughout.
    void duplexDrainsAndRestores()
    {
        LabSession s({QStringLiteral("--mode"), QStringLiteral("duplex")});
        QString why;
        QVERIFY2(s.ready(&why, QStringLiteral("both")), qPrintable(why));
        QVERIFY(s.probe.waitForAnswer(QStringLiteral("node2"), QStringLiteral("node2"), 0, 5000) > 0);
        const qint64 start = monotonicNs();
        QTest::qWait(300); // both nodes serving, on the record
        QJsonObject op = s.agents.switchover(1, QStringLiteral("service"), QStringLiteral("node2"));
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("drain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        const qint64 drained = monotonicNs();
        QTest::qWait(500);
        op = s.agents.switchover(2, QStringLiteral("service"), QStringLiteral("node1"));
        QCOMPARE(op[QStringLiteral("kind")].toString(), QStringLiteral("undrain"));
        QCOMPARE(op[QStringLiteral("result")].toString(), QStringLiteral("done"));
        QVERIFY(s.probe.waitForAnswer(QStringLiteral("node1"), QStringLiteral("node1"), drained, 5000) > 0);
        QVERIFY2(s.agents.waitSettled(QStringLiteral("both"), 30000, &why), qPrintable(why));
        QTest::qWait(300);
        const qint64 end = monotonicNs();
        const Timeline n1 = s.probe.timeline(QStringLiteral("node1"), start, end);
        const Timeline n2 = s.probe.timeline(QStringLiteral("node2"), start, end);
        qInfo("node1: %s", qPrintable(n1.describe(start)));
        qInfo("node2: %s", qPrintable(n2.describe(start)));
        QCOMPARE(n1.upIntervals().size(), 2); // served, drained, served again
        QVERIFY(n1.upIntervals().first().toNs <= drained);
        QCOMPARE(n2.upIntervals().size(), 1); // never interrupted
        QVERIFY(n2.longestGapNs(start, end) <= RecoveryBounds::plannedMs(s.lab) * kMs / 2);
    }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsSwitchover)
#include "TestNetnsSwitchover.moc"
