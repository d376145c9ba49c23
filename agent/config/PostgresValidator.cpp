#include "agent/config/PostgresValidator.h"

#include "agent/config/ConfigValidator.h"
#include "agent/resources/RunAs.h"

#include <QRegularExpression>

namespace twinha::agent {

using protocol::rule;
namespace rules = protocol::rules;

namespace {
QString member(const QString& field, const char* name)
{
    return field % QLatin1Char('.') % QLatin1String(name);
}

int channelsOf(const AgentConfig& config, const QString& group)
{
    int n = 0;
    for (const ReplicationConfig& r : config.replications)
        if (r.type == ReplicationType::Postgresql && r.group == group)
            ++n;
    return n;
}
} // namespace

void PostgresValidator::validate(AgentConfig& config, ConfigReport& report)
{
    for (qsizetype g = 0; g < config.groups.size(); ++g) {
        GroupConfig& group = config.groups[g];
        int seen = 0;
        for (qsizetype i = 0; i < group.resources.size(); ++i) {
            ResourceConfig& r = group.resources[i];
            if (r.type != ResourceType::Postgresql)
                continue;
            const QString field = QStringLiteral("group[%1].resource[%2]").arg(g).arg(i);
            if (++seen > 1)
                report.error(field, rule(rules::kPgSecondInstance, r.name));
            if (config.cluster.mode == ClusterMode::Duplex)
                report.error(member(field, "type"), rule(rules::kPgNotInDuplex));
            if (channelsOf(config, group.name) != 1)
                report.error(field, rule(rules::kPgNeedsChannel, group.name));
            checkResource(config, r, field, report);
        }
    }
    for (qsizetype i = 0; i < config.replications.size(); ++i) {
        const ReplicationConfig& r = config.replications.at(i);
        if (r.type == ReplicationType::Postgresql)
            checkChannel(config, r, QStringLiteral("replication[%1]").arg(i), report);
    }
}

void PostgresValidator::checkResource(AgentConfig& config, ResourceConfig& r, const QString& field,
                                      ConfigReport& report)
{
    PostgresSettings& pg = r.pg;
    checkPerNode(config, pg.dataDir, member(field, "data_dir"), true, report);
    checkPerNode(config, pg.configDir, member(field, "config_dir"), false, report);
    checkPerNode(config, pg.socketDir, member(field, "socket_dir"), false, report);
    checkPerNode(config, pg.logFile, member(field, "log_file"), false, report);
    ConfigValidator::checkEndpoints(config, member(field, "endpoints"), pg.endpoints, report);
    ConfigValidator::checkFolder(report, member(field, "bin_dir"), pg.binDir);
    if (!pg.passfile.isEmpty())
        ConfigValidator::checkFolder(report, member(field, "passfile"), pg.passfile);
    // They go into a libpq connection string and onto command lines: plain names only.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,62}\\z"));
    if (!name.match(pg.replicationUser).hasMatch())
        report.error(member(field, "replication_user"), rule(rules::kPgRoleName, pg.replicationUser));
    if (!name.match(pg.database).hasMatch())
        report.error(member(field, "database"), rule(rules::kPgDatabaseName, pg.database));
    const QString user = r.postgresUser();
    const std::optional<RunAs> account = RunAs::lookup(user);
    if (!account)
        report.error(member(field, "run_as"), rule(rules::kPgOwnerUnknown, user));
    else if (account->uid == 0)
        report.error(member(field, "run_as"), rule(rules::kPgOwnerRoot));
}

void PostgresValidator::checkPerNode(const AgentConfig& config, const PerNode& value, const QString& field,
                                     bool required, ConfigReport& report)
{
    if (!value.all.isEmpty())
        ConfigValidator::checkFolder(report, field, value.all);
    for (auto it = value.byNode.cbegin(); it != value.byNode.cend(); ++it) {
        const QString f = field % QLatin1Char('.') % it.key();
        if (!config.hasNode(it.key()))
            report.error(f, rule(rules::kNotANode, it.key()));
        else
            ConfigValidator::checkFolder(report, f, it.value());
    }
    if (!required || !value.all.isEmpty() || report.hasErrorAt(field))
        return;
    for (const NodeConfig& n : config.nodes)
        if (!n.name.isEmpty() && !value.byNode.contains(n.name))
            report.error(field % QLatin1Char('.') % n.name, rule(rules::kMissing));
}

void PostgresValidator::checkChannel(const AgentConfig& config, const ReplicationConfig& r, const QString& field,
                                     ConfigReport& report)
{
    if (!r.group.isEmpty() && config.group(r.group) && !config.postgresResource(r.group))
        report.error(member(field, "group"), rule(rules::kPgChannelWithoutInstance, r.group));
    if (r.maxLagBytes < 0)
        report.error(member(field, "max_lag_bytes"), rule(rules::kZeroOrMore));
    if (r.synchronous == protocol::SyncCommit::Unknown)
        report.error(member(field, "synchronous"),
                     rule(rules::kNotOneOf, r.synchronousName, QStringLiteral("off, on, strict")));
    if (r.intervalS < 1 || r.intervalS > 3600)
        report.error(member(field, "interval_s"), rule(rules::kOutOfRange, r.intervalS, 1, 3600));
}

} // namespace twinha::agent
