#include "agent/resources/PostgresResource.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;

namespace {
const QString kRecoverySql = QStringLiteral("SELECT json_build_object('recovery', pg_is_in_recovery())");
constexpr int kQueryTimeoutMs = 10000;
} // namespace

PostgresResource::PostgresResource(const ResourceConfig& config, const ResourceContext& context, QObject* parent)
    : Resource(config, context, parent)
    , m_task(PgInstance(config, context.node, context.peer))
    , m_checkpoint(PgInstance(config, context.node, context.peer))
{}

int PostgresResource::leftMs() const
{
    return std::max(1, config().timeoutMs - int(m_clock.elapsed()));
}

void PostgresResource::query(const std::function<void(const PgTask::Answer&)>& then)
{
    m_task.query(kRecoverySql, std::min(kQueryTimeoutMs, leftMs()), then);
}

void PostgresResource::doStatus()
{
    m_clock.start();
    query([this](const PgTask::Answer& a) {
        if (!a.ok)
            fail(error(a.unreachable ? codes::kPgNotRunning : codes::kPgCommandFailed, a.error.params));
        else if (a.row.value(QStringLiteral("recovery")).toBool())
            fail(error(codes::kPgIsStandby));
        else
            succeed();
    });
}

void PostgresResource::doStart()
{
    m_clock.start();
    const PgInstance& pg = m_task.instance();
    if (pg.isHeld()) {
        AgentLog::get("agent.resources")->warn("{}: held by {}, not started", logName(), pg.holdPath().toStdString());
        fail(error(codes::kPgHeld, {{QStringLiteral("path"), pg.holdPath()}}));
        return;
    }
    query([this](const PgTask::Answer& a) { startFromState(a); });
}

void PostgresResource::startFromState(const PgTask::Answer& a)
{
    if (a.ok && !a.row.value(QStringLiteral("recovery")).toBool()) {
        succeed(); // already the primary
    } else if (a.ok) {
        promote();
    } else if (!a.unreachable) {
        fail(error(codes::kPgCommandFailed, a.error.params));
    } else {
        // Stopped, or still starting (the channel may be starting the standby right now).
        m_task.run("pg_ctl", m_task.instance().ctlArguments({QStringLiteral("status")}), leftMs(),
                   [this](const CommandRunner::Result& r) {
                       if (r.exitCode == 0) // it runs: wait for it to answer, once
                           waitForAnswer([this](const PgTask::Answer& b) {
                               if (b.unreachable)
                                   fail(error(codes::kPgNotRunning, b.error.params));
                               else
                                   startFromState(b);
                           });
                       else
                           startServer();
                   });
    }
}

void PostgresResource::startServer()
{
    const PgInstance& pg = m_task.instance();
    const int waitS = std::max(1, leftMs() / 1000);
    AgentLog::get("agent.resources")
        ->info("{}: starting PostgreSQL ({})", logName(), pg.hasStandbySignal() ? "as a standby first" : "as primary");
    m_task.run("pg_ctl",
               pg.ctlArguments({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                                QString::number(waitS), QStringLiteral("-l"), pg.logFile()}),
               leftMs(), [this](const CommandRunner::Result& r) {
                   if (!r.ok()) {
                       fail(error(codes::kPgCommandFailed, PgTask::failure(QStringLiteral("pg_ctl start"), r).params));
                       return;
                   }
                   waitForAnswer([this](const PgTask::Answer& b) {
                       if (!b.ok)
                           fail(error(codes::kPgNotRunning, b.error.params));
                       else if (b.row.value(QStringLiteral("recovery")).toBool())
                           promote();
                       else
                           succeed();
                   });
               });
}

// Asks until the server answers or the action's time is up; the last answer goes to `then`.
void PostgresResource::waitForAnswer(const std::function<void(const PgTask::Answer&)>& then)
{
    query([this, then](const PgTask::Answer& a) {
        if (a.ok || !a.unreachable || leftMs() <= kPollMs) {
            then(a);
            return;
        }
        QTimer::singleShot(kPollMs, this, [this, then] { waitForAnswer(then); });
    });
}

void PostgresResource::promote()
{
    const int waitS = std::max(1, leftMs() / 1000);
    AgentLog::get("agent.resources")->info("{}: promoting the standby", logName());
    m_task.query(
        QStringLiteral("SELECT json_build_object('promoted', pg_promote(true, %1))").arg(waitS), leftMs(),
        [this](const PgTask::Answer& a) {
            if (!a.ok) {
                fail(error(codes::kPgCommandFailed, a.error.params));
                return;
            }
            query([this](const PgTask::Answer& b) {
                if (b.ok && !b.row.value(QStringLiteral("recovery")).toBool()) {
                    AgentLog::get("agent.resources")->info("{}: promoted in {} ms", logName(), m_clock.elapsed());
                    checkpointAfterPromotion();
                    succeed();
                } else {
                    fail(error(b.ok ? codes::kPgIsStandby : codes::kPgNotRunning, b.error.params));
                }
            });
        });
}

// pg_rewind on the old primary reads this node's timeline from its control file, which a promotion
// updates only at the next checkpoint: one now, off the switchover's path, so that the old primary
// can be rewound and follow at once.
void PostgresResource::checkpointAfterPromotion()
{
    m_checkpoint.cancel();
    m_checkpoint.run("psql", m_checkpoint.instance().queryArguments(QStringLiteral("CHECKPOINT")), 120000,
                     [this](const CommandRunner::Result& r) {
                         if (!r.ok())
                             AgentLog::get("agent.resources")
                                 ->warn("{}: CHECKPOINT after the promotion failed: {}", logName(),
                                        PgTask::failure(QStringLiteral("psql"), r)
                                            .params.value(QStringLiteral("detail"))
                                            .toString()
                                            .toStdString());
                     });
}

void PostgresResource::doStop()
{
    m_clock.start();
    query([this](const PgTask::Answer& a) {
        if (a.ok && a.row.value(QStringLiteral("recovery")).toBool()) {
            succeed(); // a standby already: it serves nothing
            return;
        }
        stopServer();
    });
}

void PostgresResource::stopServer()
{
    const int waitS = std::max(1, leftMs() / 1000);
    m_task.run(
        "pg_ctl", m_task.instance().ctlArguments({QStringLiteral("status")}), leftMs(),
        [this, waitS](const CommandRunner::Result& status) {
            if (status.exitCode == 3) { // not running
                makeStandby();
                return;
            }
            m_task.run(
                "pg_ctl",
                m_task.instance().ctlArguments({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"),
                                                QStringLiteral("-w"), QStringLiteral("-t"), QString::number(waitS)}),
                leftMs(), [this](const CommandRunner::Result& r) {
                    if (!r.ok()) {
                        fail(error(codes::kPgCommandFailed, PgTask::failure(QStringLiteral("pg_ctl stop"), r).params));
                        return;
                    }
                    AgentLog::get("agent.resources")
                        ->info("{}: stopped cleanly in {} ms", logName(), m_clock.elapsed());
                    makeStandby();
                });
        });
}

void PostgresResource::makeStandby()
{
    QString why;
    if (!m_task.instance().writeStandbyConfig(&why)) {
        fail(error(codes::kPgCommandFailed, {{QStringLiteral("command"), QStringLiteral("standby.signal")},
                                             {QStringLiteral("exit_status"), -1},
                                             {QStringLiteral("detail"), why}}));
        return;
    }
    succeed();
}

} // namespace twinha::agent
