#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// One pre-check of a switchover (the agent's SwitchoverCheck), as switchover.check and
// switchover.start name it in `checks[].check`. A replication channel's lag is checked per
// channel: "replication_lag:<channel>". None: a name this side does not know.
enum class PreCheck
{
    None,
    Maintenance,    // maintenance: not in maintenance mode
    PeerReachable,  // peer_reachable
    ConfigMatch,    // config_match
    ActiveNode,     // active_node: the group has one
    SplitBrain,     // split_brain: there is none
    NoOperation,    // no_operation: no other operation runs
    GroupRunning,   // group_running: on the source
    TargetHealthy,  // target_healthy
    ReplicationLag, // replication_lag:<channel>
};

inline QString preCheckName(PreCheck check, const QString& channel = {})
{
    switch (check) {
    case PreCheck::Maintenance:
        return QStringLiteral("maintenance");
    case PreCheck::PeerReachable:
        return QStringLiteral("peer_reachable");
    case PreCheck::ConfigMatch:
        return QStringLiteral("config_match");
    case PreCheck::ActiveNode:
        return QStringLiteral("active_node");
    case PreCheck::SplitBrain:
        return QStringLiteral("split_brain");
    case PreCheck::NoOperation:
        return QStringLiteral("no_operation");
    case PreCheck::GroupRunning:
        return QStringLiteral("group_running");
    case PreCheck::TargetHealthy:
        return QStringLiteral("target_healthy");
    case PreCheck::ReplicationLag:
        return QStringLiteral("replication_lag:") + channel;
    case PreCheck::None:
        break;
    }
    return {};
}

inline constexpr PreCheck kPreChecks[] = {PreCheck::Maintenance,  PreCheck::PeerReachable, PreCheck::ConfigMatch,
                                          PreCheck::ActiveNode,   PreCheck::SplitBrain,    PreCheck::NoOperation,
                                          PreCheck::GroupRunning, PreCheck::TargetHealthy, PreCheck::ReplicationLag};

// `channel` gets the channel of a replication_lag check.
inline PreCheck preCheckFrom(const QString& name, QString* channel = nullptr)
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (QStringView(name).left(colon) != QLatin1String("replication_lag"))
            return PreCheck::None;
        if (channel)
            *channel = name.mid(colon + 1);
        return PreCheck::ReplicationLag;
    }
    return fromWireName(
        name, kPreChecks, +[](PreCheck c) { return preCheckName(c); }, PreCheck::None);
}

} // namespace twinha::protocol
