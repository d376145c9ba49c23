#pragma once

#include "agent/replication/CommandReport.h"
#include "agent/replication/ReplicationChannel.h"
#include "agent/resources/CommandRunner.h"

#include <QTimer>

namespace twinha::agent {

// A replication the agent does not perform but asks about: config.command runs under sh -c
// every interval (while the role is not Idle) and prints its lag as JSON (see CommandReport).
class CommandChannel : public ReplicationChannel
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 10000;
    static constexpr int kDrainPollMs = 500;
    static constexpr qint64 kMaxOutputBytes = CommandRunner::kStdoutLimitBytes;

    CommandChannel(const ReplicationConfig& config, const QString& selfNode, QObject* parent = nullptr);

    // Runs the command now and again every 500 ms until it reports lag_s == 0: drained(true).
    // At the deadline: the last run's error, or REPLICATION_DRAIN_TIMEOUT {timeout_ms}.
    void drain(int timeoutMs) override;
    std::optional<double> lagS() const override;
    std::optional<qint64> lagBytes() const override;

protected:
    void applyRole(const ReplicationRole& previous) override;
    protocol::RpcError channelError() const override { return m_error; }
    State baseState() const override;
    void addMetrics(QJsonObject& json) const override;

private:
    void runNow();
    void onFinished(const CommandRunner::Result& result);
    static protocol::RpcError errorOf(const CommandRunner::Result& result, std::optional<CommandReport>* report);
    void settleDrain();
    void finishDrain(bool ok, const protocol::RpcError& error);

    CommandRunner m_runner;
    QTimer m_interval;
    QTimer m_drainPoll;
    QTimer m_drainDeadline;
    bool m_draining = false;
    bool m_drainRunStarted = false; // a run began after drain() was called
    std::optional<CommandReport> m_report;
    protocol::RpcError m_error;
};

} // namespace twinha::agent
