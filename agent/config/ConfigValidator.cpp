#include "agent/config/ConfigValidator.h"

#include "agent/config/GroupValidator.h"
#include "agent/config/PostgresValidator.h"
#include "agent/fencing/FenceSection.h"
#include "agent/notify/NotifySection.h"
#include "agentlink/protocol/HeartbeatTiming.h"
#include "agentlink/protocol/PrivateAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

#include <sys/stat.h>

namespace twinha::agent {

using protocol::rule;
namespace rules = protocol::rules;
namespace limits = protocol::limits;

namespace {
QString at(const QString& field, qsizetype i, const char* member)
{
    return field % QLatin1Char('[') % QString::number(i) % QLatin1String("].") % QLatin1String(member);
}
} // namespace

void ConfigValidator::validate(AgentConfig& config, const QString& baseDir, ConfigReport& report)
{
    checkCluster(config, baseDir, report);
    checkTiming(config.timing, report);
    checkNodes(config, report);
    checkTimingMonitor(config.timing, report);
    checkLinks(config, report);
    GroupValidator::validate(config, report);
    checkMirrorTransport(config, report);
    PostgresValidator::validate(config, report);
    checkWitness(config, report);
    checkMetrics(config, report);
    checkFenceSection(config, report);
    checkNotifySection(config, report);
    checkFailover(config.failover, config.witness, report);
}

bool ConfigValidator::require(ConfigReport& report, const QString& field, const QString& value)
{
    if (!value.trimmed().isEmpty())
        return true;
    if (!report.hasErrorAt(field))
        report.error(field, rule(rules::kMissing));
    return false;
}

bool ConfigValidator::checkName(ConfigReport& report, const QString& field, const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}\\z"));
    if (!require(report, field, value))
        return false;
    if (pattern.match(value).hasMatch())
        return true;
    report.error(field, rule(rules::kInvalidName, value));
    return false;
}

bool ConfigValidator::checkFolder(ConfigReport& report, const QString& field, const QString& value)
{
    if (!QDir::isAbsolutePath(value)) {
        report.error(field, rule(rules::kNotAbsolutePath, value));
        return false;
    }
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        report.error(field, rule(rules::kPathControlCharacters));
        return false;
    }
    return true;
}

bool ConfigValidator::splitHostPort(const QString& text, QString* host, quint16* port, protocol::ConfigRule* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString h = colon < 0 ? QString() : text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(QLatin1Char(':')))
        h.clear(); // a bare IPv6 address is ambiguous: it must be written [addr]:port
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\\z"));
    if (h.isEmpty() || (!hostName.match(h).hasMatch() && QHostAddress(h).isNull())) {
        *error = rule(rules::kNotHostPort, text);
        return false;
    }
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 1 || p > 65535) {
        *error = rule(rules::kBadPort, text);
        return false;
    }
    *host = h;
    *port = quint16(p);
    return true;
}

void ConfigValidator::checkCluster(AgentConfig& config, const QString& baseDir, ConfigReport& report)
{
    ClusterConfig& c = config.cluster;
    checkName(report, QStringLiteral("cluster.name"), c.name);
    if (require(report, QStringLiteral("cluster.mode"), c.modeName) && c.mode == ClusterMode::Unknown)
        report.error(QStringLiteral("cluster.mode"),
                     rule(rules::kNotOneOf, c.modeName, QStringLiteral("hot-standby, mutual-backup, duplex")));
    if (require(report, QStringLiteral("cluster.key_file"), c.keyFile)) {
        c.keyFilePath = QDir::cleanPath(QDir(baseDir).absoluteFilePath(c.keyFile));
        checkKeyFile(c.keyFilePath, report);
    }
}

