#include "agent/postgres/PgStreamStatus.h"

#include <QJsonArray>

namespace twinha::agent {

namespace {
std::optional<PgLsn> lsn(const QJsonObject& o, const char* key)
{
    return PgLsn::parse(o.value(QLatin1String(key)).toString());
}

std::optional<double> number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonValue diff(const std::optional<PgLsn>& a, const std::optional<PgLsn>& b)
{
    return a && b ? QJsonValue(qint64(a->value - std::min(a->value, b->value))) : QJsonValue();
}
} // namespace

QString PgStreamStatus::primarySql()
{
    return QStringLiteral(
        "SELECT json_build_object("
        "'recovery', pg_is_in_recovery(),"
        "'lsn', CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END,"
        "'timeline', CASE WHEN pg_is_in_recovery() THEN NULL"
        " ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,"
        "'sync_names', current_setting('synchronous_standby_names'),"
        "'standbys', (SELECT coalesce(json_agg(json_build_object("
        "'name', application_name, 'state', state, 'sync', sync_state, 'sent', sent_lsn::text,"
        "'write', write_lsn::text, 'flush', flush_lsn::text, 'replay', replay_lsn::text,"
        "'replay_lag', extract(epoch FROM replay_lag)) ORDER BY replay_lsn DESC NULLS LAST), '[]'::json)"
        " FROM pg_stat_replication))");
}

QString PgStreamStatus::standbySql()
{
    return QStringLiteral("SELECT json_build_object("
                          "'recovery', pg_is_in_recovery(),"
                          "'receive', pg_last_wal_receive_lsn()::text,"
                          "'replay', pg_last_wal_replay_lsn()::text,"
                          "'replay_ts', extract(epoch FROM pg_last_xact_replay_timestamp()),"
                          "'now', extract(epoch FROM clock_timestamp()),"
                          "'paused', CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() END,"
                          "'receiver', (SELECT status FROM pg_stat_wal_receiver),"
                          "'timeline', coalesce((SELECT received_tli FROM pg_stat_wal_receiver),"
                          " (SELECT timeline_id FROM pg_control_checkpoint())))");
}

PgStreamStatus PgStreamStatus::fromPrimaryRow(const QJsonObject& row)
{
    PgStreamStatus s;
    s.side = Side::Primary;
    s.inRecovery = row.value(QStringLiteral("recovery")).toBool();
    s.head = lsn(row, "lsn");
    s.timeline = row.value(QStringLiteral("timeline")).toInt();
    s.syncNames = row.value(QStringLiteral("sync_names")).toString();
    const QJsonArray standbys = row.value(QStringLiteral("standbys")).toArray();
    if (s.inRecovery) {
        s.state = QStringLiteral("not_primary");
        return s;
    }
    if (standbys.isEmpty()) {
        s.state = QStringLiteral("stopped");
        return s;
    }
    // The furthest one first (ORDER BY replay_lsn DESC): a pair has one standby.
    const QJsonObject b = standbys.first().toObject();
    s.standbyName = b.value(QStringLiteral("name")).toString();
    s.state = b.value(QStringLiteral("state")).toString();
    s.sent = lsn(b, "sent");
    s.write = lsn(b, "write");
    s.flush = lsn(b, "flush");
    s.replay = lsn(b, "replay");
    s.replayLagS = number(b, "replay_lag");
    // "quorum" (synchronous_standby_names = 'ANY n (...)') also makes commits wait for it.
    const QString sync = b.value(QStringLiteral("sync")).toString();
    s.synchronous = sync == QLatin1String("sync") || sync == QLatin1String("quorum");
    return s;
}

PgStreamStatus PgStreamStatus::fromStandbyRow(const QJsonObject& row)
{
    PgStreamStatus s;
    s.side = Side::Standby;
    s.inRecovery = row.value(QStringLiteral("recovery")).toBool();
    s.timeline = row.value(QStringLiteral("timeline")).toInt();
    if (!s.inRecovery) {
        s.state = QStringLiteral("not_standby");
        return s;
    }
    s.head = lsn(row, "receive");
    s.replay = lsn(row, "replay");
    s.replayTimestamp = number(row, "replay_ts");
    s.now = number(row, "now");
    s.replayPaused = row.value(QStringLiteral("paused")).toBool();
    const QString receiver = row.value(QStringLiteral("receiver")).toString();
    s.state = receiver.isEmpty() ? QStringLiteral("stopped") : receiver;
    return s;
}

std::optional<qint64> PgStreamStatus::lagBytes() const
{
    if (!head || !replay)
        return std::nullopt;
    return qint64(head->value - std::min(head->value, replay->value));
}

QJsonObject PgStreamStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), state},
                  {QStringLiteral("timeline"), timeline ? QJsonValue(timeline) : QJsonValue()},
                  {QStringLiteral("synchronous"), synchronous},
                  {QStringLiteral("head_lsn"), head ? QJsonValue(head->toString()) : QJsonValue()},
                  {QStringLiteral("replay_lsn"), replay ? QJsonValue(replay->toString()) : QJsonValue()},
                  {QStringLiteral("replay_paused"), replayPaused}};
    if (side == Side::Primary) {
        o.insert(QStringLiteral("standby"), standbyName);
        o.insert(QStringLiteral("sent_lag_bytes"), diff(head, sent));
        o.insert(QStringLiteral("write_lag_bytes"), diff(head, write));
        o.insert(QStringLiteral("flush_lag_bytes"), diff(head, flush));
    }
    return o;
}

std::optional<double> PgLagClock::update(const PgStreamStatus& s, const QDateTime& now)
{
    if (!s.head || !s.replay) {
        reset();
        return std::nullopt;
    }
    // The clock of a stall starts when replay last moved or last had all there was: an idle
    // primary's quiet hours are not lag when it writes again.
    if (!m_replay || *m_replay != *s.replay || *s.replay >= *s.head) {
        m_replay = s.replay;
        m_replaySince = now;
    }
    if (*s.replay >= *s.head)
        return 0.0;
    const double still = double(m_replaySince.msecsTo(now)) / 1000.0;
    return std::max(s.replayLagS.value_or(0.0), still);
}

} // namespace twinha::agent
