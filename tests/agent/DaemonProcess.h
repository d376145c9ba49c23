#pragma once

// Runs the built `twinha-agent daemon` in a scratch folder for the tests that need the real binary.

#include "tests/agent/AgentTestSupport.h"

#include <QProcess>

#include <csignal>

namespace twinha::agent::test {

class DaemonProcess
{
public:
    explicit DaemonProcess(const QString& dir)
        : m_dir(dir)
    {}
    ~DaemonProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString socketPath() const { return QDir(m_dir).filePath(QStringLiteral("run/control.sock")); }
    QString stateDir() const { return QDir(m_dir).filePath(QStringLiteral("state")); }
    QString configPath() const { return QDir(m_dir).filePath(QStringLiteral("cluster.toml")); }
    QProcess& process() { return m_process; }

    QStringList arguments(const QString& node = QStringLiteral("n1")) const
    {
        return {QStringLiteral("daemon"),
                QStringLiteral("--config"),
                configPath(),
                QStringLiteral("--node"),
                node,
                QStringLiteral("--state-dir"),
                stateDir(),
                QStringLiteral("--socket"),
                socketPath()};
    }

    // Writes the minimal config unless one is there, starts the daemon and waits until it listens.
    bool start(const QString& node = QStringLiteral("n1"))
    {
        if (!QFile::exists(configPath()) && writeClusterDir(m_dir, daemonConfig()).isEmpty())
            return false;
        m_process.start(agentBinary(), arguments(node));
        if (m_process.waitForStarted(5000) && waitForListener(socketPath(), 10000))
            return true;
        // Say why: the daemon's own words, and whether it is still running.
        m_process.waitForReadyRead(100);
        qWarning("daemon not listening on %s (state %d, exit code %d): %s", qPrintable(socketPath()),
                 int(m_process.state()), m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1,
                 m_process.readAllStandardError().right(4000).constData());
        return false;
    }

    // Sends the signal and waits; returns the exit code, or -1 if it did not exit normally.
    int stop(int signalNumber = SIGTERM)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(5000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

private:
    QString m_dir;
    QProcess m_process;
};

} // namespace twinha::agent::test
