#include "agent/replication/PostgresChannel.h"

#include "agent/AgentLog.h"
#include "agent/postgres/PgControlData.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

PostgresChannel::PostgresChannel(const ReplicationConfig& config, const ResourceConfig& resource,
                                 const QString& selfNode, const QString& peerNode, QObject* parent)
    : ReplicationChannel(config, selfNode, parent)
    , m_sampler(PgInstance(resource, selfNode, peerNode))
    , m_urgent(PgInstance(resource, selfNode, peerNode))
    , m_follower(PgInstance(resource, selfNode, peerNode))
    , m_sync(PgInstance(resource, selfNode, peerNode), config.synchronous)
{
    m_interval.setInterval(config.intervalS * 1000);
    connect(&m_interval, &QTimer::timeout, this, &PostgresChannel::sample);
    m_catchUpPoll.setSingleShot(true);
    connect(&m_catchUpPoll, &QTimer::timeout, this, &PostgresChannel::pollCatchUp);
    const auto journal = [this](protocol::EventType type, QJsonObject data) {
        data.insert(QStringLiteral("channel"), name());
        Q_EMIT journalEvent(type, data);
    };
    connect(&m_follower, &PgFollower::journalEvent, this, journal);
    connect(&m_sync, &PgSyncMode::journalEvent, this, journal);
    connect(&m_follower, &PgFollower::changed, this, [this] {
        if (role().kind == ReplicationRole::Kind::Target && !m_follower.problem().isNull()) {
            m_error = m_follower.problem();
            Q_EMIT changed();
        }
    });
}

std::optional<qint64> PostgresChannel::lagBytes() const
{
    return m_status ? m_status->lagBytes() : std::nullopt;
}

void PostgresChannel::applyRole(const ReplicationRole&)
{
    m_sampler.cancel();
    m_follower.cancel();
    m_sync.stop();
    m_status.reset();
    m_lagS.reset();
    m_lagClock.reset();
    m_error = {};
    m_notStreaming = 0;
    if (role().kind == ReplicationRole::Kind::Idle) {
        m_interval.stop();
        return;
    }
    m_interval.start();
    sample();
}

void PostgresChannel::sample()
{
    if (role().kind == ReplicationRole::Kind::Idle || m_sampler.isRunning())
        return;
    const bool source = role().kind == ReplicationRole::Kind::Source;
    m_sampler.query(source ? PgStreamStatus::primarySql() : PgStreamStatus::standbySql(), kQueryTimeoutMs,
                    [this](const PgTask::Answer& a) { onSample(a); });
}

void PostgresChannel::onSample(const PgTask::Answer& a)
{
    const bool source = role().kind == ReplicationRole::Kind::Source;
    if (a.ok) {
        if (source) {
            takePrimaryView(PgStreamStatus::fromPrimaryRow(a.row));
        } else {
            takeStandbyView(PgStreamStatus::fromStandbyRow(a.row));
            if (!m_urgent.isRunning()) // the catch-up of a switchover to here asks at once
                m_urgent.warmUp();
        }
    } else {
        m_status.reset();
        m_lagS.reset();
        m_lagClock.reset();
        m_error = a.unreachable ? RpcError::make(QString::fromLatin1(codes::kPgNotRunning), a.error.params) : a.error;
        if (!source && a.unreachable) {
            m_follower.tend(); // the standby must run: start it, or rewind it first
            if (!m_follower.problem().isNull())
                m_error = m_follower.problem();
        }
    }
    Q_EMIT changed();
}

void PostgresChannel::takePrimaryView(const PgStreamStatus& s)
{
    m_status = s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lagS = m_lagClock.update(s, now);
    if (m_lagS == 0.0)
        m_caughtUpAt = now; // "last sync": when the standby last had everything
    m_sync.observe(s);
    if (s.inRecovery)
        m_error = RpcError::make(QString::fromLatin1(codes::kPgIsStandby));
    else if (s.state != QLatin1String("streaming") && s.state != QLatin1String("catchup"))
        m_error =
            RpcError::make(QString::fromLatin1(codes::kPgStandbyNotStreaming),
                           {{QStringLiteral("state"), s.state == QLatin1String("stopped") ? QString() : s.state}});
    else
        m_error = {};
}

void PostgresChannel::takeStandbyView(const PgStreamStatus& s)
{
    m_status = s;
    m_follower.clearProblem();
    m_lagS.reset();
    if (!s.inRecovery) {
        if (m_error.code != QLatin1String(codes::kPgIsPrimary))
            Q_EMIT localCopyServes(); // once per finding: the group's check then stops it here
        m_error = RpcError::make(QString::fromLatin1(codes::kPgIsPrimary));
        return;
    }
    if (s.head && s.replay && *s.replay >= *s.head)
        m_lagS = 0.0; // replayed all it received
    else if (s.replayTimestamp && s.now)
        m_lagS = std::max(0.0, *s.now - *s.replayTimestamp);
    m_error =
        s.state == QLatin1String("streaming")
            ? RpcError()
            : RpcError::make(QString::fromLatin1(codes::kPgStandbyNotStreaming),
                             {{QStringLiteral("state"), s.state == QLatin1String("stopped") ? QString() : s.state}});
}

