#pragma once

#include "agentlink/FactSource.h"
#include "agentlink/NodeView.h"
#include "agentlink/protocol/FenceState.h"
#include "agentlink/protocol/ProtectionLevel.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace twinha::agentlink {

using ProtectionLevel = protocol::ProtectionLevel;

// One group's lease as the witness last told a node.
struct LeaseView
{
    QString group;
    QString holder;           // set when holderKnown
    bool holderKnown = false; // the witness named a holder (or the reporting node said it holds it)
    bool vacant = false;      // the witness answered and no node holds the lease
    std::optional<qint64> remainingMs;
    std::optional<qint64> generation;
    QString reportedBy;
};

// The device that powers off (fences) a node, as the peer that would use it reports it.
struct FencingView
{
    QString reportedBy; // the node that fences
    QString node;       // the node it powers off
    QString device;     // a fence agent (fence_ipmilan) or a script, as the config names it
    protocol::FenceState state = protocol::FenceState::None; // None when the report is not live
    std::optional<qint64> sinceMs;                           // since the state last changed
    protocol::RpcError error;                                // FENCE_FAILED {node, device, exit_status, detail}
};

// The witness as the nodes the console reaches live describe it.
struct WitnessView
{
    QString address;
    qint64 ttlMs = 0;
    std::array<std::optional<bool>, 2> reachable; // per node; empty when that node is not reached live
    std::array<std::optional<qint64>, 2> answerAgeMs;
    QList<LeaseView> leases; // per group, from the node with the freshest answer

    // Nodes (by index) that say the witness does not answer, and those that say it does.
    QList<int> unanswered() const;
    QList<int> answered() const;
};

// The protection level of the pair and the witness, merged from both nodes' statuses.
struct ProtectionView
{
    ProtectionLevel level = ProtectionLevel::Unknown; // the weaker of the levels the nodes report
    std::array<ProtectionLevel, 2> nodeLevel{};       // per node
    std::array<bool, 2> silent{false, false};         // the node has a status, but no "protection" in it
    std::array<QString, 2> node;                      // the nodes' names
    std::array<FactSource, 2> sources;                // per node: heard now, or as of when
    std::optional<WitnessView> witness;
    QList<FencingView> fencing; // one per node that reports a fence device for its peer, in node order

    bool known() const { return level != ProtectionLevel::Unknown; }
    // Both nodes report a level, and the levels differ: two actives are possible until they agree.
    bool mismatch() const;

    static ProtectionView build(const QList<NodeView>& nodes);
    // A fence device that failed its last attempt: no takeover until it succeeds.
    bool fencingFailed() const;
    // For twinhactl status --json: {"level", "nodes": {name: level}, "mismatch", "witness", "fencing"}.
    QJsonObject toJson() const;
};

} // namespace twinha::agentlink
