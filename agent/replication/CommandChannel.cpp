#include "agent/replication/CommandChannel.h"

#include "agent/AgentLog.h"
#include "agent/replication/ChildProcesses.h"
#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonDocument>
#include <QProcess>

#include <csignal>

namespace twinha::agent {

namespace codes = protocol::codes;

CommandChannel::CommandChannel(const ReplicationConfig& config, const QString& selfNode, QObject* parent)
    : ReplicationChannel(config, selfNode, parent)
{
    m_interval.setInterval(config.intervalS * 1000);
    connect(&m_interval, &QTimer::timeout, this, &CommandChannel::runNow);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { killRun(Kill::Timeout); });
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

CommandChannel::~CommandChannel()
{
    ChildProcesses::killAll(this);
}

void CommandChannel::drain(int timeoutMs)
{
    m_draining = true;
    m_drainRunStarted = false;
    m_drainDeadline.start(timeoutMs);
    if (!m_process)
        runNow(); // otherwise the running one ends first, then a run of the drain's own starts
}

std::optional<double> CommandChannel::lagS() const
{
    return m_report ? std::optional<double>(m_report->lagS) : std::nullopt;
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
        return stateFromName(m_report->state);
    return m_report->lagS == 0 ? State::InSync : State::Syncing;
}

void CommandChannel::addMetrics(QJsonObject& json) const
{
    if (!m_report)
        return;
    if (m_report->lagBytes)
        json.insert(QStringLiteral("lag_bytes"), *m_report->lagBytes);
    json.insert(QStringLiteral("last_sync"), isoOrNull(m_report->lastSync));
}

void CommandChannel::runNow()
{
    if (m_process)
        return;
    if (m_draining)
        m_drainRunStarted = true;
    m_kill = Kill::None;
    m_process = new QProcess(this);
    ChildProcesses::prepare(m_process); // a timeout then kills whatever the command started too
    connect(m_process, &QProcess::finished, this, &CommandChannel::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFinished();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process->bytesAvailable() > kMaxOutputBytes && m_kill == Kill::None)
            killRun(Kill::TooMuchOutput);
    });
    m_timeout.start(kTimeoutMs); // before start(): a failure to start may be reported inside it
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), config().command});
}

void CommandChannel::killRun(Kill reason)
{
    m_kill = reason;
    if (m_process)
        ChildProcesses::signalGroup(m_process, SIGKILL);
}

void CommandChannel::onFinished()
{
    QProcess* p = std::exchange(m_process, nullptr);
    if (!p)
        return;
    m_timeout.stop();
    p->disconnect(this);
    p->deleteLater();
    const auto failed = [](int status, const QString& detail) {
        return protocol::RpcError::make(QString::fromLatin1(codes::kReplicationCommandFailed),
                                        {{QStringLiteral("exit_status"), status}, {QStringLiteral("detail"), detail}});
    };
    protocol::RpcError error;
    std::optional<CommandReport> report;
    QString detail;
    if (m_kill == Kill::TooMuchOutput)
        error = protocol::RpcError::make(
            QString::fromLatin1(codes::kReplicationOutputInvalid),
            {{QStringLiteral("detail"), QStringLiteral("output larger than %1 bytes").arg(kMaxOutputBytes)}});
    else if (m_kill == Kill::Timeout)
        error = failed(-1, QStringLiteral("timed out after %1 ms").arg(kTimeoutMs));
    else if (p->error() == QProcess::FailedToStart)
        error = failed(-1, p->errorString());
    else if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
        error = failed(p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                       ProcessOutput::detailLine(p->readAllStandardError()));
    else if (!(report = CommandReport::parse(p->readAllStandardOutput(), &detail)))
        error = protocol::RpcError::make(QString::fromLatin1(codes::kReplicationOutputInvalid),
                                         {{QStringLiteral("detail"), detail}});
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
