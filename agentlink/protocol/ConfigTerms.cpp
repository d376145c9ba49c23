#include "agentlink/protocol/ConfigTerms.h"

#include "agentlink/protocol/WireName.h"

namespace twinha::protocol {

namespace {
constexpr ClusterMode kModes[] = {ClusterMode::HotStandby, ClusterMode::MutualBackup, ClusterMode::Duplex};
constexpr ResourceType kResourceTypes[] = {ResourceType::Vip, ResourceType::Systemd, ResourceType::Script,
                                           ResourceType::Postgresql};
constexpr ReplicationType kReplicationTypes[] = {ReplicationType::Mirror, ReplicationType::Command,
                                                 ReplicationType::Postgresql};
constexpr MirrorTransportKind kTransports[] = {MirrorTransportKind::Rsync, MirrorTransportKind::Ssh};
constexpr SyncCommit kSyncCommits[] = {SyncCommit::Off, SyncCommit::On, SyncCommit::Strict};
} // namespace

QString clusterModeName(ClusterMode mode)
{
    switch (mode) {
    case ClusterMode::HotStandby:
        return QStringLiteral("hot-standby");
    case ClusterMode::MutualBackup:
        return QStringLiteral("mutual-backup");
    case ClusterMode::Duplex:
        return QStringLiteral("duplex");
    case ClusterMode::Unknown:
        break;
    }
    return {};
}

ClusterMode clusterModeFrom(const QString& name)
{
    return fromWireName(name, kModes, &clusterModeName, ClusterMode::Unknown);
}

QString resourceTypeName(ResourceType type)
{
    switch (type) {
    case ResourceType::Vip:
        return QStringLiteral("vip");
    case ResourceType::Systemd:
        return QStringLiteral("systemd");
    case ResourceType::Script:
        return QStringLiteral("script");
    case ResourceType::Postgresql:
        return QStringLiteral("postgresql");
    case ResourceType::Unknown:
        break;
    }
    return {};
}

ResourceType resourceTypeFrom(const QString& name)
{
    return fromWireName(name, kResourceTypes, &resourceTypeName, ResourceType::Unknown);
}

QString replicationTypeName(ReplicationType type)
{
    switch (type) {
    case ReplicationType::Mirror:
        return QStringLiteral("mirror");
    case ReplicationType::Command:
        return QStringLiteral("command");
    case ReplicationType::Postgresql:
        return QStringLiteral("postgresql");
    case ReplicationType::Unknown:
        break;
    }
    return {};
}

ReplicationType replicationTypeFrom(const QString& name)
{
    return fromWireName(name, kReplicationTypes, &replicationTypeName, ReplicationType::Unknown);
}

QString mirrorTransportName(MirrorTransportKind kind)
{
    switch (kind) {
    case MirrorTransportKind::Rsync:
        return QStringLiteral("rsync");
    case MirrorTransportKind::Ssh:
        return QStringLiteral("ssh");
    case MirrorTransportKind::Unknown:
        break;
    }
    return {};
}

MirrorTransportKind mirrorTransportFrom(const QString& name)
{
    return fromWireName(name, kTransports, &mirrorTransportName, MirrorTransportKind::Unknown);
}

QString syncCommitName(SyncCommit mode)
{
    switch (mode) {
    case SyncCommit::Off:
        return QStringLiteral("off");
    case SyncCommit::On:
        return QStringLiteral("on");
    case SyncCommit::Strict:
        return QStringLiteral("strict");
    case SyncCommit::Unknown:
        break;
    }
    return {};
}

SyncCommit syncCommitFrom(const QString& name)
{
    return fromWireName(name, kSyncCommits, &syncCommitName, SyncCommit::Unknown);
}

} // namespace twinha::protocol