void ConfigValidator::checkKeyFile(const QString& path, ConfigReport& report)
{
    const QString field = QStringLiteral("cluster.key_file");
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists()) {
        report.error(field, rule(rules::kKeyFileMissing, path));
    } else if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        report.error(field, rule(rules::kKeyFileUnreadable, path));
    } else if (file.read(kMinKeyBytes).size() < kMinKeyBytes) {
        report.error(field, rule(rules::kKeyFileShort, path, kMinKeyBytes));
    } else if (struct stat st{}; ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 0066) != 0) {
        // Whoever reads the key can forge heartbeats and witness requests: an open key is refused.
        report.error(field, rule(rules::kKeyFileOpen, path,
                                 QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
    }
}

void ConfigValidator::checkTiming(const TimingConfig& t, ConfigReport& report)
{
    const QString interval = QStringLiteral("timing.interval_ms");
    const QString dead = QStringLiteral("timing.dead_time_ms");
    if (protocol::TimingProfile p; !t.profile.isEmpty() && !protocol::TimingProfile::named(t.profile, &p))
        report.error(QStringLiteral("timing.profile"),
                     rule(rules::kNotOneOf, t.profile,
                          protocol::TimingProfile::byDefault().name % QLatin1String(", ") %
                              protocol::TimingProfile::fast().name));
    if (report.hasErrorAt(interval) || report.hasErrorAt(dead))
        return;
    using protocol::HeartbeatTiming;
    if (t.intervalMs < HeartbeatTiming::kMinIntervalMs || t.intervalMs > HeartbeatTiming::kMaxIntervalMs)
        report.error(interval, rule(rules::kOutOfRange, t.intervalMs, HeartbeatTiming::kMinIntervalMs,
                                    HeartbeatTiming::kMaxIntervalMs));
    if (t.deadTimeMs > HeartbeatTiming::kMaxDeadTimeMs || t.deadTimeMs < HeartbeatTiming::kMinDeadTimeMs)
        report.error(dead, rule(rules::kOutOfRange, t.deadTimeMs, HeartbeatTiming::kMinDeadTimeMs,
                                HeartbeatTiming::kMaxDeadTimeMs));
    else if (HeartbeatTiming::deadTimeRefused(t.intervalMs, t.deadTimeMs)) // one late datagram ends the link
        report.error(dead, rule(rules::kDeadTimeRefused, t.deadTimeMs, HeartbeatTiming::kRefusedBelowIntervals,
                                HeartbeatTiming::kRefusedBelowIntervals * qint64(t.intervalMs)));
    else if (!HeartbeatTiming::deadTimeFits(t.intervalMs, t.deadTimeMs)) // a lost datagram is no dead peer
        report.warning(dead, rule(rules::kDeadTimeRisky, t.deadTimeMs, HeartbeatTiming::kMinDeadTimeIntervals,
                                  HeartbeatTiming::minDeadTimeMs(t.intervalMs)));
}

void ConfigValidator::checkNodes(const AgentConfig& config, ConfigReport& report)
{
    if (config.nodes.size() != 2 && !report.hasErrorAt(QStringLiteral("node")))
        report.error(QStringLiteral("node"), rule(rules::kNodeCount, config.nodes.size()));
    QSet<QString> seen;
    for (qsizetype i = 0; i < config.nodes.size(); ++i) {
        const QString field = at(QStringLiteral("node"), i, "name");
        const QString& name = config.nodes.at(i).name;
        if (checkName(report, field, name) && seen.contains(name))
            report.error(field, rule(rules::kNameUsedTwice, name));
        seen.insert(name);
    }
}

void ConfigValidator::checkLinks(AgentConfig& config, ConfigReport& report)
{
    if (config.links.isEmpty() && !report.hasErrorAt(QStringLiteral("link")))
        report.error(QStringLiteral("link"), rule(rules::kLinkRequired));
    QSet<QString> names;
    for (qsizetype i = 0; i < config.links.size(); ++i) {
        LinkConfig& link = config.links[i];
        const QString nameField = at(QStringLiteral("link"), i, "name");
        if (checkName(report, nameField, link.name) && names.contains(link.name))
            report.error(nameField, rule(rules::kNameUsedTwice, link.name));
        names.insert(link.name);
        checkEndpoints(config, at(QStringLiteral("link"), i, "endpoints"), link.endpoints, report);
    }
}

void ConfigValidator::checkEndpoints(const AgentConfig& config, const QString& epField, QList<LinkEndpoint>& endpoints,
                                     ConfigReport& report)
{
    if (report.hasErrorAt(epField))
        return;
    for (LinkEndpoint& e : endpoints) {
        const QString field = epField % QLatin1Char('.') % e.node;
        protocol::ConfigRule error;
        if (!config.hasNode(e.node))
            report.error(field, rule(rules::kNotANode, e.node));
        else if (!report.hasErrorAt(field) && !splitHostPort(e.address, &e.host, &e.port, &error))
            report.error(field, error);
    }
    for (const NodeConfig& n : config.nodes) {
        if (!n.name.isEmpty() && !endpointFor(endpoints, n.name))
            report.error(epField % QLatin1Char('.') % n.name, rule(rules::kEndpointMissing, n.name));
    }
}

void ConfigValidator::checkMirrorTransport(AgentConfig& config, ConfigReport& report)
{
    for (qsizetype i = 0; i < config.replications.size(); ++i) {
        ReplicationConfig& r = config.replications[i];
        if (r.type != ReplicationType::Mirror)
            continue;
        // The copy travels to the standby's receiver, so each node needs an address to receive on.
        checkEndpoints(config, at(QStringLiteral("replication"), i, "endpoints"), r.endpoints, report);
        for (auto it = r.paths.cbegin(); it != r.paths.cend(); ++it) {
            const QString field = at(QStringLiteral("replication"), i, "paths") % QLatin1Char('.') % it.key();
            if (!config.hasNode(it.key()))
                report.error(field, rule(rules::kNotANode, it.key()));
            else
                checkFolder(report, field, it.value());
        }
        if (r.intervalS < 1 || r.intervalS > 86400)
            report.error(at(QStringLiteral("replication"), i, "interval_s"),
                         rule(rules::kOutOfRange, r.intervalS, 1, 86400));
        checkMirrorEncryption(r, i, report);
    }
}

void ConfigValidator::checkMirrorEncryption(const ReplicationConfig& r, qsizetype i, ConfigReport& report)
{
    const QString transportField = at(QStringLiteral("replication"), i, "transport");
    const QString userField = at(QStringLiteral("replication"), i, "ssh_user");
    static const QRegularExpression userPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,31}\\z"));
    if (r.transport == protocol::MirrorTransportKind::Unknown) {
        if (!report.hasErrorAt(transportField))
            report.error(transportField, rule(rules::kNotOneOf, r.transportName, QStringLiteral("rsync, ssh")));
        return;
    }
    if (!r.sshUser.isEmpty() && !r.overSsh())
        report.error(userField, rule(rules::kSshUserNeedsSsh));
    else if (!r.sshUser.isEmpty() && !report.hasErrorAt(userField) && !userPattern.match(r.sshUser).hasMatch())
        report.error(userField, rule(rules::kInvalidUserName, r.sshUser));
    if (r.overSsh())
        return;
    // The rsync daemon protocol is authenticated but not encrypted: fine on a private cable only.
    for (const LinkEndpoint& e : r.endpoints) {
        if (e.host.isEmpty() || protocol::PrivateAddress::isPrivate(e.host))
            continue;
        report.warning(at(QStringLiteral("replication"), i, "endpoints") % QLatin1Char('.') % e.node,
                       rule(rules::kMirrorUnencrypted, e.host));
        return;
    }
}

