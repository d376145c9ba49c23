#include "agent/postgres/PgDiscovery.h"

#include "agent/control/FileAccess.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/PgCluster.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {
QJsonObject problem(const char* code, const QJsonObject& params = {})
{
    return RpcError::make(QString::fromLatin1(code), params).toJson();
}

bool listHas(const QJsonValue& list, const QString& word)
{
    const QJsonArray a = list.toArray();
    return std::any_of(a.begin(), a.end(), [&](const QJsonValue& v) { return v.toString() == word; });
}
} // namespace

QJsonObject PgCluster::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("name"), name},
            {QStringLiteral("port"), port},
            {QStringLiteral("status"), protocol::pgStatusName(online)},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("data_dir"), dataDir},
            {QStringLiteral("config_dir"), configDir},
            {QStringLiteral("socket_dir"), socketDir},
            {QStringLiteral("log_file"), logFile},
            {QStringLiteral("bin_dir"), binDir()}};
}

ResourceConfig PgCluster::asResource(const QString& node) const
{
    ResourceConfig resource;
    resource.type = ResourceType::Postgresql;
    resource.typeName = protocol::resourceTypeName(ResourceType::Postgresql);
    resource.name = version + QLatin1Char('-') + name;
    resource.runAs = owner;
    resource.pg.dataDir.all = dataDir;
    resource.pg.configDir.all = configDir;
    resource.pg.socketDir.all = socketDir;
    resource.pg.binDir = binDir();
    resource.pg.endpoints = {LinkEndpoint{node, QString(), QString(), port}};
    return resource;
}

std::optional<QList<PgCluster>> PgDiscovery::parseJson(const QByteArray& output)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<PgCluster> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        PgCluster c;
        // postgresql-common writes numbers as strings in some fields and as numbers in others.
        const auto text = [&o](const char* key) {
            const QJsonValue x = o.value(QLatin1String(key));
            return x.isDouble() ? QString::number(x.toInteger()) : x.toString();
        };
        c.version = text("version");
        c.name = text("cluster");
        c.port = quint16(text("port").toUInt());
        const QJsonValue running = o.value(QStringLiteral("running"));
        c.online = running.isBool() ? running.toBool() : running.toInteger() != 0;
        if (o.contains(QStringLiteral("owneruid")))
            c.owner = FileAccess::userName(uid_t(o.value(QStringLiteral("owneruid")).toInteger()));
        c.dataDir = text("pgdata");
        c.configDir = text("configdir");
        c.socketDir = text("socketdir");
        c.logFile = text("logfile");
        if (c.version.isEmpty() || c.name.isEmpty())
            continue;
        if (c.socketDir.isEmpty())
            c.socketDir = QStringLiteral("/var/run/postgresql");
        out << c;
    }
    return out;
}

QList<PgCluster> PgDiscovery::parseColumns(const QByteArray& output)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<PgCluster> out;
    for (const QByteArray& raw : output.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).trimmed().split(space, Qt::SkipEmptyParts);
        // The header, when a caller left it in, and anything not shaped like a cluster line.
        if (f.size() < 7 || f.at(0) == QLatin1String("Ver") || !f.at(2).toUInt())
            continue;
        PgCluster c;
        c.version = f.at(0);
        c.name = f.at(1);
        c.port = quint16(f.at(2).toUInt());
        const QStringList status = f.at(3).split(QLatin1Char(','));
        c.online = status.contains(QLatin1String("online"));
        c.recovery = status.contains(QLatin1String("recovery"));
        c.owner = f.at(4);
        // The log file is the last column; a data folder with spaces takes the ones between.
        c.logFile = f.last();
        c.dataDir = f.mid(5, f.size() - 6).join(QLatin1Char(' '));
        c.configDir = QStringLiteral("/etc/postgresql/%1/%2").arg(c.version, c.name);
        c.socketDir = QStringLiteral("/var/run/postgresql");
        out << c;
    }
    return out;
}

bool PgDiscovery::isValidRoleName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
    return valid.match(name).hasMatch();
}

QString PgDiscovery::factsSql(const QString& user)
{
    // `user` passed isValidRoleName: nothing in it can end the literal.
    return QStringLiteral(
               "select json_build_object("
               "'server_version', current_setting('server_version'),"
               // The same on a primary and on every copy of it: which clusters can stream to which.
               "'system_identifier', (select system_identifier::text from pg_control_system()),"
               "'database_bytes', (select sum(pg_database_size(oid))::bigint from pg_database),"
               "'wal_level', current_setting('wal_level'),"
               "'max_wal_senders', current_setting('max_wal_senders')::int,"
               "'max_replication_slots', current_setting('max_replication_slots')::int,"
               "'hot_standby', current_setting('hot_standby'),"
               "'wal_log_hints', current_setting('wal_log_hints'),"
               "'data_checksums', current_setting('data_checksums'),"
               "'in_recovery', pg_is_in_recovery(),"
               "'current_lsn', case when pg_is_in_recovery() then null else pg_current_wal_lsn()::text end,"
               "'user', (select json_build_object('name', rolname, 'replication', rolreplication or rolsuper, "
               "'login', rolcanlogin) from pg_roles where rolname = '%1'),"
               "'slots', (select coalesce(json_agg(json_build_object('name', slot_name, 'type', slot_type, "
               "'active', active, 'restart_lsn', restart_lsn::text) order by slot_name), '[]') "
               "from pg_replication_slots),"
               "'hba', (select coalesce(json_agg(json_build_object('line', line_number, 'type', type, "
               "'database', database, 'user_name', user_name, 'address', address, 'auth_method', auth_method, "
               "'error', error) order by line_number), '[]') from pg_hba_file_rules),"
               "'standbys', (select coalesce(json_agg(json_build_object('name', application_name, "
               "'client_addr', client_addr::text, 'state', state, 'sent_lsn', sent_lsn::text, "
               "'replay_lsn', replay_lsn::text, "
               "'lag_bytes', pg_wal_lsn_diff(case when pg_is_in_recovery() then sent_lsn else "
               "pg_current_wal_lsn() end, replay_lsn)::bigint, "
               "'replay_lag_s', extract(epoch from replay_lag)::float8) order by application_name), '[]') "
               "from pg_stat_replication),"
               "'receiver', (select json_build_object('status', status, 'sender_host', sender_host, "
               "'sender_port', sender_port) from pg_stat_wal_receiver limit 1))")
        .arg(user);
}

