#include "agent/replication/CommandChannel.h"

#include "agent/AgentLog.h"
#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonDocument>

namespace twinha::agent {

namespace codes = protocol::codes;

CommandChannel::CommandChannel(const ReplicationConfig& config, const QString& selfNode, QObject* parent)
    : ReplicationChannel(config, selfNode, parent)
{
    m_interval.setInterval(config.intervalS * 1000);
    connect(&m_interval, &QTimer::timeout, this, &CommandChannel::runNow);
    m_runner.setTimeoutMs(kTimeoutMs);
    m_runner.setEndOnStdoutOverflow(true); // a report that long is not one: no need to wait for the end
    connect(&m_runner, &CommandRunner::finished, this, &CommandChannel::onFinished);
    m_drainPoll.setSingleShot(true);
    connect(&m_drainPoll, &QTimer::timeout, this, &CommandChannel::runNow);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        finishDrain(false, !m_error.isNull() ? m_error
                                             : protocol::RpcError::make(
                                                   QString::fromLatin1(codes::kReplicationDrainTimeout),
                                                   {{QStringLiteral("timeout_ms"), m_drainDeadline.interval()}}));
    });
}

void CommandChannel::drain(int timeoutMs)
{
    m_draining = true;
    m_drainRunStarted = false;
    m_drainDeadline.start(timeoutMs);
    if (!m_runner.isRunning())
        runNow(); // otherwise the running one ends first, then a run of the drain's own starts
}

std::optional<double> CommandChannel::lagS() const
{
    return m_report ? std::optional<double>(m_report->lagS) : std::nullopt;
}

std::optional<qint64> CommandChannel::lagBytes() const
{
    if (!m_report || !m_report->lagBytes)
        return std::nullopt;
    return qint64(*m_report->lagBytes);
}

void CommandChannel::applyRole(const ReplicationRole& previous)
{
    if (role().kind == ReplicationRole::Kind::Idle) {
        m_interval.stop();
        m_report.reset(); // an idle channel shows no stale numbers
        m_error = {};
        return;
    }
    m_interval.start();
    if (previous.kind == ReplicationRole::Kind::Idle)
        runNow();
}

ReplicationChannel::State CommandChannel::baseState() const
{
    if (!m_report)
        return State::Unknown;
    if (!m_report->state.isEmpty())
        return protocol::replicationStateFrom(m_report->state);
    return m_report->lagS == 0 ? State::InSync : State::Syncing;
}

void CommandChannel::addMetrics(QJsonObject& json) const
{
    if (!m_report)
        return;
    json.insert(QStringLiteral("last_sync"), isoOrNull(m_report->lastSync));
}

void CommandChannel::runNow()
{
    if (m_runner.isRunning())
        return;
    if (m_draining)
        m_drainRunStarted = true;
    m_runner.runShell(config().command);
}

protocol::RpcError CommandChannel::errorOf(const CommandRunner::Result& result, std::optional<CommandReport>* report)
{
    const auto failed = [](int status, const QString& detail) {
        return protocol::RpcError::make(QString::fromLatin1(codes::kReplicationCommandFailed),
                                        {{QStringLiteral("exit_status"), status}, {QStringLiteral("detail"), detail}});
    };
    const auto invalid = [](const QString& detail) {
        return protocol::RpcError::make(QString::fromLatin1(codes::kReplicationOutputInvalid),
                                        {{QStringLiteral("detail"), detail}});
    };
    if (result.stdoutTruncated)
        return invalid(QStringLiteral("output larger than %1 bytes").arg(kMaxOutputBytes));
    if (result.timedOut)
        return failed(-1, QStringLiteral("timed out after %1 ms").arg(kTimeoutMs));
    if (result.exitCode != 0) // a crash or a failure to start is -1, with Qt's reason as stderr
        return failed(result.exitCode, ProcessOutput::detailLine(result.stderrTail.toUtf8()));
    QString detail;
    *report = CommandReport::parse(result.stdoutData, &detail);
    return *report ? protocol::RpcError{} : invalid(detail);
}

void CommandChannel::onFinished(const CommandRunner::Result& result)
{
    std::optional<CommandReport> report;
    const protocol::RpcError error = errorOf(result, &report);
    if (!error.isNull() && (error.code != m_error.code || error.params != m_error.params))
        AgentLog::get("agent.replication")
            ->warn("{}: command failed: {} {}", name().toStdString(), error.code.toStdString(),
                   QJsonDocument(error.params).toJson(QJsonDocument::Compact).toStdString());
    m_error = error;
    m_report = report;
    if (m_draining && !m_drainRunStarted)
        runNow();
    else
        settleDrain();
    Q_EMIT changed();
}

void CommandChannel::settleDrain()
{
    if (!m_draining)
        return;
    if (m_error.isNull() && m_report && m_report->lagS == 0)
        finishDrain(true, {});
    else
        m_drainPoll.start(kDrainPollMs);
}

void CommandChannel::finishDrain(bool ok, const protocol::RpcError& error)
{
    m_draining = false;
    m_drainPoll.stop();
    m_drainDeadline.stop();
    finishDrainLater(ok, error);
}

} // namespace twinha::agent
