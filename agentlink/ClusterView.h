#pragma once

#include "agentlink/FactSource.h"
#include "agentlink/MaintenanceView.h"
#include "agentlink/NodeView.h"
#include "agentlink/OperationView.h"
#include "agentlink/ProtectionView.h"
#include "agentlink/StaleClaim.h"
#include "agentlink/protocol/ConfigTerms.h"
#include "agentlink/protocol/HeartbeatLinkState.h"
#include "agentlink/protocol/ReplicationState.h"
#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RunState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace twinha::agentlink {

// How the pair looks as a whole, worst first as far as an administrator is concerned.
enum class ClusterHealth
{
    Connecting,  // no node has answered yet
    Ok,          // both reached, both links up, service placed once, nothing failing
    Degraded,    // running, but something needs attention (a link, a resource, lag, a node out of reach)
    SplitBrain,  // both nodes, reached now, run the same group (or an agent reached now says so)
    Unreachable, // the console reaches neither node
};

// The three-way view: the console's reach to each node and the nodes' reach to each other,
// so that "the nodes can't see each other", "I can't see a node" and "split-brain" differ.
enum class ClusterDiagnosis
{
    Connecting,
    Healthy,         // console sees both, and they see each other
    NodesApart,      // console sees both; the nodes hear each other on no link
    ConsoleLostNode, // console can't reach `node`, but its peer still hears it: a console-side problem
    NodeDown,        // console can't reach `node`, and its peer hears nothing from it either
    SplitBrain,      // both nodes run a group that may run only once
    BothUnreachable, // the console reaches neither node
};

const char* clusterHealthName(ClusterHealth health);
const char* clusterDiagnosisName(ClusterDiagnosis diagnosis);

// One heartbeat link as each node sees it (index = node index in the profile).
struct HeartbeatLinkView
{
    QString name;
    std::array<protocol::HeartbeatLinkState, 2> state{}; // Unknown where that node has not reported it
    std::array<double, 2> rttMs{-1, -1};                 // smoothed round trip; -1 unknown
    std::array<double, 2> lossPct{-1, -1};               // -1 unknown
    std::array<qint64, 2> lastHeardMs{-1, -1};

    bool upOnBothSides() const
    {
        return state[0] == protocol::HeartbeatLinkState::Up && state[1] == protocol::HeartbeatLinkState::Up;
    }
    bool downSomewhere() const
    {
        return state[0] == protocol::HeartbeatLinkState::Down || state[1] == protocol::HeartbeatLinkState::Down;
    }
};

struct ResourceView
{
    QString name;
    QString type;
    protocol::RunState state = protocol::RunState::Unknown;
    protocol::RpcError reason;
};

// A resource group and where it runs, merged from both nodes' words. Only a node the console
// reaches now (NodeView::live) holds anything; a silent node's last word is a StaleClaim.
struct GroupView
{
    QString name;
    QString preferred;
    QStringList holders; // nodes that hold it now, by their own word or a live peer's (two only in
                         // duplex or split-brain)
    // Per node (a silent node's: its last word); none where that node has not reported the group.
    std::array<std::optional<protocol::RunState>, 2> state;
    std::array<QList<ResourceView>, 2> resources;
    std::array<bool, 2> stopFailed{};      // reached, does not hold it, yet its monitors say it may still run there
    std::array<StaleClaim, 2> lastClaim{}; // per node not heard now: what it last said it ran, if anything
    bool splitBrain = false;               // both run it now, by what reached nodes say
};

struct ReadinessView
{
    QString group;
    protocol::OperationKind kind = protocol::OperationKind::None;
    QString from;
    QString to;
    bool ready = false;
    QList<protocol::RpcError> reasons;
    int reporter = -1; // index of the node whose verdict this is (ClusterView::sources)
};

// A replication channel as its source reports it (the target's view when the source is out of reach).
// Files a resync kept on a node instead of deleting or overwriting them (after a split or an
// unplanned failover), as that node's channel reports them: its kept sets still on disk.
struct KeptView
{
    QString node;
    qint64 sets = 0;
    qint64 files = 0;
    QString latestPath; // the newest set's folder on that node
};

struct ChannelView
{
    QString name;
    QString group;
    QString type;       // mirror, command, postgresql
    QString reportedBy; // a node the console hears now wins over a silent one, then the source
    protocol::ReplicationState state = protocol::ReplicationState::Unknown;
    std::optional<double> lagS;
    double maxLagS = 0;
    std::optional<qint64> lagBytes; // PostgreSQL only: WAL not yet replayed on the standby
    qint64 maxLagBytes = 0;         // 0: no limit
    // PostgreSQL only: streaming, catchup, stopped, not_standby...; timeline; synchronous standby.
    QString streamState;
    int timeline = 0;
    bool synchronous = false;
    std::optional<qint64> pendingFiles;
    std::optional<qint64> pendingBytes;
    QDateTime lastSync;
    protocol::RpcError error;
    QList<KeptView> kept; // from whichever node reports them, whatever its role

    bool overLimit() const
    {
        return (lagS && maxLagS > 0 && *lagS > maxLagS) || (lagBytes && maxLagBytes > 0 && *lagBytes > maxLagBytes);
    }
};

struct ClusterView
{
    ClusterHealth health = ClusterHealth::Connecting;
    ClusterDiagnosis diagnosis = ClusterDiagnosis::Connecting;
    int subjectNode = -1; // the node ConsoleLostNode / NodeDown is about
    // As the first node that reports one says; none: neither says, Unknown: a newer agent's mode.
    std::optional<protocol::ClusterMode> mode;
    qint64 epoch = 0; // the highest either node reports
    bool configMismatch = false;
    bool resourceFailed = false;
    bool lagOverLimit = false;
    std::array<FactSource, 2> sources; // per node: its name, whether it is heard now, and since when
    QList<HeartbeatLinkView> links;
    QList<GroupView> groups;
    QList<ReadinessView> readiness;
    QList<ChannelView> channels;
    OperationView operation;     // the newest operation either node reports (may be finished)
    ProtectionView protection;   // the protection level, the witness and fencing; no effect on health by itself
    MaintenanceView maintenance; // either node's latest word; no effect on health by itself

    bool anyLinkDown() const;
    // The source of a fact reported by `node`; a default (unknown, not live) one for another name.
    FactSource sourceOf(const QString& node) const;

    // Merges the nodes' last statuses. Only the first two nodes count: TwinHA runs pairs.
    static ClusterView build(const QList<NodeView>& nodes);
};

} // namespace twinha::agentlink
