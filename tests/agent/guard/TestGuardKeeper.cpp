#include "agent/guard/DeadManGuard.h"
#include "agent/guard/GuardCommand.h"
#include "agent/guard/GuardKeeper.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinha::agent;

// The dead-man guard: it stops the groups it was told about when no word comes before the
// deadline, never while the agent keeps talking, never for "never", and a second guard leaves
// the first one in charge.
class TestGuardKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    AgentConfig config() const
    {
        AgentConfig c;
        c.cluster.name = QStringLiteral("c");
        c.nodes = {{QStringLiteral("n1")}, {QStringLiteral("n2")}};
        ResourceConfig r;
        r.name = QStringLiteral("svc");
        r.typeName = QStringLiteral("script");
        r.type = ResourceType::Script;
        r.start = QStringLiteral("true");
        r.status = QStringLiteral("true");
        r.stop = QStringLiteral("echo stopped >> '%1'").arg(stoppedFile());
        c.groups = {{QStringLiteral("g"), QStringLiteral("n1"), {r}}};
        return c;
    }
    QString stoppedFile() const { return m_dir.filePath(QStringLiteral("stopped")); }
    static QByteArray report(qint64 stopAfterMs, bool held = true)
    {
        return QByteArray(R"({"held": [)") + (held ? R"("g")" : "") +
               "], \"stop_after_ms\": " + QByteArray::number(stopAfterMs) + "}\n";
    }

private Q_SLOTS:
    void init() { QFile::remove(stoppedFile()); }

    void stopsTheHeldGroupsAtTheDeadline()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        QElapsedTimer t;
        t.start();
        keeper.onReport(report(300));
        QVERIFY(stopped.wait(2000));
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(stopped.first().first().toStringList(), QStringList{QStringLiteral("g")});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stoppedFile()), 3000); // the group's own stop command ran
    }

    void aWordBeforeTheDeadlinePutsItOff()
    {
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        for (int i = 0; i < 8; ++i) {
            keeper.onReport(report(300));
            QTest::qWait(150);
        }
        QVERIFY(stopped.isEmpty());
        keeper.onReport(report(-1)); // manual failover, maintenance: never
        QTest::qWait(500);
        QVERIFY(stopped.isEmpty());
        keeper.onReport(report(100, false)); // nothing held
        QTest::qWait(300);
        QVERIFY(stopped.isEmpty());
        QVERIFY(!QFile::exists(stoppedFile()));
    }

    void aSecondGuardLeavesTheFirstInCharge()
    {
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper first(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(first.listen(socket, &error), qPrintable(error));
        GuardKeeper second(config(), QStringLiteral("n1"));
        QVERIFY(!second.listen(socket, &error));
        QVERIFY(error.contains(QLatin1String("another guard")));
        // An agent's report reaches the first one over the socket.
        QLocalSocket agent;
        agent.connectToServer(socket);
        QVERIFY(agent.waitForConnected(1000));
        agent.write(report(5000));
        agent.flush();
        QTRY_COMPARE_WITH_TIMEOUT(first.held(), QStringList{QStringLiteral("g")}, 2000);
    }

    void aRestartedAgentsFirstWordPutsOffItsPredecessorsDeadline()
    {
        // The daemon that went away said 300 ms. Its successor's first report must reach the guard
        // by itself: one that only connected, and waited for the next report to say anything, let
        // the deadline pass during a restart (TestNetnsAgentRestart).
        const QString socket = GuardCommand::socketPath(m_dir.path());
        GuardKeeper keeper(config(), QStringLiteral("n1"));
        QString error;
        QVERIFY2(keeper.listen(socket, &error), qPrintable(error));
        QSignalSpy stopped(&keeper, &GuardKeeper::stopped);
        keeper.onReport(report(300));
        DeadManGuard successor(
            {QStringLiteral("/nonexistent/twinha-agent"), QString(), QStringLiteral("n1"), m_dir.path()});
        successor.report({QStringLiteral("g")}, 5000);
        QTest::qWait(800); // well past the predecessor's deadline, with no further report
        QVERIFY(stopped.isEmpty());
        QCOMPARE(keeper.held(), QStringList{QStringLiteral("g")});
        QVERIFY(!QFile::exists(stoppedFile()));
    }
};

QTEST_GUILESS_MAIN(TestGuardKeeper)
#include "TestGuardKeeper.moc"
