#include "agent/postgres/PgFollower.h"

#include "agent/AgentLog.h"
#include "agent/postgres/PgControlData.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

PgFollower::PgFollower(const PgInstance& instance, QObject* parent)
    : QObject(parent)
    , m_task(instance)
{}

void PgFollower::cancel()
{
    m_task.cancel();
}

void PgFollower::setProblem(const RpcError& problem)
{
    if (problem.code == m_problem.code && problem.params == m_problem.params)
        return;
    m_problem = problem;
    Q_EMIT changed();
}

void PgFollower::tend()
{
    if (m_task.isRunning())
        return;
    const PgInstance& pg = m_task.instance();
    if (pg.isHeld()) {
        setProblem(RpcError::make(QString::fromLatin1(codes::kPgHeld), {{QStringLiteral("path"), pg.holdPath()}}));
        return;
    }
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < m_waitMs)
        return; // the last attempt failed: not again before the backoff's delay
    m_task.run("pg_ctl", pg.ctlArguments({QStringLiteral("status")}), 10000,
               [this](const CommandRunner::Result& r) { onStatus(r); });
}

void PgFollower::onStatus(const CommandRunner::Result& status)
{
    if (status.exitCode == 0) {
        setProblem({}); // it runs, and answers once it is ready
    } else if (status.exitCode != 3) {
        setProblem(PgTask::failure(QStringLiteral("pg_ctl status"), status)); // 4: no data folder
    } else {
        checkPeerIsPrimary();
    }
}

void PgFollower::start()
{
    const PgInstance& pg = m_task.instance();
    AgentLog::get("agent.replication")->info("postgresql: starting the standby in {}", pg.dataDir().toStdString());
    m_task.run("pg_ctl",
               pg.ctlArguments({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                                QString::number(kStartTimeoutMs / 1000), QStringLiteral("-l"), pg.logFile()}),
               kStartTimeoutMs + 5000, [this](const CommandRunner::Result& r) {
                   if (r.ok()) {
                       m_sinceFailure.invalidate();
                       m_backoff.reset();
                       setProblem({});
                       return;
                   }
                   m_waitMs = m_backoff.next();
                   m_sinceFailure.start();
                   setProblem(PgTask::failure(QStringLiteral("pg_ctl start"), r));
               });
}

void PgFollower::checkPeerIsPrimary()
{
    m_task.queryPeer(PgTask::recoverySql(), 10000, [this](const PgTask::Answer& a) {
        if (!a.ok || a.row.value(QStringLiteral("recovery")).toBool()) {
            setProblem(RpcError::make(QString::fromLatin1(codes::kPgPrimaryUnreachable),
                                      {{QStringLiteral("address"), m_task.instance().peerAddress()}}));
            return;
        }
        m_task.run("pg_controldata", {m_task.instance().dataDir()}, 10000, [this](const CommandRunner::Result& r) {
            const PgControlData d = PgControlData::parse(r.stdoutData);
            m_before = {{QStringLiteral("state"), d.state},
                        {QStringLiteral("timeline"), d.timeline},
                        {QStringLiteral("checkpoint_lsn"), d.checkpoint ? d.checkpoint->toString() : QString()}};
            rewind();
        });
    });
}

void PgFollower::rewind()
{
    const PgInstance& pg = m_task.instance();
    // After an unclean stop pg_rewind first runs the server alone for crash recovery, which refuses
    // standby.signal ("standby mode is not supported by single-user servers"). The file comes back
    // with the standby configuration below; until then the hold file guards a failure.
    QString why;
    if (!pg.removeStandbySignal(&why)) {
        setProblem(RpcError::make(QString::fromLatin1(codes::kPgCommandFailed),
                                  {{QStringLiteral("command"), QStringLiteral("standby.signal")},
                                   {QStringLiteral("exit_status"), -1},
                                   {QStringLiteral("detail"), why}}));
        return;
    }
    m_task.run("pg_rewind", pg.rewindArguments(), kRewindTimeoutMs, [this](const CommandRunner::Result& r) {
        const auto log = AgentLog::get("agent.replication");
        const PgInstance& pg = m_task.instance();
        const QString output = QString::fromUtf8(r.stdoutData) + r.stderrTail;
        QString why;
        if (r.ok() && pg.writeStandbyConfig(&why)) {
            if (!output.contains(QLatin1String("no rewind required"))) {
                QJsonObject data = m_before;
                data.insert(QStringLiteral("primary"), pg.peerAddress());
                Q_EMIT journalEvent(protocol::EventType::PgRewound, data);
                log->warn("postgresql: {} had gone its own way; rewound onto {} in {} ms", pg.dataDir().toStdString(),
                          pg.peerAddress().toStdString(), r.elapsedMs);
            }
            start();
            return;
        }
        const QString detail =
            r.ok() ? why
                   : PgTask::failure(QStringLiteral("pg_rewind"), r).params.value(QStringLiteral("detail")).toString();
        if (!r.ok() && output.contains(QLatin1String("could not connect"))) {
            // The primary went away meanwhile: nothing was changed here, so try again later.
            m_waitMs = m_backoff.next();
            m_sinceFailure.start();
            setProblem(RpcError::make(QString::fromLatin1(codes::kPgPrimaryUnreachable),
                                      {{QStringLiteral("address"), pg.peerAddress()}}));
            return;
        }
        QString holdError;
        pg.hold(QStringLiteral("pg_rewind failed: ") + detail, &holdError);
        log->error("postgresql: pg_rewind failed ({}); holding it stopped: {}", detail.toStdString(),
                   holdError.isEmpty() ? pg.holdPath().toStdString() : holdError.toStdString());
        const QJsonObject params{{QStringLiteral("detail"), detail}, {QStringLiteral("path"), pg.holdPath()}};
        Q_EMIT journalEvent(protocol::EventType::PgHeld, params);
        setProblem(RpcError::make(QString::fromLatin1(codes::kPgRewindFailed), params));
    });
}

void PgFollower::realign()
{
    if (m_task.isRunning())
        return;
    // Only for a primary to follow: pg_rewind needs one, and restarting for nothing helps nobody.
    m_task.queryPeer(PgTask::recoverySql(), 10000, [this](const PgTask::Answer& a) {
        if (!a.ok || a.row.value(QStringLiteral("recovery")).toBool())
            return;
        AgentLog::get("agent.replication")
            ->warn("postgresql: the standby in {} does not stream from the primary at {}; stopping "
                   "it to rewind it",
                   m_task.instance().dataDir().toStdString(), m_task.instance().peerAddress().toStdString());
        m_task.run("pg_ctl",
                   m_task.instance().ctlArguments(
                       {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")}),
                   70000, [this](const CommandRunner::Result&) { tend(); });
    });
}

} // namespace twinha::agent