void ConfigValidator::checkTimingMonitor(const TimingConfig& t, ConfigReport& report)
{
    const QString field = QStringLiteral("timing.monitor_interval_ms");
    if (!report.hasErrorAt(field) && (t.monitorIntervalMs < 100 || t.monitorIntervalMs > 600000))
        report.error(field, rule(rules::kOutOfRange, t.monitorIntervalMs, 100, 600000));
}

void ConfigValidator::checkWitness(AgentConfig& config, ConfigReport& report)
{
    WitnessConfig& w = config.witness;
    const QString field = QStringLiteral("witness.address");
    if (!w.isSet())
        return;
    protocol::ConfigRule error;
    if (!w.address.isEmpty() && !w.etcd.isEmpty())
        report.error(field, rule(rules::kWitnessAddressOrEtcd));
    else if (!w.address.isEmpty() && !report.hasErrorAt(field) && !splitHostPort(w.address, &w.host, &w.port, &error))
        report.error(field, error);
    for (qsizetype i = 0; i < w.etcd.size(); ++i) {
        const QUrl url(w.etcd.at(i));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty() || url.port() < 1 || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            report.error(QStringLiteral("witness.etcd[%1]").arg(i), rule(rules::kNotEtcdUrl, w.etcd.at(i)));
        else
            w.etcd[i] = url.toString(QUrl::StripTrailingSlash);
    }
    // Renewals go out every TTL/8; below a second the lease would hang on a few datagrams.
    const QString ttl = QStringLiteral("witness.ttl_ms");
    if (!report.hasErrorAt(ttl) && (w.ttlMs < limits::kWitnessTtlMinMs || w.ttlMs > limits::kWitnessTtlMaxMs))
        report.error(ttl, rule(rules::kOutOfRange, w.ttlMs, limits::kWitnessTtlMinMs, limits::kWitnessTtlMaxMs));
}

