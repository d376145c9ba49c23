#pragma once

#include <QString>

namespace twinha::protocol {

// The words of cluster.toml that choose a behaviour: the cluster's mode, a resource's type, a
// replication channel's type, a mirror's transport and PostgreSQL's synchronous commit. In the
// file, in config.compose's settings and in status each is its name; inside the code, these
// enums. Unknown: a name this build does not know; the agent's validator refuses it, the console
// says "Unknown mode", and its wizard will not edit such a config. Their names are "" for Unknown.

enum class ClusterMode
{
    Unknown,
    HotStandby,   // hot-standby: one group, active on one node, the other waits
    MutualBackup, // mutual-backup: two groups, each preferring its own node
    Duplex        // duplex: every group runs on both nodes at once
};

enum class ResourceType
{
    Unknown,
    Vip,       // vip
    Systemd,   // systemd
    Script,    // script
    Postgresql // postgresql
};

enum class ReplicationType
{
    Unknown,
    Mirror,    // mirror: rsync of a folder
    Command,   // command: a script that reports the lag
    Postgresql // postgresql: streaming replication the agent manages
};

// How a mirror channel's copy travels (`transport`).
enum class MirrorTransportKind
{
    Unknown,
    Rsync, // rsync: the rsync daemon protocol, in clear
    Ssh    // ssh: rsync over each node's sshd
};

// Whether a PostgreSQL primary's commits wait for the standby (`synchronous`).
enum class SyncCommit
{
    Unknown,
    Off,   // off: asynchronous
    On,    // on: a commit waits while the standby streams; without it the primary goes on alone
    Strict // strict: a commit never returns before the standby has it
};

QString clusterModeName(ClusterMode mode);
ClusterMode clusterModeFrom(const QString& name);
QString resourceTypeName(ResourceType type);
ResourceType resourceTypeFrom(const QString& name);
QString replicationTypeName(ReplicationType type);
ReplicationType replicationTypeFrom(const QString& name);
QString mirrorTransportName(MirrorTransportKind kind);
MirrorTransportKind mirrorTransportFrom(const QString& name);
QString syncCommitName(SyncCommit mode);
SyncCommit syncCommitFrom(const QString& name);

} // namespace twinha::protocol
