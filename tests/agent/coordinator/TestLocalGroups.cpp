#include "agent/coordinator/LocalGroups.h"
#include "tests/agent/coordinator/CoordinatorTestConfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;
using Desired = ClusterDecider::Desired;

// The coordinator's handle on this node's groups: actions queue instead of failing on a busy
// group, and reconcile brings a group to what the rules want without looping on failures.
class TestLocalGroups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // emptied before every test, so no marker survives into the next one

    // One script resource whose "running" is a marker file; starts fail while DIR/fail exists.
    AgentConfig config() const
    {
        AgentConfig c = test::clusterConfig(QStringLiteral("hot-standby"));
        ResourceConfig& r = c.groups[0].resources[0];
        const QString marker = m_dir.filePath(QStringLiteral("running"));
        const QString fail = m_dir.filePath(QStringLiteral("fail"));
        r.start = QStringLiteral("test ! -e %1 && touch %2").arg(fail, marker);
        r.stop = QStringLiteral("rm -f %1").arg(marker);
        r.status = QStringLiteral("test -e %1").arg(marker);
        r.timeoutMs = 5000;
        c.timing.monitorIntervalMs = 60000;
        return c;
    }

    static bool settle(LocalGroups& groups, const QString& state)
    {
        return QTest::qWaitFor(
            [&] { return twinha::protocol::runStateName(groups.state(QStringLiteral("g"))) == state; }, 5000);
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void stateIsUnknownUntilTheFirstCheck()
    {
        LocalGroups groups(config(), QStringLiteral("n1"));
        QCOMPARE(twinha::protocol::runStateName(groups.state(QStringLiteral("g"))), QStringLiteral("unknown"));
        groups.reconcile(QStringLiteral("g"), Desired::Run); // nothing known yet: nothing done
        groups.start();
        QVERIFY(settle(groups, QStringLiteral("stopped")));
    }

    void actionsQueueBehindABusyGroup()
    {
        LocalGroups groups(config(), QStringLiteral("n1"));
        groups.start(); // its check is under way
        QStringList order;
        groups.run(
            QStringLiteral("g"), LocalGroups::Action::Start,
            [&](bool ok, const twinha::protocol::RpcError&, qint64) { order << (ok ? "start" : "start-failed"); });
        groups.run(
            QStringLiteral("g"), LocalGroups::Action::Check,
            [&](bool running, const twinha::protocol::RpcError&, qint64) { order << (running ? "running" : "down"); });
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 2; }, 5000));
        QCOMPARE(order, QStringList({"start", "running"}));
        QCOMPARE(twinha::protocol::runStateName(groups.state(QStringLiteral("g"))), QStringLiteral("running"));
    }

    void reconcileStartsAndStops()
    {
        LocalGroups groups(config(), QStringLiteral("n1"));
        groups.start();
        QVERIFY(settle(groups, QStringLiteral("stopped")));
        groups.reconcile(QStringLiteral("g"), Desired::Run);
        QVERIFY(settle(groups, QStringLiteral("running")));
        groups.reconcile(QStringLiteral("g"), Desired::Leave);
        QTest::qWait(100);
        QCOMPARE(twinha::protocol::runStateName(groups.state(QStringLiteral("g"))), QStringLiteral("running"));
        groups.reconcile(QStringLiteral("g"), Desired::Stop);
        QVERIFY(settle(groups, QStringLiteral("stopped")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("running"))));
    }

    void aFailedStartIsNotRetriedUntilTheRulesChange()
    {
        QFile(m_dir.filePath(QStringLiteral("fail"))).open(QIODevice::WriteOnly);
        const auto cleanup = qScopeGuard([&] { QFile::remove(m_dir.filePath(QStringLiteral("fail"))); });
        LocalGroups groups(config(), QStringLiteral("n1"));
        QSignalSpy started(&groups, &LocalGroups::started);
        groups.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return twinha::protocol::runStateName(groups.state(QStringLiteral("g"))) != QLatin1String("unknown");
            },
            5000));
        groups.reconcile(QStringLiteral("g"), Desired::Run);
        QVERIFY(started.wait(5000));
        QCOMPARE(started.first().at(1).toBool(), false);
        for (int i = 0; i < 5; ++i) {
            groups.reconcile(QStringLiteral("g"), Desired::Run);
            QTest::qWait(50);
        }
        QCOMPARE(started.count(), 1);
        groups.reconcile(QStringLiteral("g"), Desired::Stop); // the rules changed their mind...
        QTest::qWait(300);
        QFile::remove(m_dir.filePath(QStringLiteral("fail")));
        groups.reconcile(QStringLiteral("g"), Desired::Run); // ...and back: a new attempt
        QVERIFY(settle(groups, QStringLiteral("running")));
        QCOMPARE(started.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalGroups)
#include "TestLocalGroups.moc"
