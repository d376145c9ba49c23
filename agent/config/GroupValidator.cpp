#include "agent/config/GroupValidator.h"

#include "agent/config/ConfigValidator.h"
#include "agent/resources/RunAs.h"

#include <QDir>

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include <cmath>

namespace twinha::agent {

using protocol::rule;
namespace rules = protocol::rules;

namespace {
QString item(const char* array, qsizetype i)
{
    return QLatin1String(array) % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
}

bool require(ConfigReport& report, const QString& field, const QString& value)
{
    return ConfigValidator::require(report, field, value);
}
} // namespace

void GroupValidator::validate(const AgentConfig& config, ConfigReport& report)
{
    checkModeShape(config, report);
    for (qsizetype i = 0; i < config.groups.size(); ++i)
        checkGroup(config, i, report);
    QSet<QString> names;
    for (qsizetype i = 0; i < config.replications.size(); ++i) {
        checkReplication(config, i, report);
        const QString& name = config.replications.at(i).name;
        if (!name.isEmpty() && names.contains(name))
            report.error(item("replication", i) % QLatin1String(".name"), rule(rules::kNameUsedTwice, name));
        names.insert(name);
    }
}

void GroupValidator::checkModeShape(const AgentConfig& config, ConfigReport& report)
{
    const QString field = QStringLiteral("group");
    const qsizetype n = config.groups.size();
    if (report.hasErrorAt(field))
        return;
    if (config.cluster.mode == ClusterMode::HotStandby && n != 1)
        report.error(field, rule(rules::kHotStandbyGroups, n));
    if (config.cluster.mode == ClusterMode::Duplex && n < 1)
        report.error(field, rule(rules::kDuplexGroups));
    if (config.cluster.mode != ClusterMode::MutualBackup)
        return;
    if (n != 2) {
        report.error(field, rule(rules::kMutualBackupGroups, n));
        return;
    }
    for (qsizetype i = 0; i < n; ++i)
        require(report, item("group", i) % QLatin1String(".preferred"), config.groups.at(i).preferred);
    const QString second = item("group", 1) % QLatin1String(".preferred");
    if (!config.groups.at(1).preferred.isEmpty() && config.groups.at(0).preferred == config.groups.at(1).preferred)
        report.error(second, rule(rules::kMutualBackupPreferred));
}

void GroupValidator::checkGroup(const AgentConfig& config, qsizetype index, ConfigReport& report)
{
    const GroupConfig& g = config.groups.at(index);
    const QString field = item("group", index);
    const QString nameField = field % QLatin1String(".name");
    if (ConfigValidator::checkName(report, nameField, g.name)) {
        for (qsizetype i = 0; i < index; ++i) {
            if (config.groups.at(i).name == g.name) {
                report.error(nameField, rule(rules::kNameUsedTwice, g.name));
                break;
            }
        }
    }
    const QString preferred = field % QLatin1String(".preferred");
    if (!g.preferred.isEmpty() && !config.hasNode(g.preferred) && !report.hasErrorAt(preferred))
        report.error(preferred, rule(rules::kNotANode, g.preferred));
    if (g.resources.isEmpty() && !report.hasErrorAt(field % QLatin1String(".resource")))
        report.warning(field, rule(rules::kGroupEmpty));
    QSet<QString> names;
    for (qsizetype j = 0; j < g.resources.size(); ++j) {
        const QString rf = field % QLatin1String(".resource[") % QString::number(j) % QLatin1Char(']');
        checkResource(g.resources.at(j), rf, report);
        const QString& name = g.resources.at(j).name;
        if (!name.isEmpty() && names.contains(name))
            report.error(rf % QLatin1String(".name"), rule(rules::kNameUsedTwice, name));
        names.insert(name);
    }
}

void GroupValidator::checkResource(const ResourceConfig& r, const QString& f, ConfigReport& report)
{
    ConfigValidator::checkName(report, f % QLatin1String(".name"), r.name);
    const QString timeout = f % QLatin1String(".timeout_ms");
    if ((r.timeoutMs < kMinTimeoutMs || r.timeoutMs > kMaxTimeoutMs) && !report.hasErrorAt(timeout))
        report.error(timeout, rule(rules::kOutOfRange, r.timeoutMs, kMinTimeoutMs, kMaxTimeoutMs));
    const QString type = f % QLatin1String(".type");
    if (!require(report, type, r.typeName))
        return;
    switch (r.type) {
    case ResourceType::Vip:
        if (require(report, f % QLatin1String(".address"), r.address)) {
            const auto subnet = QHostAddress::parseSubnet(r.address);
            if (!r.address.contains(QLatin1Char('/')) || subnet.first.isNull())
                report.error(f % QLatin1String(".address"), rule(rules::kNotAddressWithPrefix, r.address));
        }
        if (require(report, f % QLatin1String(".interface"), r.interface))
            checkInterfaceName(report, f % QLatin1String(".interface"), r.interface);
        break;
    case ResourceType::Systemd:
        if (require(report, f % QLatin1String(".unit"), r.unit))
            checkUnitName(report, f % QLatin1String(".unit"), r.unit);
        break;
    case ResourceType::Script:
        require(report, f % QLatin1String(".start"), r.start);
        require(report, f % QLatin1String(".stop"), r.stop);
        require(report, f % QLatin1String(".status"), r.status);
        // The commands run as root only when the config says so, in so many words. A file from an
        // earlier version without run_as still loads (an upgrade must not stop the agent), with a
        // warning; a config sent by the console must say it (ConfigMethods::validate).
        if (r.runAs.isEmpty())
            report.warning(f % QLatin1String(".run_as"), rule(rules::kRunAsUnset));
        else if (!RunAs::lookup(r.runAs))
            report.error(f % QLatin1String(".run_as"), rule(rules::kNoSuchUser, r.runAs));
        break;
    case ResourceType::Postgresql: // PostgresValidator
        break;
    case ResourceType::Unknown:
        report.error(type, rule(rules::kNotOneOf, r.typeName, QStringLiteral("vip, systemd, script, postgresql")));
        break;
    }
}

// Names from the config go to `ip`, `arping` and `systemctl` as arguments: one that starts with a
// dash would be read as an option, so only what the kernel and systemd allow gets through.
void GroupValidator::checkInterfaceName(ConfigReport& report, const QString& field, const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@:-]{0,14}\\z"));
    if (!pattern.match(value).hasMatch())
        report.error(field, rule(rules::kNotInterfaceName, value));
}

