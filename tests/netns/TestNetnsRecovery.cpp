// A service that dies on the active node, in the netns lab, judged by what the client saw: it is
// restarted where it runs, and once it fails again within the restart window it moves to the peer.
// Never do both nodes serve, and the peer does not take the group while the active can still run it.
#include "tests/netns/LabSession.h"
#include "tests/netns/NetnsTestMain.h"
#include "tests/netns/RecoveryBounds.h"

#include <QFile>

#include <csignal>

using namespace twinha::tests::netns;

namespace {
constexpr qint64 kMs = 1000 * 1000;

bool touch(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly);
}

// What the client saw from startNs until now: only `node` answered, once it did, and never after
// a silence longer than boundMs. Empty when so, else what went wrong.
QString servedOnlyBy(const LabSession& s, qint64 startNs, const QString& node, qint64 boundMs)
{
    const qint64 endNs = monotonicNs();
    const Timeline vip = s.probe.timeline(QStringLiteral("vip"), startNs, endNs);
    qInfo("vip: %s", qPrintable(vip.describe(startNs)));
    if (vip.sequence() != QStringList{node})
        return QStringLiteral("answered by %1, not %2 alone").arg(vip.sequence().join(QLatin1String(", ")), node);
    const qint64 gapMs = vip.longestGapNs(startNs, endNs) / kMs;
    return gapMs <= boundMs ? QString() : QStringLiteral("no answer for %1 ms (bound %2 ms)").arg(gapMs).arg(boundMs);
}
} // namespace

class TestNetnsRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeadServiceIsRestartedWhereItRuns()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        const qint64 epochBefore = s.agents.epoch(2);
        const qint64 dead = s.lab.servicePid(1);
        QVERIFY(dead > 0);
        QTest::qWait(300); // the calm before, on the record
        const qint64 startNs = monotonicNs();
        QCOMPARE(::kill(pid_t(dead), SIGKILL), 0);

        QTRY_VERIFY_WITH_TIMEOUT(s.lab.servicePid(1) > 0 && s.lab.servicePid(1) != dead, 20000);
        QVERIFY(s.probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node1"), startNs, 10000) > 0);
        QTest::qWait(1000); // a move, had one begun, would show by now
        const QString wrong = servedOnlyBy(s, startNs, QStringLiteral("node1"), RecoveryBounds::restartMs(s.lab));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(s.lab.servicePid(2), 0);
        QCOMPARE(s.agents.epoch(2), epochBefore);
        QCOMPARE(s.agents.status(1).value(QStringLiteral("role")).toString(), QStringLiteral("active"));
    }

    void aServiceThatFailsAgainMovesToThePeer()
    {
        LabSession s;
        QString why;
        QVERIFY2(s.ready(&why), qPrintable(why));
        // The first failure: restarted on node1.
        const qint64 first = s.lab.servicePid(1);
        QVERIFY(first > 0);
        QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(s.lab.servicePid(1) > 0 && s.lab.servicePid(1) != first, 20000);
        QVERIFY2(s.agents.waitSettled(QStringLiteral("node1"), 20000, &why), qPrintable(why));

        // The second, within the window, and node1 cannot start it any more: it moves.
        QVERIFY(touch(s.lab.nodeDir(1) + QStringLiteral("/fail-start")));
        QTest::qWait(300);
        const qint64 startNs = monotonicNs();
        QCOMPARE(::kill(pid_t(s.lab.servicePid(1)), SIGKILL), 0);
        QVERIFY(s.probe.waitForAnswer(QStringLiteral("vip"), QStringLiteral("node2"), startNs, 20000) > 0);
        QVERIFY2(s.agents.waitSettled(QStringLiteral("node2"), 20000, &why), qPrintable(why));
        QTest::qWait(1000);
        // node1's service died at startNs and never answered again: node2 alone, once.
        const QString wrong = servedOnlyBy(s, startNs, QStringLiteral("node2"), RecoveryBounds::recoveryMoveMs(s.lab));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(s.lab.servicePid(1), 0);
        const QJsonObject op = s.agents.status(2).value(QStringLiteral("operation")).toObject();
        QCOMPARE(op.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QCOMPARE(op.value(QStringLiteral("recovery")).toBool(), true);
        QCOMPARE(op.value(QStringLiteral("from")).toString(), QStringLiteral("node1"));
    }
};

TWINHA_NETNS_TEST_MAIN(TestNetnsRecovery)
#include "TestNetnsRecovery.moc"
