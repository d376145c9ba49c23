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
        return ErrorText::tr("The standby of %1 is %2 behind, over the limit of %3.")
            .arg(str(p, "channel"), size(p, "lag_bytes"), size(p, "limit_bytes"));
    });
    table.insert(codes::kPgNotRunning, [](const QJsonObject& p) {
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
        return ErrorText::tr("%1 failed (exit status %2): %3")
            .arg(str(p, "command"), str(p, "exit_status"), str(p, "detail"));
    });
    table.insert(codes::kPgHeld, [](const QJsonObject& p) {
        return ErrorText::tr("PostgreSQL is held stopped on this node because it could not be made to follow the "
                             "primary. Bring its data folder in line by hand (pg_rewind or a new pg_basebackup), "
                             "then delete %1.")
            .arg(str(p, "path"));
    });
    table.insert(codes::kPgRewindFailed, [](const QJsonObject& p) {
        return ErrorText::tr("pg_rewind could not bring the old primary in line with the new one: %1. It stays "
                             "stopped; after repairing it, delete %2.")
            .arg(str(p, "detail"), str(p, "path"));
    });
    table.insert(codes::kPgPrimaryUnreachable, [](const QJsonObject& p) {
        return ErrorText::tr("The primary's PostgreSQL at %1 does not accept connections; the standby waits for it.")
            .arg(str(p, "address"));
    });
    table.insert(codes::kPgNotCleanlyStopped, [](const QJsonObject& p) {
        return ErrorText::tr("PostgreSQL did not stop cleanly (its control file says \"%1\"), so the standby "
                             "cannot be shown to have every transaction.")
            .arg(str(p, "state"));
    });
    table.insert(codes::kPgStandbyBehind, [](const QJsonObject& p) {
        return ErrorText::tr("The standby replayed WAL up to %1 only, short of the old primary's last "
                             "checkpoint %2, within %3 ms. Promoting it would lose transactions.")
            .arg(str(p, "replay_lsn"), str(p, "checkpoint_lsn"), str(p, "timeout_ms"));
    });
    table.insert(codes::kPgStandbyNotStreaming, [](const QJsonObject& p) {
        if (str(p, "state").isEmpty())
            return ErrorText::tr("No standby streams from this primary (%1).").arg(str(p, "channel"));
        return ErrorText::tr("The standby of %1 is not streaming (state: %2).").arg(str(p, "channel"), str(p, "state"));
    });
}

} // namespace errortext

} // namespace twinha::agentlink