void ConfigValidator::checkMetrics(const AgentConfig& config, ConfigReport& report)
{
    const PerNode& listen = config.metrics.listen;
    auto check = [&](const QString& field, const QString& value) {
        QString host;
        quint16 port = 0;
        protocol::ConfigRule error;
        if (!splitHostPort(value, &host, &port, &error))
            report.error(field, error);
        else if (QHostAddress(host).isNull())
            report.error(field, rule(rules::kNotIpAddress, host));
    };
    const QString field = QStringLiteral("metrics.listen");
    if (!listen.all.isEmpty() && !report.hasErrorAt(field))
        check(field, listen.all);
    for (auto it = listen.byNode.cbegin(); it != listen.byNode.cend(); ++it) {
        const QString f = field % QLatin1Char('.') % it.key();
        if (!config.hasNode(it.key()))
            report.error(f, rule(rules::kNotANode, it.key()));
        else if (!report.hasErrorAt(f))
            check(f, it.value());
    }
}

void ConfigValidator::checkFailover(const FailoverConfig& f, const WitnessConfig& w, ConfigReport& report)
{
    const QString field = QStringLiteral("failover.tiebreakers");
    for (qsizetype i = 0; i < f.tiebreakers.size(); ++i) {
        const QString at = field % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
        const QString& target = f.tiebreakers.at(i);
        require(report, at, target);
        // A ping of this machine proves nothing. (A TCP target on it can: the loopback lab runs
        // both nodes on one host, each with a port of its own.)
        if (!target.startsWith(QLatin1String("tcp:")) && protocol::PrivateAddress::isThisMachine(target))
            report.error(at, rule(rules::kTiebreakerIsThisMachine, target));
    }
    // Without a witness or a tiebreaker a partitioned standby cannot tell "peer dead" from "I am cut off".
    if (f.automatic && f.tiebreakers.isEmpty() && !w.isSet() && !report.hasErrorAt(field))
        report.error(field, rule(rules::kFailoverNeedsWitness));
    const QString restarts = QStringLiteral("failover.local_restarts");
    if (!report.hasErrorAt(restarts) && (f.localRestarts < 0 || f.localRestarts > 100))
        report.error(restarts, rule(rules::kOutOfRange, f.localRestarts, 0, 100));
    const QString window = QStringLiteral("failover.restart_window_s");
    if (!report.hasErrorAt(window) && (f.restartWindowS < 10 || f.restartWindowS > 86400))
        report.error(window, rule(rules::kOutOfRange, f.restartWindowS, 10, 86400));
}

} // namespace twinha::agent
