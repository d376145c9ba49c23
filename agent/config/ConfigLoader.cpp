#include "agent/config/ConfigLoader.h"

#include "agent/config/ConfigReport.h"
#include "agent/config/ConfigValidator.h"
#include "agent/config/TomlReader.h"
#include "agent/fencing/FenceSection.h"
#include "agent/notify/NotifySection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <toml++/toml.h>

namespace twinha::agent {

namespace {

// `key = "value"` for every node, or `key = { node1 = "...", node2 = "..." }`.
void readPerNode(TomlReader& r, const toml::table& t, const char* key, const QString& f, PerNode& out)
{
    const QString field = f % QLatin1Char('.') % QLatin1String(key);
    const toml::node* n = r.get(t, key, field, false);
    if (!n)
        return;
    if (const auto* v = n->as_string()) {
        out.all = qs(v->get());
        return;
    }
    const toml::table* byNode = n->as_table();
    if (!byNode) {
        r.report().error(field, protocol::rule(protocol::rules::kExpectedPerNode));
        return;
    }
    for (auto&& [name, node] : *byNode) {
        const QString nf = field % QLatin1Char('.') % qs(name.str());
        r.mark(nf, node);
        if (const auto* v = node.as_string())
            out.byNode.insert(qs(name.str()), qs(v->get()));
        else
            r.report().error(nf, protocol::rule(protocol::rules::kExpectedString));
    }
}

void readEndpoints(TomlReader& r, const toml::table& t, const char* key, const QString& f, bool required,
                   QList<LinkEndpoint>& out);

void readPostgres(TomlReader& r, const toml::table& t, const QString& f, PostgresSettings& pg)
{
    readPerNode(r, t, "data_dir", f, pg.dataDir);
    readPerNode(r, t, "config_dir", f, pg.configDir);
    readPerNode(r, t, "socket_dir", f, pg.socketDir);
    readPerNode(r, t, "log_file", f, pg.logFile);
    readEndpoints(r, t, "endpoints", f, true, pg.endpoints);
    r.string(t, "bin_dir", f % QLatin1String(".bin_dir"), pg.binDir);
    r.string(t, "replication_user", f % QLatin1String(".replication_user"), pg.replicationUser);
    r.string(t, "passfile", f % QLatin1String(".passfile"), pg.passfile);
    r.string(t, "database", f % QLatin1String(".database"), pg.database);
    r.checkKeys(t, f,
                {"type", "name", "timeout_ms", "run_as", "data_dir", "config_dir", "socket_dir", "log_file",
                 "endpoints", "bin_dir", "replication_user", "passfile", "database"});
}

ResourceConfig readResource(TomlReader& r, const toml::table& t, const QString& f)
{
    ResourceConfig res;
    r.string(t, "type", f % QLatin1String(".type"), res.typeName);
    res.type = protocol::resourceTypeFrom(res.typeName);
    r.string(t, "name", f % QLatin1String(".name"), res.name);
    r.integer(t, "timeout_ms", f % QLatin1String(".timeout_ms"), res.timeoutMs);
    r.string(t, "address", f % QLatin1String(".address"), res.address);
    r.string(t, "interface", f % QLatin1String(".interface"), res.interface);
    r.boolean(t, "dad", f % QLatin1String(".dad"), res.duplicateCheck);
    r.string(t, "unit", f % QLatin1String(".unit"), res.unit);
    r.string(t, "start", f % QLatin1String(".start"), res.start);
    r.string(t, "stop", f % QLatin1String(".stop"), res.stop);
    r.string(t, "status", f % QLatin1String(".status"), res.status);
    r.string(t, "run_as", f % QLatin1String(".run_as"), res.runAs);
    switch (res.type) {
    case ResourceType::Vip:
        r.checkKeys(t, f, {"type", "name", "timeout_ms", "address", "interface", "dad"});
        break;
    case ResourceType::Systemd:
        r.checkKeys(t, f, {"type", "name", "timeout_ms", "unit"});
        break;
    case ResourceType::Script:
        r.checkKeys(t, f, {"type", "name", "timeout_ms", "start", "stop", "status", "run_as"});
        break;
    case ResourceType::Postgresql:
        if (!t.get("timeout_ms"))
            res.timeoutMs = 60000; // a clean stop writes a checkpoint, and a start may replay WAL first
        readPostgres(r, t, f, res.pg);
        break;
    case ResourceType::Unknown: // the type error says enough
        break;
    }
    return res;
}

void readGroups(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    const QList<const toml::table*> groups = r.tables(root, "group", QStringLiteral("group"));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const toml::table& t = *groups.at(i);
        const QString f = indexed(QStringLiteral("group"), i);
        GroupConfig g;
        r.string(t, "name", f % QLatin1String(".name"), g.name);
        r.string(t, "preferred", f % QLatin1String(".preferred"), g.preferred);
        const QString rf = f % QLatin1String(".resource");
        const QList<const toml::table*> resources = r.tables(t, "resource", rf);
        for (qsizetype j = 0; j < resources.size(); ++j)
            g.resources << readResource(r, *resources.at(j), indexed(rf, j));
        r.checkKeys(t, f, {"name", "preferred", "resource"});
        c.groups << g;
    }
}

// Reads `key = { node1 = "host:port", node2 = "host:port" }`, used by links and mirror channels.
void readEndpoints(TomlReader& r, const toml::table& t, const char* key, const QString& f, bool required,
                   QList<LinkEndpoint>& out)
{
    const QString field = f % QLatin1Char('.') % QLatin1String(key);
    if (const toml::table* ep = r.table(t, key, field, required)) {
        for (auto&& [name, node] : *ep) {
            LinkEndpoint e{qs(name.str()), {}, {}, 0};
            const QString ef = field % QLatin1Char('.') % e.node;
            r.mark(ef, node);
            if (const auto* v = node.as_string())
                e.address = qs(v->get());
            else
                r.report().error(ef, protocol::rule(protocol::rules::kExpectedHostPort));
            out << e;
        }
    }
}

void readLinks(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    const QList<const toml::table*> links = r.tables(root, "link", QStringLiteral("link"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const toml::table& t = *links.at(i);
        const QString f = indexed(QStringLiteral("link"), i);
        LinkConfig link;
        r.string(t, "name", f % QLatin1String(".name"), link.name);
        readEndpoints(r, t, "endpoints", f, true, link.endpoints);
        r.checkKeys(t, f, {"name", "endpoints"});
        c.links << link;
    }
}

void readReplications(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    const QList<const toml::table*> reps = r.tables(root, "replication", QStringLiteral("replication"));
    for (qsizetype i = 0; i < reps.size(); ++i) {
        const toml::table& t = *reps.at(i);
        const QString f = indexed(QStringLiteral("replication"), i);
        ReplicationConfig rep;
        r.string(t, "name", f % QLatin1String(".name"), rep.name);
        r.string(t, "type", f % QLatin1String(".type"), rep.typeName);
        rep.type = protocol::replicationTypeFrom(rep.typeName);
        r.string(t, "group", f % QLatin1String(".group"), rep.group);
        r.string(t, "path", f % QLatin1String(".path"), rep.path);
        r.string(t, "command", f % QLatin1String(".command"), rep.command);
        r.number(t, "max_lag_s", f % QLatin1String(".max_lag_s"), rep.maxLagS);
        r.integer64(t, "max_lag_bytes", f % QLatin1String(".max_lag_bytes"), rep.maxLagBytes);
        r.string(t, "synchronous", f % QLatin1String(".synchronous"), rep.synchronousName);
        rep.synchronous = protocol::syncCommitFrom(rep.synchronousName);
        r.integer(t, "interval_s", f % QLatin1String(".interval_s"), rep.intervalS);
        r.string(t, "transport", f % QLatin1String(".transport"), rep.transportName);
        rep.transport = protocol::mirrorTransportFrom(rep.transportName);
        r.string(t, "ssh_user", f % QLatin1String(".ssh_user"), rep.sshUser);
        readEndpoints(r, t, "endpoints", f, false, rep.endpoints);
        if (const toml::table* paths = r.table(t, "paths", f % QLatin1String(".paths"), false)) {
            for (auto&& [name, node] : *paths) {
                const QString pf = f % QLatin1String(".paths.") % qs(name.str());
                r.mark(pf, node);
                if (const auto* v = node.as_string())
                    rep.paths.insert(qs(name.str()), qs(v->get()));
                else
                    r.report().error(pf, protocol::rule(protocol::rules::kExpectedPath));
            }
        }
        if (rep.type == ReplicationType::Mirror)
            r.checkKeys(t, f,
                        {"name", "type", "group", "path", "paths", "endpoints", "interval_s", "max_lag_s", "transport",
                         "ssh_user"});
        else if (rep.type == ReplicationType::Command)
            r.checkKeys(t, f, {"name", "type", "group", "command", "max_lag_s"});
        if (rep.type == ReplicationType::Postgresql && !t.get("interval_s"))
            rep.intervalS = 1; // as often as resources are monitored: lag is the figure users watch
        if (rep.type == ReplicationType::Postgresql)
            r.checkKeys(t, f, {"name", "type", "group", "max_lag_s", "max_lag_bytes", "interval_s", "synchronous"});
        c.replications << rep;
    }
}

void readRoot(TomlReader& r, const toml::table& root, AgentConfig& c)
{
    if (const toml::table* t = r.table(root, "cluster", QStringLiteral("cluster"), true)) {
        r.string(*t, "name", QStringLiteral("cluster.name"), c.cluster.name);
        r.string(*t, "mode", QStringLiteral("cluster.mode"), c.cluster.modeName);
        c.cluster.mode = protocol::clusterModeFrom(c.cluster.modeName);
        r.string(*t, "key_file", QStringLiteral("cluster.key_file"), c.cluster.keyFile);
        r.checkKeys(*t, QStringLiteral("cluster"), {"name", "mode", "key_file"});
    }
    if (const toml::table* t = r.table(root, "timing", QStringLiteral("timing"), false)) {
        // The profile first: values written beside it override its own.
        r.string(*t, "profile", QStringLiteral("timing.profile"), c.timing.profile);
        if (protocol::TimingProfile p; protocol::TimingProfile::named(c.timing.profile, &p)) {
            c.timing.intervalMs = p.intervalMs;
            c.timing.deadTimeMs = p.deadTimeMs;
            c.timing.monitorIntervalMs = p.monitorIntervalMs;
        }
        r.integer(*t, "interval_ms", QStringLiteral("timing.interval_ms"), c.timing.intervalMs);
        r.integer(*t, "dead_time_ms", QStringLiteral("timing.dead_time_ms"), c.timing.deadTimeMs);
        r.integer(*t, "monitor_interval_ms", QStringLiteral("timing.monitor_interval_ms"), c.timing.monitorIntervalMs);
        r.checkKeys(*t, QStringLiteral("timing"), {"profile", "interval_ms", "dead_time_ms", "monitor_interval_ms"});
    }
    const QList<const toml::table*> nodes = r.tables(root, "node", QStringLiteral("node"));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString f = indexed(QStringLiteral("node"), i);
        NodeConfig n;
        r.string(*nodes.at(i), "name", f % QLatin1String(".name"), n.name);
        r.checkKeys(*nodes.at(i), f, {"name"});
        c.nodes << n;
    }
    readLinks(r, root, c);
    readGroups(r, root, c);
    readReplications(r, root, c);
    if (const toml::table* t = r.table(root, "failover", QStringLiteral("failover"), false)) {
        r.boolean(*t, "automatic", QStringLiteral("failover.automatic"), c.failover.automatic);
        r.strings(*t, "tiebreakers", QStringLiteral("failover.tiebreakers"), c.failover.tiebreakers);
        r.integer(*t, "local_restarts", QStringLiteral("failover.local_restarts"), c.failover.localRestarts);
        r.integer(*t, "restart_window_s", QStringLiteral("failover.restart_window_s"), c.failover.restartWindowS);
        r.checkKeys(*t, QStringLiteral("failover"), {"automatic", "tiebreakers", "local_restarts", "restart_window_s"});
    }
    if (const toml::table* t = r.table(root, "witness", QStringLiteral("witness"), false)) {
        r.string(*t, "address", QStringLiteral("witness.address"), c.witness.address);
        r.integer(*t, "ttl_ms", QStringLiteral("witness.ttl_ms"), c.witness.ttlMs);
        r.strings(*t, "etcd", QStringLiteral("witness.etcd"), c.witness.etcd);
        r.checkKeys(*t, QStringLiteral("witness"), {"address", "etcd", "ttl_ms"});
    }
    readFenceSection(r, root, c);
    readNotifySection(r, root, c);
    if (const toml::table* t = r.table(root, "control", QStringLiteral("control"), false)) {
        r.string(*t, "socket_group", QStringLiteral("control.socket_group"), c.control.socketGroup);
        r.string(*t, "operators_group", QStringLiteral("control.operators_group"), c.control.operatorsGroup);
        QString mode;
        r.string(*t, "socket_mode", QStringLiteral("control.socket_mode"), mode);
        if (!mode.isEmpty()) {
            bool ok = false;
            const int value = mode.toInt(&ok, 8);
            if (ok && value >= 0 && value <= 0777)
                c.control.socketMode = value;
            else
                r.report().error(QStringLiteral("control.socket_mode"),
                                 protocol::rule(protocol::rules::kExpectedOctalMode));
        }
        r.checkKeys(*t, QStringLiteral("control"), {"socket_group", "socket_mode", "operators_group"});
    }
    if (const toml::table* t = r.table(root, "metrics", QStringLiteral("metrics"), false)) {
        readPerNode(r, *t, "listen", QStringLiteral("metrics"), c.metrics.listen);
        r.checkKeys(*t, QStringLiteral("metrics"), {"listen"});
    }
    r.checkKeys(root, QString(),
                {"cluster", "timing", "node", "link", "group", "replication", "failover", "witness", "fence", "control",
                 "metrics", "notify"});
}

} // namespace