std::optional<QJsonObject> PgDiscovery::hbaRuleFor(const QJsonArray& rules, const QString& user)
{
    for (const QJsonValue& v : rules) {
        const QJsonObject rule = v.toObject();
        // A standby connects over TCP; "all" does not cover replication connections, only the
        // keyword "replication" does.
        if (!rule.value(QStringLiteral("type")).toString().startsWith(QLatin1String("host")) ||
            !rule.value(QStringLiteral("error")).toString().isEmpty() ||
            !listHas(rule.value(QStringLiteral("database")), QStringLiteral("replication")))
            continue;
        const QJsonArray users = rule.value(QStringLiteral("user_name")).toArray();
        const bool matches = std::any_of(users.begin(), users.end(), [&](const QJsonValue& u) {
            const QString name = u.toString();
            return name == QLatin1String("all") || name == user || name.startsWith(QLatin1Char('+'));
        });
        if (matches)
            return rule;
    }
    return std::nullopt;
}

QJsonArray PgDiscovery::problems(const QJsonObject& facts, const QString& user)
{
    QJsonArray out;
    const QString walLevel = facts.value(QStringLiteral("wal_level")).toString();
    if (walLevel == QLatin1String("minimal"))
        out << problem(codes::kPgWalLevelMinimal, {{QStringLiteral("wal_level"), walLevel}});
    // The standby takes one sender, and pg_basebackup --wal-method=stream a second one.
    const int senders = facts.value(QStringLiteral("max_wal_senders")).toInt();
    if (senders < 2)
        out << problem(codes::kPgNoWalSenders,
                       {{QStringLiteral("max_wal_senders"), senders}, {QStringLiteral("needed"), 2}});
    // The agent's checks query the standby, which answers only with hot_standby on.
    if (facts.value(QStringLiteral("hot_standby")).toString() != QLatin1String("on"))
        out << problem(codes::kPgHotStandbyOff);
    if (facts.value(QStringLiteral("wal_log_hints")).toString() != QLatin1String("on") &&
        facts.value(QStringLiteral("data_checksums")).toString() != QLatin1String("on"))
        out << problem(codes::kPgRewindNotPossible);
    const QJsonObject role = facts.value(QStringLiteral("user")).toObject();
    if (role.isEmpty())
        out << problem(codes::kPgNoReplicationUser, {{QStringLiteral("user"), user}});
    else if (!role.value(QStringLiteral("replication")).toBool() || !role.value(QStringLiteral("login")).toBool())
        out << problem(codes::kPgUserLacksReplication, {{QStringLiteral("user"), user}});
    const std::optional<QJsonObject> rule = hbaRuleFor(facts.value(QStringLiteral("hba")).toArray(), user);
    if (!rule || rule->value(QStringLiteral("auth_method")).toString() == QLatin1String("reject"))
        out << problem(
            codes::kPgHbaNoReplication,
            {{QStringLiteral("user"), user}, {QStringLiteral("line"), rule ? rule->value(QStringLiteral("line")) : 0}});
    for (const QJsonValue& v : facts.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = v.toObject();
        // A slot nobody reads keeps every WAL file from then on, until the disk is full.
        if (!slot.value(QStringLiteral("active")).toBool())
            out << problem(codes::kPgSlotInactive, {{QStringLiteral("slot"), slot.value(QStringLiteral("name"))}});
    }
    return out;
}

QJsonObject PgDiscovery::firstLag(const QJsonObject& facts)
{
    QJsonObject worst;
    for (const QJsonValue& v : facts.value(QStringLiteral("standbys")).toArray()) {
        const QJsonObject s = v.toObject();
        if (worst.isEmpty() ||
            s.value(QStringLiteral("lag_bytes")).toInteger() > worst.value(QStringLiteral("lag_bytes")).toInteger())
            worst = s;
    }
    if (worst.isEmpty())
        return {};
    return {{QStringLiteral("standby"), worst.value(QStringLiteral("name"))},
            {QStringLiteral("state"), worst.value(QStringLiteral("state"))},
            {QStringLiteral("lag_bytes"), worst.value(QStringLiteral("lag_bytes"))},
            {QStringLiteral("lag_s"), worst.value(QStringLiteral("replay_lag_s"))}};
}

} // namespace twinha::agent
