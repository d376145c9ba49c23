#include "agent/resources/PostgresResource.h"

#include "agent/AgentLog.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <csignal>

namespace twinha::agent {

namespace codes = protocol::codes;

namespace {
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
    m_task.query(PgTask::recoverySql(), std::min(kQueryTimeoutMs, leftMs()), then);
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

void PostgresResource::prepareStart()
{
    if (!m_task.instance().isHeld())
        m_task.warmUp();
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
    promote(true);
}

// One session promotes the server if it is a standby and waits for the promotion: pg_promote(true)
// and pg_ctl promote look every 100 ms whether it is over, and a switchover waits for it, so this
// asks every 5 ms. A server that does not answer is started first when `startIfDown`.
void PostgresResource::promote(bool startIfDown)
{
    const QString sql =
        QStringLiteral("DO $$BEGIN IF pg_is_in_recovery() THEN PERFORM set_config('twinha.promoted', 'yes', false); "
                       "PERFORM pg_promote(false); FOR i IN 1..%1 LOOP EXIT WHEN NOT pg_is_in_recovery(); "
                       "PERFORM pg_sleep(0.005); END LOOP; END IF; END$$; "
                       "SELECT json_build_object('recovery', pg_is_in_recovery(), "
                       "'promoted', current_setting('twinha.promoted', true) = 'yes')")
            .arg(std::max(1, leftMs() / 5));
    m_task.query(sql, leftMs(), [this, startIfDown](const PgTask::Answer& a) {
        if (a.ok && !a.row.value(QStringLiteral("recovery")).toBool()) {
            if (a.row.value(QStringLiteral("promoted")).toBool()) {
                AgentLog::get("agent.resources")->info("{}: promoted in {} ms", logName(), m_clock.elapsed());
                succeed(); // first: the group's next resource (the address) starts before this psql
                checkpointAfterPromotion();
                return;
            }
            succeed();
        } else if (a.ok) {
            fail(error(codes::kPgIsStandby));
        } else if (a.unreachable && startIfDown) {
            startIfStopped(); // stopped, or still starting (the channel may be starting the standby)
        } else {
            fail(error(a.unreachable ? codes::kPgNotRunning : codes::kPgCommandFailed, a.error.params));
        }
    });
}

void PostgresResource::startIfStopped()
{
    m_task.run("pg_ctl", m_task.instance().ctlArguments({QStringLiteral("status")}), leftMs(),
               [this](const CommandRunner::Result& r) {
                   if (r.exitCode == 0) // it runs: wait for it to answer
                       promoteOnceItAnswers();
                   else
                       startServer();
               });
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
                   if (!r.ok())
                       fail(error(codes::kPgCommandFailed, PgTask::failure(QStringLiteral("pg_ctl start"), r).params));
                   else
                       promoteOnceItAnswers();
               });
}

// Asks until the server answers or the action's time is up, then promotes it if it is a standby.
void PostgresResource::promoteOnceItAnswers()
{
    query([this](const PgTask::Answer& a) {
        if (a.ok) {
            promote(false);
        } else if (!a.unreachable || leftMs() <= kPollMs) {
            fail(error(a.unreachable ? codes::kPgNotRunning : codes::kPgCommandFailed, a.error.params));
        } else {
            QTimer::singleShot(kPollMs, this, [this] { promoteOnceItAnswers(); });
        }
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
    if (m_task.instance().surelyNoRecoverySignal()) {
        stopServer(); // a primary, or stopped: no need to ask (a switchover waits here)
        return;
    }
    query([this](const PgTask::Answer& a) {
        if (a.ok && a.row.value(QStringLiteral("recovery")).toBool()) {
            succeed(); // a standby already: it serves nothing
            return;
        }
        stopServer();
    });
}

// A fast shutdown (SIGINT to the postmaster, what pg_ctl stop -m fast sends), then a look every
// kStopPollMs at postmaster.pid, which the postmaster removes last: pg_ctl stop -w looks every
// 100 ms, and each pg_ctl run costs 10 to 20 ms, which a switchover waits for. pg_ctl does it when
// the folder cannot be read or the signal cannot be sent.
void PostgresResource::stopServer()
{
    qint64 pid = 0;
    switch (m_task.instance().postmaster(&pid)) {
    case PgInstance::Postmaster::Stopped:
        makeStandby();
        return;
    case PgInstance::Postmaster::Running:
        if (::kill(pid_t(pid), SIGINT) == 0) {
            waitUntilStopped();
            return;
        }
        break;
    case PgInstance::Postmaster::Unknown:
        break;
    }
    stopWithPgCtl();
}

void PostgresResource::stopWithPgCtl()
{
    m_task.run("pg_ctl", m_task.instance().ctlArguments({QStringLiteral("status")}), leftMs(),
               [this](const CommandRunner::Result& status) {
                   if (status.exitCode == 3) { // not running
                       makeStandby();
                       return;
                   }
                   m_task.run("pg_ctl",
                              m_task.instance().ctlArguments({QStringLiteral("stop"), QStringLiteral("-m"),
                                                              QStringLiteral("fast"), QStringLiteral("-W")}),
                              leftMs(), [this](const CommandRunner::Result& r) {
                                  if (!r.ok())
                                      fail(error(codes::kPgCommandFailed,
                                                 PgTask::failure(QStringLiteral("pg_ctl stop"), r).params));
                                  else
                                      waitUntilStopped();
                              });
               });
}

void PostgresResource::waitUntilStopped()
{
    switch (m_task.instance().postmaster()) {
    case PgInstance::Postmaster::Stopped:
        AgentLog::get("agent.resources")->info("{}: stopped in {} ms", logName(), m_clock.elapsed());
        makeStandby(); // a shutdown that did not end cleanly shows in the control file, which the drain reads
        return;
    case PgInstance::Postmaster::Unknown:
        waitUntilStoppedWithPgCtl();
        return;
    case PgInstance::Postmaster::Running:
        break;
    }
    if (leftMs() <= kStopPollMs) {
        fail(error(codes::kResourceTimeout, {{QStringLiteral("action"), protocol::resourceActionName(Action::Stop)},
                                             {QStringLiteral("timeout_ms"), config().timeoutMs}}));
        return;
    }
    QTimer::singleShot(kStopPollMs, this, [this] { waitUntilStopped(); });
}

void PostgresResource::waitUntilStoppedWithPgCtl()
{
    m_task.run(
        "pg_ctl", m_task.instance().ctlArguments({QStringLiteral("status")}), leftMs(),
        [this](const CommandRunner::Result& r) {
            if (r.exitCode == 3) {
                AgentLog::get("agent.resources")->info("{}: stopped cleanly in {} ms", logName(), m_clock.elapsed());
                makeStandby();
            } else if (r.exitCode != 0) {
                fail(error(codes::kPgCommandFailed, PgTask::failure(QStringLiteral("pg_ctl status"), r).params));
            } else if (leftMs() <= kStopPollMs) {
                fail(error(codes::kResourceTimeout,
                           {{QStringLiteral("action"), protocol::resourceActionName(Action::Stop)},
                            {QStringLiteral("timeout_ms"), config().timeoutMs}}));
            } else {
                QTimer::singleShot(kStopPollMs, this, [this] { waitUntilStoppedWithPgCtl(); });
            }
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