ReplicationChannel::State PostgresChannel::baseState() const
{
    if (!m_status || !m_lagS)
        return State::Unknown;
    return *m_lagS == 0 && lagBytes().value_or(0) == 0 ? State::InSync : State::Syncing;
}

void PostgresChannel::addMetrics(QJsonObject& json) const
{
    if (m_status)
        json.insert(QStringLiteral("postgresql"), m_status->toJson());
    json.insert(QStringLiteral("last_sync"), isoOrNull(m_caughtUpAt));
}

void PostgresChannel::drain(int timeoutMs)
{
    // The group has stopped here: PostgreSQL is down, and its last WAL record is the clean stop's
    // shutdown checkpoint, which the standby must have replayed before it may be promoted.
    m_handover = {};
    m_urgent.cancel();
    m_urgent.run("pg_controldata", {m_urgent.instance().dataDir()}, std::min(timeoutMs, kQueryTimeoutMs),
                 [this](const CommandRunner::Result& r) {
                     const PgControlData d = PgControlData::parse(r.stdoutData);
                     if (!r.ok() || !d.shutDownCleanly()) {
                         finishDrainLater(false, r.ok()
                                                     ? RpcError::make(QString::fromLatin1(codes::kPgNotCleanlyStopped),
                                                                      {{QStringLiteral("state"), d.state}})
                                                     : PgTask::failure(QStringLiteral("pg_controldata"), r));
                         return;
                     }
                     m_handover = {{QStringLiteral("checkpoint_lsn"), d.checkpoint->toString()},
                                   {QStringLiteral("timeline"), d.timeline}};
                     AgentLog::get("agent.replication")
                         ->info("{}: stopped cleanly at checkpoint {} (timeline {})", name().toStdString(),
                                d.checkpoint->toString().toStdString(), d.timeline);
                     finishDrainLater(true);
                 });
}

void PostgresChannel::awaitCatchUp(const QJsonObject& facts, int timeoutMs)
{
    const std::optional<PgLsn> checkpoint = PgLsn::parse(facts.value(QStringLiteral("checkpoint_lsn")).toString());
    if (!checkpoint) {
        finishCatchUpLater(true); // nothing named: a source that drained nothing to wait for
        return;
    }
    m_catchUp = CatchUp{*checkpoint, timeoutMs, {}, {}};
    m_catchUp->clock.start();
    m_urgent.cancel();
    pollCatchUp();
}

void PostgresChannel::pollCatchUp()
{
    if (!m_catchUp)
        return;
    m_urgent.query(PgStreamStatus::standbySql(), kQueryTimeoutMs, [this](const PgTask::Answer& a) {
        if (!m_catchUp)
            return;
        const PgStreamStatus s = PgStreamStatus::fromStandbyRow(a.row);
        if (a.ok && s.replay)
            m_catchUp->lastReplay = s.replay->toString();
        // pg_last_wal_replay_lsn() is the end of the last record replayed: past the checkpoint's
        // start means the checkpoint record itself, the old primary's last, has been replayed. The
        // positions compare on one timeline: the switchover's pre-check required this standby to
        // stream from that primary, and the primary has stopped since. (The standby's own timeline
        // is no help here: with the walreceiver gone it is its last restartpoint's, often older.)
        if (a.ok && s.inRecovery && s.replay && *s.replay > m_catchUp->checkpoint) {
            AgentLog::get("agent.replication")
                ->info("{}: standby replayed {} past the old primary's checkpoint {} after {} ms", name().toStdString(),
                       s.replay->toString().toStdString(), m_catchUp->checkpoint.toString().toStdString(),
                       m_catchUp->clock.elapsed());
            m_catchUp.reset();
            finishCatchUpLater(true);
        } else if (m_catchUp->clock.elapsed() + kCatchUpPollMs >= m_catchUp->timeoutMs) {
            const RpcError behind =
                RpcError::make(QString::fromLatin1(codes::kPgStandbyBehind),
                               {{QStringLiteral("replay_lsn"), m_catchUp->lastReplay},
                                {QStringLiteral("checkpoint_lsn"), m_catchUp->checkpoint.toString()},
                                {QStringLiteral("timeout_ms"), m_catchUp->timeoutMs}});
            m_catchUp.reset();
            finishCatchUpLater(false, a.ok && !s.inRecovery ? RpcError::make(QString::fromLatin1(codes::kPgIsPrimary))
                                                            : behind);
        } else {
            m_catchUpPoll.start(kCatchUpPollMs);
        }
    });
}

} // namespace twinha::agent
