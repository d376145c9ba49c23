#include "agent/postgres/PgSyncMode.h"

#include "agent/AgentLog.h"

namespace twinha::agent {

namespace {
const QString kAnyStandby = QStringLiteral("*");
} // namespace

PgSyncMode::PgSyncMode(const PgInstance& instance, protocol::SyncCommit mode, QObject* parent)
    : QObject(parent)
    , m_task(instance)
    , m_mode(mode)
{
    m_degrade.setSingleShot(true);
    m_degrade.setInterval(kDegradeDelayMs);
    connect(&m_degrade, &QTimer::timeout, this, [this] { apply(QString()); });
}

void PgSyncMode::stop()
{
    m_degrade.stop();
    m_task.cancel();
    m_pending.clear();
}

void PgSyncMode::observe(const PgStreamStatus& s)
{
    if (m_mode == protocol::SyncCommit::Off || s.inRecovery || m_task.isRunning())
        return;
    const bool strict = m_mode == protocol::SyncCommit::Strict;
    const QString want = strict || s.state == QLatin1String("streaming") ? kAnyStandby : QString();
    if (s.syncNames == want) {
        m_degrade.stop();
        return;
    }
    if (want.isEmpty()) {
        if (!m_degrade.isActive())
            m_degrade.start(); // the peer hears "not synchronous" before commits stop waiting
        return;
    }
    m_degrade.stop();
    apply(want);
}

void PgSyncMode::apply(const QString& names)
{
    if (m_task.isRunning())
        return;
    m_pending = names;
    const QString sql = QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'").arg(names);
    m_task.run("psql", m_task.instance().queryArguments(sql), 10000, [this](const CommandRunner::Result& r) {
        const auto log = AgentLog::get("agent.replication");
        if (!r.ok()) {
            log->warn("postgresql: ALTER SYSTEM SET synchronous_standby_names failed: {}",
                      PgTask::failure(QStringLiteral("psql"), r)
                          .params.value(QStringLiteral("detail"))
                          .toString()
                          .toStdString());
            return;
        }
        m_task.query(QStringLiteral("SELECT json_build_object('reloaded', pg_reload_conf())"), 10000,
                     [this, log](const PgTask::Answer& a) {
                         const bool on = !m_pending.isEmpty();
                         log->info("postgresql: commits {} for the standby{}", on ? "wait" : "no longer wait",
                                   a.ok ? "" : " (reload failed; in effect at the next reload)");
                         Q_EMIT journalEvent(protocol::EventType::PgSynchronous, {{QStringLiteral("synchronous"), on}});
                     });
    });
}

} // namespace twinha::agent
