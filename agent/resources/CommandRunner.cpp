#include "agent/resources/CommandRunner.h"

#include "agent/resources/GroupKeeper.h"
#include "agent/resources/PlainCommand.h"
#include "agent/resources/ProcessTable.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace twinha::agent {

namespace {
constexpr int kReapPollMs = 50;
constexpr int kReapWaitMs = 100; // for a child already dead
} // namespace

CommandRunner::CommandRunner(QObject* parent)
    : QObject(parent)
{
    m_timeoutTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    // Coarse timers may fire 5% early; a timeout is a promise to the operator, so keep it exact.
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    m_graceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &CommandRunner::onTimeout);
    connect(&m_graceTimer, &QTimer::timeout, this, &CommandRunner::onKillGraceOver);
    m_reapTimer.setInterval(kReapPollMs);
    connect(&m_reapTimer, &QTimer::timeout, this, &CommandRunner::finishIfDone);
}

CommandRunner::~CommandRunner()
{
    if (m_process) {
        // Shutting down: nothing we started may outlive the daemon's interest in it.
        m_process->disconnect(this);
        killGroup(SIGKILL);
    }
}

QString CommandRunner::findTool(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

bool CommandRunner::runShell(const QString& command)
{
    // A plain command line runs as the shell would run it, without the shell. Not as another
    // user: what the agent may run, that user may not, and the shell would say so in its words.
    if (!m_runAs || !m_runAs->switches())
        if (const std::optional<QStringList> words = plainCommand(command))
            return launch(words->first(), words->mid(1), true);
    return run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
}

bool CommandRunner::runTool(const QString& tool, const QStringList& arguments, const QString& netns)
{
    // A missing tool keeps its bare name and fails to start, with Qt's reason as stderr.
    const auto path = [](const QString& name) {
        const QString found = findTool(name);
        return found.isEmpty() ? name : found;
    };
    if (netns.isEmpty())
        return run(path(tool), arguments);
    return run(path(QStringLiteral("ip")),
               QStringList{QStringLiteral("netns"), QStringLiteral("exec"), netns, path(tool)} + arguments);
}

bool CommandRunner::run(const QString& program, const QStringList& arguments)
{
    return launch(program, arguments, false);
}

bool CommandRunner::launch(const QString& program, const QStringList& arguments, bool withPwd)
{
    if (m_process)
        return false;
    m_result = Result{};
    m_processDone = false;
    m_killSent = false;
    m_terminating = false;
    m_pgid = 0;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    if (m_runAs && m_runAs->switches()) {
        env.insert(QStringLiteral("HOME"), m_runAs->home);
        env.insert(QStringLiteral("USER"), m_runAs->user);
        env.insert(QStringLiteral("LOGNAME"), m_runAs->user);
        // In the user's home, not the agent's folder, which that user may not even enter (psql
        // and pg_ctl warn about it).
        m_process->setWorkingDirectory(QFileInfo(m_runAs->home).isDir() ? m_runAs->home : QStringLiteral("/"));
    }
    if (withPwd) // the shell exports the folder it starts in as PWD
        env.insert(QStringLiteral("PWD"),
                   m_process->workingDirectory().isEmpty() ? QDir::currentPath() : m_process->workingDirectory());
    m_process->setProcessEnvironment(env);
    if (m_stdin.isEmpty() && !m_holdInput)
        m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own session and process group, kept by a keeper that takes the group down with the
    // agent; then the configured user, or no command at all.
    m_process->setChildProcessModifier([agent = ::getpid(), who = m_runAs] { GroupKeeper::split(agent, who); });

    QProcess* process = m_process;
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        QByteArray& tail = m_stderrBuffer;
        tail += process->readAllStandardError();
        if (tail.size() > kStderrTailBytes)
            tail.remove(0, tail.size() - kStderrTailBytes);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        const QByteArray data = process->readAllStandardOutput(); // drained even when over the cap
        const qsizetype room = kStdoutLimitBytes - m_result.stdoutData.size();
        m_result.stdoutData += data.left(room);
        m_result.stdoutTruncated = m_result.stdoutTruncated || data.size() > room;
        if (m_result.stdoutTruncated && m_endOnOverflow)
            terminate();
    });
    connect(process, &QProcess::finished, this, &CommandRunner::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes also arrive through finished()
        m_stderrBuffer = process->errorString().toUtf8();
        m_processDone = true;
        // Queued: the caller may still be inside run() and must see our finished() afterwards.
        QTimer::singleShot(0, this, &CommandRunner::finishIfDone);
    });

    m_elapsed.start();
    m_process->start();
    m_pgid = m_process->processId();
    m_inputOpen = m_holdInput && m_pgid > 0;
    if (!m_stdin.isEmpty() && m_pgid > 0 && !m_holdInput) {
        m_process->write(m_stdin);
        m_process->closeWriteChannel();
    }
    if (m_timeoutMs > 0 && m_pgid > 0)
        m_timeoutTimer.start(m_timeoutMs);
    return true;
}