void GroupValidator::checkUnitName(ConfigReport& report, const QString& field, const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_:\\\\][A-Za-z0-9_.:@\\\\-]{0,254}\\z"));
    if (!pattern.match(value).hasMatch())
        report.error(field, rule(rules::kNotUnitName, value));
}

void GroupValidator::checkReplication(const AgentConfig& config, qsizetype index, ConfigReport& report)
{
    const ReplicationConfig& r = config.replications.at(index);
    const QString f = item("replication", index);
    ConfigValidator::checkName(report, f % QLatin1String(".name"), r.name);
    const QString group = f % QLatin1String(".group");
    if (require(report, group, r.group) && !config.group(r.group))
        report.error(group, rule(rules::kUnknownGroup, r.group));
    const QString lag = f % QLatin1String(".max_lag_s");
    if (!(std::isfinite(r.maxLagS) && r.maxLagS >= 0) && !report.hasErrorAt(lag)) // TOML allows nan and inf
        report.error(lag, rule(rules::kNotSeconds));
    const QString type = f % QLatin1String(".type");
    if (!require(report, type, r.typeName))
        return;
    if (r.type == ReplicationType::Mirror) {
        // `path` serves every node that `paths` does not name.
        const QString path = f % QLatin1String(".path");
        const bool everyNodeNamed = std::all_of(config.nodes.cbegin(), config.nodes.cend(),
                                                [&](const NodeConfig& n) { return r.paths.contains(n.name); });
        if (!everyNodeNamed && require(report, path, r.path))
            ConfigValidator::checkFolder(report, path, r.path);
    } else if (r.type == ReplicationType::Command) {
        require(report, f % QLatin1String(".command"), r.command);
    } else if (r.type != ReplicationType::Postgresql) { // PostgresValidator checks those
        report.error(type, rule(rules::kNotOneOf, r.typeName, QStringLiteral("mirror, command, postgresql")));
    }
}

} // namespace twinha::agent
