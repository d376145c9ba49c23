#pragma once

#include "agentlink/protocol/ConfigTerms.h"
#include "agentlink/protocol/HeartbeatTiming.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The agent's configuration as read from cluster.toml: plain values, no parsing or checking here.
// ConfigLoader fills it and ConfigValidator judges it, so later stages can rely on checked values.
namespace twinha::agent {

using ClusterMode = protocol::ClusterMode;
using ResourceType = protocol::ResourceType;
using ReplicationType = protocol::ReplicationType;

struct ClusterConfig
{
    QString name;
    QString modeName; // as written, so errors and status can echo it
    ClusterMode mode = ClusterMode::Unknown;
    QString keyFile;     // as written
    QString keyFilePath; // resolved against the config file's folder
};

struct TimingConfig
{
    QString profile; // as written ("" when none was: the default profile's values)
    int intervalMs = protocol::TimingProfile::byDefault().intervalMs;
    int deadTimeMs = protocol::TimingProfile::byDefault().deadTimeMs;
    // How often running resources are checked.
    int monitorIntervalMs = protocol::TimingProfile::byDefault().monitorIntervalMs;
};

struct NodeConfig
{
    QString name;
};

struct LinkEndpoint
{
    QString node;
    QString address; // "host:port" as written
    QString host;    // without brackets for IPv6
    quint16 port = 0;
};

const LinkEndpoint* endpointFor(const QList<LinkEndpoint>& endpoints, const QString& node);

struct LinkConfig
{
    QString name;
    QList<LinkEndpoint> endpoints;

    const LinkEndpoint* endpointFor(const QString& node) const { return agent::endpointFor(endpoints, node); }
};

// A value that is the same on every node unless a table names the node: `key = "v"` or
// `key = { node1 = "v1", node2 = "v2" }` (the lab runs both nodes on one machine).
struct PerNode
{
    QString all;
    QMap<QString, QString> byNode;

    QString forNode(const QString& node) const { return byNode.value(node, all); }
    bool isSet() const { return !all.isEmpty() || !byNode.isEmpty(); }
};

// One PostgreSQL instance per node, as a `postgresql` resource sees it (see PostgresResource).
struct PostgresSettings
{
    PerNode dataDir;               // PGDATA
    PerNode configDir;             // where postgresql.conf is (Debian: /etc/postgresql/15/main); default dataDir
    PerNode socketDir;             // unix socket folder; default /var/run/postgresql
    PerNode logFile;               // the server's output when the agent starts it (pg_ctl -l)
    QList<LinkEndpoint> endpoints; // where each node's PostgreSQL takes the peer's replication connections
    QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    QString replicationUser = QStringLiteral("replicator");
    QString passfile; // libpq password file for the peer connections; empty: the run_as user's ~/.pgpass
    QString database = QStringLiteral("postgres"); // what the agent's own queries connect to

    QString dataDirFor(const QString& node) const { return dataDir.forNode(node); }
    QString configDirFor(const QString& node) const
    {
        return configDir.isSet() ? configDir.forNode(node) : dataDir.forNode(node);
    }
    QString socketDirFor(const QString& node) const
    {
        return socketDir.isSet() ? socketDir.forNode(node) : QStringLiteral("/var/run/postgresql");
    }
    // Default: beside Debian's own logs, /var/log/postgresql/twinha-<resource>.log.
    QString logFileFor(const QString& node, const QString& resource) const
    {
        return logFile.isSet() ? logFile.forNode(node)
                               : QStringLiteral("/var/log/postgresql/twinha-%1.log").arg(resource);
    }
};

struct ResourceConfig
{
    QString name;
    QString typeName;
    ResourceType type = ResourceType::Unknown;
    int timeoutMs = 10000;
    // vip
    QString address; // "ip/prefix"
    QString interface;
    // "dad": arping -D before adding, refusing an address that answers. Off by default: it adds
    // ~1.3 s to every start and refuses a takeover while a failed node's kernel still holds the address.
    bool duplicateCheck = false;
    // systemd
    QString unit;
    // script
    QString start;
    QString stop;
    QString status;
    QString runAs; // run_as: the user the three commands run as; root only when it says so
    // postgresql (run_as: the instance's owner, default "postgres")
    PostgresSettings pg;

    QString postgresUser() const { return runAs.isEmpty() ? QStringLiteral("postgres") : runAs; }
};

struct GroupConfig
{
    QString name;
    QString preferred; // empty: no preference
    QList<ResourceConfig> resources;
};

struct ReplicationConfig
{
    QString name;
    QString typeName;
    ReplicationType type = ReplicationType::Unknown;
    QString group;
    QString path;                  // mirror: the folder, the same on both nodes unless `paths` says otherwise
    QMap<QString, QString> paths;  // mirror: per-node folder, keyed by node name
    QList<LinkEndpoint> endpoints; // mirror: where each node receives the copy (rsync daemon, or sshd with ssh)
    QString transportName = protocol::mirrorTransportName(protocol::MirrorTransportKind::Rsync); // as written
    protocol::MirrorTransportKind transport = protocol::MirrorTransportKind::Rsync;              // mirror
    QString sshUser;    // mirror over ssh: the login on the peer; empty: the agent's own user name
    int intervalS = 30; // mirror: sync at least this often, besides on every change
    QString command;    // command: prints one JSON object
    double maxLagS = 5;
    qint64 maxLagBytes = 0; // postgresql: WAL the standby may be behind; 0: no limit
    // postgresql: "off" (asynchronous), "on" (a commit waits for the standby while it streams; the
    // primary goes on alone once it has lost the standby, and then no automatic failover may
    // promote it) or "strict" (a commit never returns before the standby has it: writes block
    // while the standby is away).
    QString synchronousName = protocol::syncCommitName(protocol::SyncCommit::Off); // as written
    protocol::SyncCommit synchronous = protocol::SyncCommit::Off;
    bool synchronousCommit() const { return synchronous != protocol::SyncCommit::Off; }

