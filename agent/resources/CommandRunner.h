#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include "agent/resources/ProcessTable.h"
#include "agent/resources/RunAs.h"

#include <optional>

namespace twinha::agent {

// The agent's one way to run a command, without blocking the event loop. The child gets its own
// session and process group under a keeper (GroupKeeper), so a timeout or stop() kills whatever a
// script spawned too, and a dying agent takes the group with it: nothing the agent started runs on
// as an orphan. Bounded commands (tools, scripts, fence agents, replication commands) and
// long-running helpers (the rsync daemon: timeout 0) alike.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int exitCode = -1; // -1 when the command did not start, crashed or timed out
        bool timedOut = false;
        QString stderrTail;           // the last 2 KB, enough to explain a failure without flooding the status
        QByteArray stdoutData;        // capped at 64 KB; used for the output of our own tools (ip, systemctl)
        bool stdoutTruncated = false; // the command printed more than that
        qint64 elapsedMs = 0;

        bool ok() const { return !timedOut && exitCode == 0; }
    };

    static constexpr int kStderrTailBytes = 2048;
    static constexpr int kStdoutLimitBytes = 64 * 1024;
    static constexpr int kKillGraceMs = 2000;   // from SIGTERM to SIGKILL
    static constexpr int kKillConfirmMs = 1000; // from SIGKILL until we stop waiting for the group

    explicit CommandRunner(QObject* parent = nullptr);
    ~CommandRunner() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Added to the daemon's own environment for every command.
    void setExtraEnvironment(const QMap<QString, QString>& vars) { m_extraEnv = vars; }
    // Written to the command's standard input, which is then closed (fence agents read their
    // options this way); without it the command reads /dev/null.
    void setStandardInput(const QByteArray& input) { m_stdin = input; }
    // The next commands start with their standard input open, and wait on it until sendInput():
    // a client started ahead of time (psql connects, then reads its query).
    void setStandardInputHeld(bool held) { m_holdInput = held; }
    // Writes `input` to a held standard input, closes it, and gives the command `timeoutMs` from
    // now (0: no limit); false when no command runs or it was sent already.
    bool sendInput(const QByteArray& input, int timeoutMs);
    // The account the next commands run as (HOME, USER and LOGNAME follow it); nullopt: the agent's.
    void setRunAs(const std::optional<RunAs>& who) { m_runAs = who; }
    // Output past kStdoutLimitBytes ends the command at once (terminate()) instead of being
    // drained and dropped until it exits: for commands whose output is a report to parse.
    void setEndOnStdoutOverflow(bool on) { m_endOnOverflow = on; }

    // Through /bin/sh -c, so commands from the config run exactly as written; a plain one (see
    // PlainCommand.h) runs as the shell would run it, without the shell.
    bool runShell(const QString& command);
    // Without a shell, for our own tools: arguments from the config need no quoting.
    bool run(const QString& program, const QStringList& arguments);
    // A system tool found with findTool(); inside the network namespace `netns` (through
    // `ip netns exec`) when one is given, which only the tests do.
    bool runTool(const QString& tool, const QStringList& arguments, const QString& netns = {});
    bool isRunning() const { return m_process != nullptr; }
    // Ends the running command as a timeout would (SIGTERM to the group, SIGKILL after the grace
    // period) without calling it one: finished() follows once the whole group is gone. To end it
    // at once and hear nothing more, delete the runner: that kills the group.
    void terminate();
    // For a daemon that forks a worker per connection: the whole group killed at once, workers
    // too, and back only once it is gone (ProcessTable::killFrozen, which shows the frozen
    // group to beforeKill): for a caller that must not go on while the command still runs.
    // finished() comes from within the call once the group is gone (its leader reaped), and later
    // from the event loop if the group outlived it.
    void endDaemonAndWait(const ProcessTable::BeforeKill& beforeKill = {});

    // The absolute path of a system tool, also looking in the sbin folders that a daemon's PATH
    // often lacks; empty when it is not installed.
    static QString findTool(const QString& name);

Q_SIGNALS:
    void finished(const twinha::agent::CommandRunner::Result& result);

private:
    // run(), and with withPwd the PWD that /bin/sh -c would have exported (runShell's plain
    // commands).
    bool launch(const QString& program, const QStringList& arguments, bool withPwd);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onTimeout();
    void onKillGraceOver();
    void finishIfDone();
    void emitFinished();
    void killGroup(int signal);

    QProcess* m_process = nullptr;
    QTimer m_timeoutTimer;
    QTimer m_graceTimer;
    QTimer m_reapTimer; // after a timeout: is the group gone yet?
    QElapsedTimer m_elapsed;
    QMap<QString, QString> m_extraEnv;
    QByteArray m_stdin;
    std::optional<RunAs> m_runAs;
    Result m_result;
    QByteArray m_stderrBuffer;
    qint64 m_pgid = 0;
    int m_timeoutMs = 10000;
    bool m_processDone = false;
    bool m_killSent = false;
    bool m_terminating = false;
    bool m_endOnOverflow = false;
    bool m_holdInput = false;
    bool m_inputOpen = false; // held, and nothing sent yet
};

} // namespace twinha::agent