bool CommandRunner::sendInput(const QByteArray& input, int timeoutMs)
{
    if (!m_process || !m_inputOpen || m_processDone)
        return false;
    m_inputOpen = false;
    m_process->write(input);
    m_process->closeWriteChannel();
    m_timeoutTimer.stop();
    if (timeoutMs > 0 && !m_terminating)
        m_timeoutTimer.start(timeoutMs);
    return true;
}

void CommandRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeoutTimer.stop();
    m_result.exitCode = (status == QProcess::NormalExit && !m_result.timedOut) ? exitCode : -1;
    m_processDone = true;
    finishIfDone();
}

void CommandRunner::onTimeout()
{
    m_result.timedOut = true;
    terminate();
}

void CommandRunner::terminate()
{
    if (!m_process || m_terminating)
        return;
    m_terminating = true;
    m_timeoutTimer.stop();
    killGroup(SIGTERM);
    m_graceTimer.start(kKillGraceMs);
    m_reapTimer.start();
}

void CommandRunner::endDaemonAndWait(const ProcessTable::BeforeKill& beforeKill)
{
    if (!m_process || m_pgid <= 0)
        return;
    // Once the group is gone its leader is an unreaped child: reaped here, so that QProcess does
    // not warn on its deletion that it "is still running", at every switchover's receiver stop.
    if (ProcessTable::killFrozen(m_pgid, beforeKill))
        m_process->waitForFinished(kReapWaitMs);
}

void CommandRunner::onKillGraceOver()
{
    if (!m_killSent) {
        // SIGKILL takes effect when each process next runs: keep watching a little longer, so
        // finished() still means "nothing left".
        killGroup(SIGKILL);
        m_killSent = true;
        m_graceTimer.start(kKillConfirmMs);
    }
    finishIfDone();
}

void CommandRunner::finishIfDone()
{
    if (!m_process || !m_processDone)
        return;
    // After a timeout or terminate(), wait until the whole group is gone (SIGTERM, SIGKILL after
    // the grace period): a child that ignores SIGTERM must not run on once we say it is over.
    if (m_terminating && m_graceTimer.isActive() && !ProcessTable::liveMembers(m_pgid).isEmpty())
        return;
    emitFinished();
}

void CommandRunner::emitFinished()
{
    m_timeoutTimer.stop();
    m_graceTimer.stop();
    m_reapTimer.stop();
    m_result.elapsedMs = m_elapsed.elapsed();
    m_result.stderrTail = QString::fromUtf8(m_stderrBuffer);
    m_stderrBuffer.clear();
    // Cleared first, so a slot may start the next command from inside finished().
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    const Result result = m_result;
    Q_EMIT finished(result);
}

void CommandRunner::killGroup(int signal)
{
    if (m_pgid <= 0)
        return;
    // Right after fork the child may not have called setsid() yet; then at least the child itself.
    // Only while it is unreaped, so its pid cannot have been reused.
    if (::kill(-static_cast<pid_t>(m_pgid), signal) != 0 && errno == ESRCH && !m_processDone)
        ::kill(static_cast<pid_t>(m_pgid), signal);
}

} // namespace twinha::agent