bool ConfigLoader::Result::ok() const
{
    return errorCount() == 0;
}

int ConfigLoader::Result::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ConfigIssue& i) { return i.isError(); }));
}

int ConfigLoader::Result::warningCount() const
{
    return int(issues.size()) - errorCount();
}

QString ConfigLoader::checksumOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ConfigLoader::Result ConfigLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxFileBytes)
        return loadBytes(file.readAll(), path, QFileInfo(path).absolutePath());
    Result result;
    result.config.filePath = path;
    const protocol::ConfigRule why = file.error() == QFileDevice::NoError
                                         ? protocol::rule(protocol::rules::kFileTooLarge)
                                         : protocol::rule(protocol::rules::kFileUnreadable, file.errorString());
    result.issues << ConfigIssue{path, 1, 1, QString(), why, ConfigIssue::Severity::Error};
    return result;
}

ConfigLoader::Result ConfigLoader::loadBytes(const QByteArray& bytes, const QString& displayName,
                                             const QString& baseDir)
{
    Result result;
    result.config.filePath = displayName;
    result.config.checksum = checksumOf(bytes);
    ConfigReport report(displayName);
    try {
        const toml::table root =
            toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())), displayName.toStdString());
        TomlReader reader(report);
        readRoot(reader, root, result.config);
        ConfigValidator::validate(result.config, baseDir, report);
    } catch (const toml::parse_error& e) {
        const toml::source_position p = e.source().begin;
        report.add(ConfigIssue{displayName, int(std::max(1u, p.line)), int(std::max(1u, p.column)), QString(),
                               protocol::rule(protocol::rules::kSyntax, qs(e.description())),
                               ConfigIssue::Severity::Error});
    }
    result.issues = report.issues();
    result.positions = report.positions();
    return result;
}

} // namespace twinha::agent