    QString pathFor(const QString& node) const { return paths.value(node, path); }
    bool overSsh() const { return transport == protocol::MirrorTransportKind::Ssh; }
    const LinkEndpoint* endpointFor(const QString& node) const { return agent::endpointFor(endpoints, node); }
};

// Who may do what over the control socket. The daemon enforces it from the caller's credentials:
// root and members of operatorsGroup may operate; anyone who can open the socket may observe.
struct ControlConfig
{
    static constexpr char kPackageGroup[] = "twinha"; // made by the package, with "twinha-operators"
    QString socketGroup;   // empty: kPackageGroup for a root daemon where it exists, else the daemon's own group
    int socketMode = 0660; // octal in the file, e.g. "0660"
    QString operatorsGroup = QStringLiteral("twinha-operators");
};

struct FailoverConfig
{
    bool automatic = false;
    QStringList tiebreakers;
    // A group whose resource fails on the node that runs it is restarted there this many times
    // within `restartWindowS`; one more failure moves it to a healthy peer (with automatic
    // failover), or else it is restarted with a growing pause (see GroupRecovery).
    int localRestarts = 1;
    int restartWindowS = 600;
};

// The third vote: `twinha-agent witness` on a third host. With it, automatic failover moves a group
// only to the node holding its lease, and an active node that hears neither its peer nor the witness
// stops the group before its lease can have run out (see witness/LeaseTerms.h).
struct WitnessConfig
{
    QString address; // "host:port" of a `twinha-agent witness`, as written
    QString host;
    quint16 port = 0;
    QStringList etcd; // or an etcd v3 cluster: its client URLs ("http://10.0.0.5:2379")
    int ttlMs = 2000;

    bool isSet() const { return !address.isEmpty() || !etcd.isEmpty(); }
};

// How to power off (or cut off) a node that cannot be trusted to stop by itself: STONITH. Either
// a fence agent from Debian's fence-agents (the ones Pacemaker uses), or a script; both get the
// same key=value lines on standard input ("action=off", "nodename=NODE", then `options`) and
// succeed with exit status 0.
struct FenceConfig
{
    QString node;                   // the node this device fences
    QString agent;                  // e.g. "fence_ipmilan" (looked up in the sbin folders) or a path
    QString script;                 // or a script, run through /bin/sh -c
    QMap<QString, QString> options; // e.g. ip, username, password_script, plug
    int timeoutMs = 60000;
};

// Prometheus metrics (agent/metrics): off unless `listen` names this node's address.
struct MetricsConfig
{
    PerNode listen; // "host:port", the same for both nodes ("0.0.0.0:9464") or one per node

    QString listenFor(const QString& node) const { return listen.forNode(node); }
};

// An alert that does not need the console: one [[notify]] table, one way of delivery (agent/notify).
struct NotifyConfig
{
    QString name;       // in the journal and the logs; default "notify[N]"
    QStringList events; // the kinds it is told (Notification::kinds()); empty: all of them
    QString script;     // run as `script KIND NODE SUBJECT` with TWINHA_* in its environment
    QStringList email;  // addresses, handed to `sendmail -t -i`
    QString sendmail = QStringLiteral("/usr/sbin/sendmail");
    QString webhook; // http(s) URL that gets a JSON POST
    int timeoutMs = 10000;

    bool wants(const QString& kind) const { return events.isEmpty() || events.contains(kind); }
};

struct AgentConfig
{
    QString filePath;
    QString checksum; // SHA-256 of the file bytes, hex; both nodes compare it to spot drift
    ClusterConfig cluster;
    TimingConfig timing;
    QList<NodeConfig> nodes;
    QList<LinkConfig> links;
    QList<GroupConfig> groups;
    QList<ReplicationConfig> replications;
    FailoverConfig failover;
    WitnessConfig witness;
    QList<FenceConfig> fences;
    ControlConfig control;
    MetricsConfig metrics;
    QList<NotifyConfig> notify;

    bool hasNode(const QString& name) const;
    QStringList nodeNames() const;
    // The other node's name, or empty when `node` is not one of the two.
    QString peerOf(const QString& node) const;
    const GroupConfig* group(const QString& name) const;
    // The group's first postgresql resource, or null: what a postgresql channel watches.
    const ResourceConfig* postgresResource(const QString& groupName) const;
    const FenceConfig* fenceFor(const QString& node) const; // null when that node has no fence device
    int resourceCount() const;
};

} // namespace twinha::agent
