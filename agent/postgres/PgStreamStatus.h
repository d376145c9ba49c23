#pragma once

#include "agent/postgres/PgLsn.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace twinha::agent {

// Streaming replication as one node's PostgreSQL shows it, from the one-row queries below, and the
// lag derived from it. The primary's view (pg_stat_replication) is what readiness and failover
// use; the standby's (pg_last_wal_*) is shown beside it.
struct PgStreamStatus
{
    enum class Side
    {
        Primary,
        Standby
    };

    // Both views' SQL: one json_build_object row.
    static QString primarySql();
    static QString standbySql();
    // From a row of primarySql() or standbySql().
    static PgStreamStatus fromPrimaryRow(const QJsonObject& row);
    static PgStreamStatus fromStandbyRow(const QJsonObject& row);

    Side side = Side::Primary;
    bool inRecovery = false;
    QString state;       // "streaming", "catchup", "stopped" (no standby / no receiver), "not_standby", "not_primary"
    QString standbyName; // primary: the application_name of the standby measured
    std::optional<PgLsn> head; // primary: pg_current_wal_lsn(); standby: last received
    std::optional<PgLsn> sent, write, flush, replay;
    std::optional<double> replayLagS;           // primary: pg_stat_replication.replay_lag (null when idle)
    std::optional<double> replayTimestamp, now; // standby: last replayed commit, server clock (epoch s)
    bool synchronous = false;                   // primary: the standby is synchronous now (sync_state sync or quorum)
    QString syncNames;                          // primary: synchronous_standby_names in effect
    bool replayPaused = false;
    int timeline = 0;

    // WAL written on the primary (received on a standby) and not yet replayed.
    std::optional<qint64> lagBytes() const;
    // {"state","timeline","synchronous","standby","head_lsn","replay_lsn","sent_lag_bytes",
    //  "write_lag_bytes","flush_lag_bytes","replay_paused"} for the status JSON.
    QJsonObject toJson() const;
};

// Seconds behind, from successive primary samples: replay_lag while the standby replays, and the
// time since replay last moved while it is behind and stands still (replay_lag is not updated then,
// e.g. under pg_wal_replay_pause()). Zero when the standby has replayed all there is: an idle
// primary is not lagging.
class PgLagClock
{
public:
    std::optional<double> update(const PgStreamStatus& primary, const QDateTime& now);
    void reset() { *this = PgLagClock(); }

private:
    std::optional<PgLsn> m_replay;
    QDateTime m_replaySince; // when replay was first seen at m_replay
};

} // namespace twinha::agent
