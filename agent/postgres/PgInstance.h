#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/resources/RunAs.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace twinha::agent {

// This node's PostgreSQL as a `postgresql` resource describes it: where its folders are, how to
// reach it and its peer, and the files that decide how it starts (standby.signal and
// primary_conninfo make a standby; a hold file keeps it stopped). The one place that builds the
// command lines of pg_ctl, psql, pg_controldata, pg_rewind and pg_isready.
class PgInstance
{
public:
    static constexpr char kHoldFile[] = "twinha.hold";

    PgInstance(const ResourceConfig& resource, const QString& self, const QString& peer);

    QString user() const { return m_resource.postgresUser(); }
    QString dataDir() const { return m_resource.pg.dataDirFor(m_self); }
    QString configDir() const { return m_resource.pg.configDirFor(m_self); }
    QString socketDir() const { return m_resource.pg.socketDirFor(m_self); }
    QString logFile() const { return m_resource.pg.logFileFor(m_self, m_resource.name); }
    quint16 port() const;
    // "host:port" of the peer's PostgreSQL, as configured.
    QString peerAddress() const;

    QString tool(const char* name) const;
    // psql printing one unaligned row without headers; the SQL must select one value.
    QStringList queryArguments(const QString& sql) const;
    // The same psql reading its SQL from standard input once it has connected.
    QStringList sessionArguments() const;
    // pg_ctl on this instance. start gets the configuration folder (Debian keeps it apart from the
    // data; postgres reads data_directory there); every other action the data folder, where
    // postmaster.pid is: given a configuration folder, pg_ctl first runs `postgres -C
    // data_directory` to find it, which costs a switchover some 70 ms per call.
    QStringList ctlArguments(const QStringList& action) const;
    // psql against the peer's database (the replication user, as pg_rewind connects).
    QStringList peerQueryArguments(const QString& sql) const;
    QStringList rewindArguments() const; // pg_rewind this data folder from the peer
    // libpq connection string to the peer: for streaming (primary_conninfo), or to its database.
    QString peerConninfo(bool forStreaming) const;

    // The owner, for CommandRunner::setRunAs; nullopt with *error when the agent cannot act as it.
    std::optional<RunAs> account(QString* error) const;
    // Stable output whatever the node's locale, and a bounded wait on connections.
    static QMap<QString, QString> environment();

    // What `pg_ctl status` finds, without running it (10 to 20 ms a time, which a switchover's stop
    // would wait for at each look): Running when the pid on postmaster.pid's first line lives and
    // works in this data folder, Stopped when there is no such file or no such process (or one that
    // works elsewhere), Unknown when that cannot be read: then ask pg_ctl.
    enum class Postmaster
    {
        Running,
        Stopped,
        Unknown
    };
    Postmaster postmaster(qint64* pid = nullptr) const;

    bool hasStandbySignal() const;
    // True only when the data folder can be read and holds neither standby.signal nor
    // recovery.signal: a server running on it is a primary, no question asked (PostgreSQL
    // removes both files when it is promoted).
    bool surelyNoRecoverySignal() const;
    // standby.signal plus primary_conninfo (pointing at the peer) in postgresql.auto.conf, owned by
    // the PostgreSQL user: the next start is as a standby of the peer.
    bool writeStandbyConfig(QString* error) const;
    bool removeStandbySignal(QString* error) const;
    QString holdPath() const;
    bool isHeld() const;
    // Writes the hold file with `reason`: the agent starts this instance no more until a person
    // deletes it.
    bool hold(const QString& reason, QString* error) const;

private:
    bool writeOwned(const QString& path, const QByteArray& bytes, QString* error) const;

    ResourceConfig m_resource;
    QString m_self;
    QString m_peer;
};

} // namespace twinha::agent
