#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/config/ConfigReport.h"

namespace twinha::agent {

// The rules of cluster.toml beyond its syntax: cluster, timing, nodes, links, failover and the key
// file (GroupValidator does groups and replication). It also fills the derived fields (endpoint
// host and port, the key file's absolute path), so later stages never parse strings again.
class ConfigValidator
{
public:
    static void validate(AgentConfig& config, const QString& baseDir, ConfigReport& report);

    // Reports "missing" for an empty value unless the field already has an error.
    static bool require(ConfigReport& report, const QString& field, const QString& value);
    // Names appear in logs, status and file names: letters, digits, '-', '_'.
    static bool checkName(ConfigReport& report, const QString& field, const QString& value);
    // A mirrored folder: absolute, and without control characters (it goes into the rsync daemon's
    // config, where a line break would start a setting of its own).
    static bool checkFolder(ConfigReport& report, const QString& field, const QString& value);
    // "host:port" or "[ipv6]:port"; false with *error set when it is neither.
    static bool splitHostPort(const QString& text, QString* host, quint16* port, protocol::ConfigRule* error);
    // Every endpoint names a node of the cluster and is "host:port" (filling host and port), and
    // every node has one. `field` is the table's field, e.g. "link[0].endpoints".
    static void checkEndpoints(const AgentConfig& config, const QString& field, QList<LinkEndpoint>& endpoints,
                               ConfigReport& report);

    static constexpr int kMinKeyBytes = 32;

private:
    static void checkCluster(AgentConfig& config, const QString& baseDir, ConfigReport& report);
    static void checkKeyFile(const QString& path, ConfigReport& report);
    static void checkTiming(const TimingConfig& timing, ConfigReport& report);
    static void checkNodes(const AgentConfig& config, ConfigReport& report);
    static void checkLinks(AgentConfig& config, ConfigReport& report);
    static void checkWitness(AgentConfig& config, ConfigReport& report);
    static void checkMetrics(const AgentConfig& config, ConfigReport& report);
    static void checkFailover(const FailoverConfig& failover, const WitnessConfig& witness, ConfigReport& report);
    static void checkMirrorTransport(AgentConfig& config, ConfigReport& report);
    static void checkMirrorEncryption(const ReplicationConfig& r, qsizetype i, ConfigReport& report);
    static void checkTimingMonitor(const TimingConfig& timing, ConfigReport& report);
};

} // namespace twinha::agent
