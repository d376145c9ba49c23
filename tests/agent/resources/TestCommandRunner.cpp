#include "agent/resources/CommandRunner.h"
#include "tests/agent/resources/ResourceTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using twinha::agent::CommandRunner;
using namespace twinha::agent::test;

namespace {
constexpr char kAgentStubVariable[] = "TWINHA_TEST_AGENT_STUB_PID_FILE";
} // namespace

class TestCommandRunner : public QObject
{
    Q_OBJECT

private:
    // Runs `command` through the shell and waits for its result.
    static CommandRunner::Result runShell(CommandRunner& runner, const QString& command, int waitMs = 10000)
    {
        QSignalSpy spy(&runner, &CommandRunner::finished);
        if (!runner.runShell(command) || !spy.wait(waitMs))
            return {};
        return spy.at(0).at(0).value<CommandRunner::Result>();
    }

private Q_SLOTS:
    void exitCodeIsReported_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("success") << "true" << 0;
        QTest::newRow("plain failure") << "exit 3" << 3;
        QTest::newRow("shell syntax as written") << "true && (exit 7)" << 7;
        QTest::newRow("unknown command") << "no-such-command-twinha" << 127;
    }
    void exitCodeIsReported()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        CommandRunner runner;
        const CommandRunner::Result r = runShell(runner, command);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.ok(), exitCode == 0);
    }

    void aPlainCommandRunsWithoutTheShellAndAnyOtherThroughIt()
    {
        // The script names its parent: the shell when it ran through /bin/sh -c, this test when the
        // runner ran it straight away (PlainCommand.h). Its arguments and environment arrive as the
        // shell would have passed them either way.
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("whose-child"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nread -r parent </proc/$PPID/comm\necho \"$parent|$1|$2|$TWINHA_GROUP\"\n");
        }
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QFile self(QStringLiteral("/proc/self/comm"));
        QVERIFY(self.open(QIODevice::ReadOnly));
        const QByteArray me = self.readAll().trimmed();
        CommandRunner runner;
        runner.setExtraEnvironment({{QStringLiteral("TWINHA_GROUP"), QStringLiteral("web")}});
        CommandRunner::Result r = runShell(runner, script + QStringLiteral("  start\t8080"));
        QVERIFY2(r.ok(), qPrintable(r.stderrTail));
        QCOMPARE(r.stdoutData, me + "|start|8080|web\n");
        r = runShell(runner, script + QStringLiteral(" start \"$TWINHA_GROUP\""));
        QVERIFY2(r.ok(), qPrintable(r.stderrTail));
        QCOMPARE(r.stdoutData, QByteArray("sh|start|web|web\n"));
    }

    void stderrTailKeepsOnlyTheLastTwoKilobytes()
    {
        CommandRunner runner;
        const CommandRunner::Result r =
            runShell(runner, QStringLiteral("echo BEGIN >&2; printf '%5000s' | tr ' ' x >&2; echo END >&2; "
                                            "exit 2"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.stderrTail.size(), CommandRunner::kStderrTailBytes);
        QVERIFY(r.stderrTail.endsWith(QLatin1String("xEND\n")));
        QVERIFY(!r.stderrTail.contains(QLatin1String("BEGIN")));
    }

    void stdoutIsCapturedSeparately()
    {
        CommandRunner runner;
        const CommandRunner::Result r = runShell(runner, QStringLiteral("echo out; echo err >&2"));
        QCOMPARE(r.stdoutData, QByteArray("out\n"));
        QCOMPARE(r.stderrTail, QStringLiteral("err\n"));
    }

    void extraEnvironmentReachesTheScriptBesideTheDaemons()
    {
        qputenv("TWINHA_TEST_INHERITED", "inherited");
        CommandRunner runner;
        runner.setExtraEnvironment({{QStringLiteral("TWINHA_GROUP"), QStringLiteral("web")},
                                    {QStringLiteral("TWINHA_ACTION"), QStringLiteral("start")}});
        const CommandRunner::Result r =
            runShell(runner, QStringLiteral("printf '%s|%s|%s' \"$TWINHA_GROUP\" \"$TWINHA_ACTION\" "
                                            "\"$TWINHA_TEST_INHERITED\""));
        QCOMPARE(r.stdoutData, QByteArray("web|start|inherited"));
    }

    void timeoutKillsTheWholeProcessGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pgid"));
        CommandRunner runner;
        runner.setTimeoutMs(700);
        QSignalSpy spy(&runner, &CommandRunner::finished);
        QVERIFY(runner.runShell(QStringLiteral("echo $$ > '%1'; sleep 100 & sleep 100 & wait").arg(pidFile)));
        QTRY_VERIFY(!readLines(pidFile).isEmpty());
        const qint64 pgid = readLines(pidFile).first().toLongLong();
        // The shell, both sleeps and the group's keeper: the test would see them if the kill missed.
        QTRY_COMPARE(liveProcessesInGroup(pgid).size(), 4);
        QVERIFY(spy.wait(5000));
        const auto r = spy.at(0).at(0).value<CommandRunner::Result>();
        QVERIFY(r.timedOut);
        QCOMPARE(r.exitCode, -1);
        QVERIFY(r.elapsedMs >= 700);
        QCOMPARE(liveProcessesInGroup(pgid), QList<qint64>{});
    }

    void timeoutKillsChildrenThatIgnoreSigtermAfterTheGracePeriod()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pgid"));
        CommandRunner runner;
        runner.setTimeoutMs(300);
        QSignalSpy spy(&runner, &CommandRunner::finished);
        // An ignored signal stays ignored across exec, so the sleeps ignore SIGTERM too.
        QVERIFY(runner.runShell(QStringLiteral("trap '' TERM; echo $$ > '%1'; sleep 100 & sleep 100").arg(pidFile)));
        QTRY_VERIFY(!readLines(pidFile).isEmpty());
        const qint64 pgid = readLines(pidFile).first().toLongLong();
        QTRY_COMPARE(liveProcessesInGroup(pgid).size(), 4); // with the keeper
        QVERIFY(spy.wait(6000));
        const auto r = spy.at(0).at(0).value<CommandRunner::Result>();
        QVERIFY(r.timedOut);
        QVERIFY2(r.elapsedMs >= 300 + CommandRunner::kKillGraceMs - 100, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(liveProcessesInGroup(pgid), QList<qint64>{});
    }

    void backgroundChildOfAFinishedCommandDoesNotDelayItsResult()
    {
        // A start script that launches a daemon with `&` is done when the script exits, even
        // though the daemon still holds the output pipes.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        CommandRunner runner;
        const CommandRunner::Result r =
            runShell(runner, QStringLiteral("sleep 30 & echo $! > '%1'").arg(pidFile), 5000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
        ::kill(readLines(pidFile).value(0).toInt(), SIGKILL);
    }

    void programThatCannotStartIsReportedNotHung()
    {
        CommandRunner runner;
        QSignalSpy spy(&runner, &CommandRunner::finished);
        QVERIFY(runner.run(QStringLiteral("/nonexistent/twinha-program"), {}));
        QVERIFY(spy.wait(5000));
        const auto r = spy.at(0).at(0).value<CommandRunner::Result>();
        QCOMPARE(r.exitCode, -1);
        QVERIFY(!r.timedOut);
        QVERIFY(!r.stderrTail.isEmpty());
    }

    void secondCommandIsRefusedWhileOneRuns()
    {
        CommandRunner runner;
        QSignalSpy spy(&runner, &CommandRunner::finished);
        QVERIFY(runner.runShell(QStringLiteral("sleep 0.2")));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.runShell(QStringLiteral("true")));
        QVERIFY(spy.wait(5000));
        QVERIFY(!runner.isRunning());
        QCOMPARE(spy.size(), 1);
    }

    void nextCommandCanStartFromInsideFinished()
    {
        CommandRunner runner;
        QList<int> codes;
        connect(&runner, &CommandRunner::finished, this, [&](const CommandRunner::Result& r) {
            codes << r.exitCode;
            if (codes.size() == 1)
                QVERIFY(runner.runShell(QStringLiteral("exit 4")));
        });
        QVERIFY(runner.runShell(QStringLiteral("exit 3")));
        QTRY_COMPARE(codes, (QList<int>{3, 4}));
    }

    void elapsedTimeIsMeasured()
    {
        CommandRunner runner;
        const CommandRunner::Result r = runShell(runner, QStringLiteral("sleep 0.3"));
        QVERIFY2(r.elapsedMs >= 280 && r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    }

    void terminateEndsTheGroupWithoutCallingItATimeout()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pgid"));
        CommandRunner runner;
        runner.setTimeoutMs(0); // a long-running helper, like the rsync daemon
        QSignalSpy spy(&runner, &CommandRunner::finished);
        QVERIFY(runner.runShell(QStringLiteral("echo $$ > '%1'; sleep 100 & sleep 100 & wait").arg(pidFile)));
        QTRY_VERIFY(!readLines(pidFile).isEmpty());
        const qint64 pgid = readLines(pidFile).first().toLongLong();
        QTRY_COMPARE(liveProcessesInGroup(pgid).size(), 4);
        runner.terminate();
        QVERIFY(spy.wait(5000));
        const auto r = spy.at(0).at(0).value<CommandRunner::Result>();
        QVERIFY(!r.timedOut);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.elapsedMs < CommandRunner::kKillGraceMs, qPrintable(QString::number(r.elapsedMs))); // SIGTERM did it
        QCOMPARE(liveProcessesInGroup(pgid), QList<qint64>{});
    }

    void anIdleDaemonIsKilledWithoutItsSigtermDelay()
    {
        // rsync's daemon sleeps 400 ms on SIGTERM, so the group is killed at once, with or without
        // a worker (below). The trap would leave a mark had SIGTERM been sent.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pgid"));
        const QString termed = dir.filePath(QStringLiteral("termed"));
        CommandRunner runner;
        runner.setTimeoutMs(0);
        QVERIFY(runner.runShell(QStringLiteral("trap 'touch %2; exit 0' TERM; echo $$ > '%1'; "
                                               "while :; do sleep 0.05; done")
                                    .arg(pidFile, termed)));
        QTRY_VERIFY(!readLines(pidFile).isEmpty());
        const qint64 pgid = readLines(pidFile).first().toLongLong();
        runner.endDaemonAndWait();
        QCOMPARE(liveProcessesInGroup(pgid), QList<qint64>{});
        QVERIFY(!QFile::exists(termed));
    }

    void aDaemonWithAWorkerIsShownFrozenThenKilledWithoutSigterm()
    {
        // A worker runs the daemon's program (a push being written). It gets no SIGTERM (rsync's
        // costs a takeover 400 ms or more); the caller sees the whole group frozen first, to note
        // the files the worker would leave behind, and only then is it killed.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pgid"));
        const QString workerFile = dir.filePath(QStringLiteral("worker"));
        const QString termed = dir.filePath(QStringLiteral("termed"));
        CommandRunner runner;
        runner.setTimeoutMs(0);
        QVERIFY(runner.runShell(QStringLiteral("echo $$ > '%1'; sh -c 'trap \"touch %3; exit 0\" TERM; echo $$ > %2; "
                                               "while :; do sleep 0.05; done' & wait")
                                    .arg(pidFile, workerFile, termed)));
        QTRY_VERIFY(!readLines(workerFile).isEmpty());
        const qint64 pgid = readLines(pidFile).first().toLongLong();
        const qint64 worker = readLines(workerFile).first().toLongLong();
        QList<qint64> shown;
        QByteArray states;
        runner.endDaemonAndWait([&](const QList<qint64>& members) {
            shown = members;
            twinha::agent::ProcessTable::forEachMember(pgid, [&](qint64 pid, char state) {
                if (members.contains(pid)) // not a zombie that the frozen shell had yet to reap
                    states += state;
            });
        });
        QVERIFY2(shown.contains(pgid) && shown.contains(worker), qPrintable(QString::number(shown.size())));
        QCOMPARE(states, QByteArray(shown.size(), 'T')); // all stopped when shown
        QCOMPARE(liveProcessesInGroup(pgid), QList<qint64>{});
        QVERIFY(!QFile::exists(termed));
    }

    void crashIsReportedAsACrash()
    {
        // The keeper dies the way the command did.
        CommandRunner runner;
        const CommandRunner::Result r = runShell(runner, QStringLiteral("kill -SEGV $$"));
        QCOMPARE(r.exitCode, -1);
        QVERIFY(!r.timedOut);
    }

    // The kernel does not deliver the parent-death signal to the keeper (the agent's user) when the
    // command that dies runs as another user: the keeper must see the command go all the same, or
    // one forked copy of the agent per command (psql every second) would pile up.
    void aCommandOfAnotherUserLeavesNoKeeperBehind()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: runs the command as the user nobody");
        const std::optional<twinha::agent::RunAs> nobody = twinha::agent::RunAs::lookup(QStringLiteral("nobody"));
        if (!nobody)
            QSKIP("no user nobody on this machine");
        CommandRunner runner;
        runner.setRunAs(nobody);
        const CommandRunner::Result r = runShell(runner, QStringLiteral("id -u; echo $$"));
        QVERIFY2(r.ok(), qPrintable(r.stderrTail));
        const QList<QByteArray> lines = r.stdoutData.trimmed().split('\n');
        QCOMPARE(lines.value(0).toLongLong(), qint64(nobody->uid));
        const qint64 pgid = lines.value(1).toLongLong();
        QVERIFY(pgid > 1);
        QTRY_VERIFY_WITH_TIMEOUT(liveProcessesInGroup(pgid).isEmpty(), 3000);
        ::kill(-static_cast<pid_t>(pgid), SIGKILL); // should the check above have failed
    }

    void deadAgentTakesTheWholeGroupWithIt()
    {
        // An agent killed with SIGKILL (or crashed) while a script runs: the script and whatever it
        // started in the background must not run on as orphans.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("pid"));
        QProcess agent;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kAgentStubVariable), pidFile);
        agent.setProcessEnvironment(env);
        agent.start(QCoreApplication::applicationFilePath(), {});
        QTRY_VERIFY_WITH_TIMEOUT(!readLines(pidFile).value(0).isEmpty(), 10000);
        const qint64 pgid = twinha::agent::ProcessTable::groupOf(readLines(pidFile).value(0).toLongLong());
        QVERIFY(pgid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(liveProcessesInGroup(pgid).size() >= 3, 5000); // sh and two sleeps
        ::kill(static_cast<pid_t>(agent.processId()), SIGKILL);
        QVERIFY(agent.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(liveProcessesInGroup(pgid).isEmpty(), 3000);
        ::kill(-static_cast<pid_t>(pgid), SIGKILL); // should the check above have failed
    }

    void findToolLooksInSystemFoldersBeyondPath()
    {
        QVERIFY(CommandRunner::findTool(QStringLiteral("no-such-tool-twinha")).isEmpty());
        // A daemon's PATH may lack the sbin folders where ip and arping live.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const QString sh = CommandRunner::findTool(QStringLiteral("sh"));
        qputenv("PATH", path);
        QVERIFY2(sh.startsWith(QLatin1Char('/')), qPrintable(sh));
    }
};

// Run as its own child with kAgentStubVariable set, this program plays an agent that is running a
// script with two background children when it is killed.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString pidFile = qEnvironmentVariable(kAgentStubVariable);
    if (!pidFile.isEmpty()) {
        CommandRunner runner;
        runner.setTimeoutMs(0);
        runner.runShell(QStringLiteral("sleep 300 & sleep 300 & echo $$ > '%1'; wait").arg(pidFile));
        return app.exec();
    }
    TestCommandRunner test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestCommandRunner.moc"
