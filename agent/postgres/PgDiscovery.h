#pragma once

#include "agent/config/AgentConfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace twinha::agent {

// One PostgreSQL cluster of this node as Debian's postgresql-common lists it (pg_lsclusters).
struct PgCluster
{
    QString version; // "15"
    QString name;    // "main"
    quint16 port = 0;
    bool online = false;
    bool recovery = false; // the text form says "online,recovery": a standby
    QString owner;
    QString dataDir;
    QString configDir; // /etc/postgresql/VERSION/NAME on Debian
    QString socketDir;
    QString logFile;

    QString binDir() const { return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version); }
    // The cluster as a postgresql resource on `node` would name it, for PgInstance and PgTask: its
    // tools then run the one way the agent always runs them (as the owner, on the unix socket).
    ResourceConfig asResource(const QString& node) const;
    // {version, name, port, status: "online" | "down", owner, data_dir, config_dir, socket_dir, log_file, bin_dir}
    QJsonObject toJson() const;
};

// What the setup wizard needs to know of this node's PostgreSQL before it offers it as a replicated
// resource: the clusters (pg_lsclusters), the facts a standby depends on (one psql query per online
// cluster, as its owner) and the problems found in them, as codes with parameters.
class PgDiscovery
{
public:
    static constexpr char kDefaultReplicationUser[] = "replicator";

    // `pg_lsclusters --json`; nullopt when the output is not its JSON (an older postgresql-common).
    static std::optional<QList<PgCluster>> parseJson(const QByteArray& output);
    // `pg_lsclusters --no-header`: "VER CLUSTER PORT STATUS OWNER DATADIR LOGFILE" per line; the
    // configuration and socket folders are Debian's defaults, which this form does not show.
    static QList<PgCluster> parseColumns(const QByteArray& output);

    // A role name the query may quote: letters, digits, "_", "-" and ".", at most 63.
    static bool isValidRoleName(const QString& name);
    // One json_build_object row: settings, system identifier, recovery, slots, the role `user`,
    // pg_hba rules, standbys.
    static QString factsSql(const QString& user);
    // The first pg_hba rule a replication connection of `user` over TCP meets, or nullopt when none
    // would take it. Roles given as +group are taken to include the user (group membership is not
    // queried).
    static std::optional<QJsonObject> hbaRuleFor(const QJsonArray& rules, const QString& user);
    // Problems of an online cluster, from a row of factsSql(): codes with parameters (PG_WAL_LEVEL_MINIMAL,
    // PG_NO_WAL_SENDERS, PG_HOT_STANDBY_OFF, PG_REWIND_NOT_POSSIBLE, PG_NO_REPLICATION_USER,
    // PG_USER_LACKS_REPLICATION, PG_HBA_NO_REPLICATION, PG_SLOT_INACTIVE).
    static QJsonArray problems(const QJsonObject& facts, const QString& user);
    // A primary's first lag figures: the standby furthest behind, in bytes and seconds; empty when
    // no standby streams from it.
    static QJsonObject firstLag(const QJsonObject& facts);
};

} // namespace twinha::agent
