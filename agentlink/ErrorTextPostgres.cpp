#include "agentlink/ErrorText.h"
#include "agentlink/ErrorTextTable.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QLocale>

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {

namespace {
QString size(const QJsonObject& p, const char* key)
{
    return QLocale().formattedDataSize(p.value(QLatin1String(key)).toInteger());
}
} // namespace

// PostgreSQL: the instance a postgresql resource moves, and the streaming replication its channel watches.
void addPostgresRenderers(Table& table)
{
    table.insert(codes::kReplicationLagBytesTooHigh, [](const QJsonObject& p) {
        if (str(p, "lag_bytes").isEmpty())
            return ErrorText::tr("The standby of %1 is too far behind.").arg(str(p, "channel"));
        return ErrorText::tr("The standby of %1 is %2 behind, over the limit of %3.")
            .arg(str(p, "channel"), size(p, "lag_bytes"), size(p, "limit_bytes"));
    });
    table.insert(codes::kPgNotRunning, [](const QJsonObject& p) {
        if (str(p, "detail").isEmpty())
            return ErrorText::tr("PostgreSQL does not answer on this node.");
        return ErrorText::tr("PostgreSQL does not answer on this node: %1").arg(str(p, "detail"));
    });
    table.insert(codes::kPgIsStandby, [](const QJsonObject&) {
        return ErrorText::tr("PostgreSQL runs here as a standby, not as the primary.");
    });
    table.insert(codes::kPgIsPrimary, [](const QJsonObject&) {
        return ErrorText::tr("PostgreSQL runs here as a primary although the peer holds the group. It is left "
                             "alone; the cluster's rules stop the group on one side.");
    });
    table.insert(codes::kPgCommandFailed, [](const QJsonObject& p) {
        if (str(p, "command").isEmpty()) // a readiness reason names only the channel
            return ErrorText::tr("A PostgreSQL command of %1 failed; the node's status says which.")
                .arg(str(p, "channel"));
        if (str(p, "exit_status").isEmpty() || p.value(QStringLiteral("exit_status")).toInt() < 0)
            return ErrorText::tr("%1 failed: %2").arg(str(p, "command"), str(p, "detail"));
        return ErrorText::tr("%1 failed (exit status %2): %3")
            .arg(str(p, "command"), str(p, "exit_status"), str(p, "detail"));
    });
    table.insert(codes::kPgHeld, [](const QJsonObject& p) {
        if (str(p, "path").isEmpty())
            return ErrorText::tr("PostgreSQL of %1 is held stopped on the standby: it could not be made to follow "
                                 "the primary. The node's status says what to do.")
                .arg(str(p, "channel"));
        return ErrorText::tr("PostgreSQL is held stopped on this node because it could not be made to follow the "
                             "primary. Bring its data folder in line by hand (pg_rewind or a new pg_basebackup), "
                             "then delete %1.")
            .arg(str(p, "path"));
    });
    table.insert(codes::kPgRewindFailed, [](const QJsonObject& p) {
        if (str(p, "path").isEmpty())
            return ErrorText::tr("pg_rewind could not bring the old primary of %1 in line with the new one; it "
                                 "stays stopped.")
                .arg(str(p, "channel"));
        return ErrorText::tr("pg_rewind could not bring the old primary in line with the new one: %1. It stays "
                             "stopped; after repairing it, delete %2.")
            .arg(str(p, "detail"), str(p, "path"));
    });
    table.insert(codes::kPgPrimaryUnreachable, [](const QJsonObject& p) {
        if (str(p, "address").isEmpty())
            return ErrorText::tr("The standby of %1 waits for a primary to follow.").arg(str(p, "channel"));
        return ErrorText::tr("PostgreSQL at %1 does not answer as a primary yet; the standby waits for it.")
            .arg(str(p, "address"));
    });
    table.insert(codes::kPgNotCleanlyStopped, [](const QJsonObject& p) {
        if (str(p, "state").isEmpty())
            return ErrorText::tr("PostgreSQL did not stop cleanly, so the standby cannot be shown to have every "
                                 "transaction.");
        return ErrorText::tr("PostgreSQL did not stop cleanly (its control file says \"%1\"), so the standby "
                             "cannot be shown to have every transaction.")
            .arg(str(p, "state"));
    });
    table.insert(codes::kPgStandbyBehind, [](const QJsonObject& p) {
        if (str(p, "replay_lsn").isEmpty())
            return ErrorText::tr("The standby did not show within %1 ms that it replayed the old primary's last "
                                 "checkpoint %2. Promoting it would lose transactions.")
                .arg(str(p, "timeout_ms"), str(p, "checkpoint_lsn"));
        return ErrorText::tr("The standby replayed WAL up to %1 only, short of the old primary's last "
                             "checkpoint %2, within %3 ms. Promoting it would lose transactions.")
            .arg(str(p, "replay_lsn"), str(p, "checkpoint_lsn"), str(p, "timeout_ms"));
    });
    table.insert(codes::kPgStandbyNotStreaming, [](const QJsonObject& p) {
        if (str(p, "state").isEmpty())
            return ErrorText::tr("No standby streams from this primary (%1).").arg(str(p, "channel"));
        return ErrorText::tr("The standby of %1 is not streaming (state: %2).").arg(str(p, "channel"), str(p, "state"));
    });

    // postgres.discover: what keeps a cluster from serving as a primary or a standby.
    table.insert(codes::kPgLsclustersMissing, [](const QJsonObject&) {
        return ErrorText::tr("pg_lsclusters was not found on this node, so its PostgreSQL clusters cannot be listed. "
                             "Install postgresql-common, or enter the cluster's folders by hand.");
    });
    table.insert(codes::kPgClusterDown, [](const QJsonObject& p) {
        return ErrorText::tr("Cluster %1/%2 is not running, so it could not be checked. Start it (pg_ctlcluster %1 "
                             "%2 start), then check again.")
            .arg(str(p, "version"), str(p, "cluster"));
    });
    table.insert(codes::kPgWalLevelMinimal, [](const QJsonObject& p) {
        return ErrorText::tr("wal_level is %1, which writes too little WAL for a standby. Set wal_level = replica "
                             "in postgresql.conf and restart PostgreSQL.")
            .arg(str(p, "wal_level"));
    });
    table.insert(codes::kPgNoWalSenders, [](const QJsonObject& p) {
        return ErrorText::tr("max_wal_senders is %1; a standby and its first copy need at least %2. Raise it in "
                             "postgresql.conf and restart PostgreSQL.")
            .arg(str(p, "max_wal_senders"), str(p, "needed"));
    });
    table.insert(codes::kPgHotStandbyOff, [](const QJsonObject&) {
        return ErrorText::tr("hot_standby is off, so as a standby this cluster would answer none of the agent's "
                             "checks. Set hot_standby = on in postgresql.conf.");
    });
    table.insert(codes::kPgRewindNotPossible, [](const QJsonObject&) {
        return ErrorText::tr("Neither wal_log_hints nor data checksums are on, so a former primary cannot be rewound "
                             "and must be copied again after a failover. Set wal_log_hints = on and restart.");
    });
    table.insert(codes::kPgNoReplicationUser, [](const QJsonObject& p) {
        return ErrorText::tr("The replication role %1 does not exist. Create it with CREATE ROLE %1 WITH "
                             "REPLICATION LOGIN and give it a password.")
            .arg(str(p, "user"));
    });
    table.insert(codes::kPgUserLacksReplication, [](const QJsonObject& p) {
        return ErrorText::tr("The role %1 may not log in or replicate. Run ALTER ROLE %1 WITH REPLICATION LOGIN.")
            .arg(str(p, "user"));
    });
    table.insert(codes::kPgHbaNoReplication, [](const QJsonObject& p) {
        if (p.value(QStringLiteral("line")).toInt() > 0)
            return ErrorText::tr("Line %1 of pg_hba.conf rejects replication connections of %2. Allow them from the "
                                 "peer's address before that line, then reload PostgreSQL.")
                .arg(str(p, "line"), str(p, "user"));
        return ErrorText::tr("pg_hba.conf has no host line for the database \"replication\" that admits %1. Add one "
                             "for the peer's address, then reload PostgreSQL.")
            .arg(str(p, "user"));
    });
    table.insert(codes::kPgSlotInactive, [](const QJsonObject& p) {
        return ErrorText::tr("The replication slot %1 is not in use and keeps WAL that nobody reads, until the disk "
                             "fills. Drop it with pg_drop_replication_slot('%1') if no standby needs it.")
            .arg(str(p, "slot"));
    });
    table.insert(codes::kPgClusterRunning, [](const QJsonObject& p) {
        return ErrorText::tr("Cluster %1/%2 is running. Stop it (pg_ctlcluster %1 %2 stop) before it is copied from "
                             "the primary.")
            .arg(str(p, "version"), str(p, "cluster"));
    });
    table.insert(codes::kPgDataDirFailed, [](const QJsonObject& p) {
        return ErrorText::tr("The data folder %1 could not be set aside for the copy: %2")
            .arg(str(p, "path"), str(p, "detail"));
    });
    table.insert(codes::kPgCopyRunning, [](const QJsonObject& p) {
        return ErrorText::tr("A copy from the primary into cluster %1/%2 runs on this node already. Wait until it "
                             "has finished, then look again.")
            .arg(str(p, "version"), str(p, "cluster"));
    });
    table.insert(codes::kPgClusterUnknown, [](const QJsonObject& p) {
        return ErrorText::tr("This node has no PostgreSQL cluster %1/%2 (any more). Look again, and choose one it "
                             "lists.")
            .arg(str(p, "version"), str(p, "cluster"));
    });
}

} // namespace errortext

} // namespace twinha::agentlink
