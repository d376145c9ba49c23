#include "tests/integration/CtlRun.h"
#include "tests/integration/OwnLab.h"

#include <QtTest>

#include <csignal>

using namespace twinha;
using tests::CtlRun;

// twinhactl takeover: the console's forced takeover for an administrator with only SSH, when the
// active node is dead and failover is manual (the lab's default).
class TestTwinhactlTakeover : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<tests::OwnLab> m_lab;

    CtlRun ctl(QStringList args) const
    {
        return tests::twinhactl(
            QStringList{QStringLiteral("--cluster"), m_lab->dir() + QStringLiteral("/profile.json")} + args);
    }

    QString holder() const
    {
        QFile f(m_lab->value(QStringLiteral("VIP_HOLDER_FILE")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<tests::OwnLab>();
        QVERIFY2(m_lab->isUp(), qPrintable(m_lab->upOutput()));
        QVERIFY(QTest::qWaitFor([&] { return holder() == QLatin1String("node1"); }, 15000));
    }

    void yesAloneIsNotEnoughForAForcedTakeover()
    {
        const CtlRun r =
            ctl({QStringLiteral("takeover"), QStringLiteral("--to"), QStringLiteral("node2"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("add --confirm service (the group's name)"), r.err.constData());
        QVERIFY2(r.out.contains("split-brain"), r.out.constData()); // the risk was said before asking
        QCOMPARE(holder(), QStringLiteral("node1"));
    }

    void aConfirmationThatIsNotTheGroupsNameChangesNothing()
    {
        const CtlRun r = ctl({QStringLiteral("takeover"), QStringLiteral("--to"), QStringLiteral("node2"),
                              QStringLiteral("--confirm"), QStringLiteral("Service")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("takes the group's name, service, exactly"), r.err.constData());
        QCOMPARE(holder(), QStringLiteral("node1"));
    }

    void onATerminalOnlyTheExactNameConfirms()
    {
        const CtlRun r =
            tests::twinhactlOnTerminal({QStringLiteral("--cluster"), m_lab->dir() + QStringLiteral("/profile.json"),
                                        QStringLiteral("takeover"), QStringLiteral("--to"), QStringLiteral("node2")},
                                       {{"type the group's name, service: ", "y"}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("Not confirmed: nothing was changed."), r.out.constData());
        QCOMPARE(holder(), QStringLiteral("node1"));
    }

    void unknownGroupOrNodeIsAUsageError()
    {
        CtlRun r = ctl({QStringLiteral("takeover"), QStringLiteral("--group"), QStringLiteral("nope"),
                        QStringLiteral("--confirm"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no group named \"nope\""), r.err.constData());
        r = ctl({QStringLiteral("takeover"), QStringLiteral("--to"), QStringLiteral("node9"),
                 QStringLiteral("--confirm"), QStringLiteral("service")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no node named \"node9\""), r.err.constData());
        QCOMPARE(holder(), QStringLiteral("node1"));
    }

    // Last: it kills node1's agent.
    void theSurvivorTakesOverWhenTheGroupsNameIsGiven()
    {
        QCOMPARE(::kill(pid_t(m_lab->pid(QStringLiteral("NODE1_AGENT_PID"))), SIGKILL), 0);
        // Until node2 notices, the check passes and a switchover would be tried: wait for "Blocked".
        QVERIFY(QTest::qWaitFor(
            [&] {
                const CtlRun c = ctl({QStringLiteral("check"), QStringLiteral("--to"), QStringLiteral("node2")});
                return c.exitCode == 3 && c.out.contains("cannot be heard");
            },
            20000));
        QCOMPARE(ctl({QStringLiteral("switchover"), QStringLiteral("--to"), QStringLiteral("node2"),
                      QStringLiteral("--yes")})
                     .exitCode,
                 3); // manual failover: a plain switchover is refused
        QCOMPARE(holder(), QStringLiteral("node1"));

        const CtlRun r = ctl({QStringLiteral("takeover"), QStringLiteral("--to"), QStringLiteral("node2"),
                              QStringLiteral("--confirm"), QStringLiteral("service")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("Take over group service on node2 by force?"), r.out.constData());
        QVERIFY2(r.out.contains("group service on node2"), r.out.constData());
        QVERIFY(QTest::qWaitFor([&] { return holder() == QLatin1String("node2"); }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestTwinhactlTakeover)
#include "TestTwinhactlTakeover.moc"
