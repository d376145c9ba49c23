#pragma once

#include "agentlink/NodeView.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace twinha::agentlink {

// How the pair is guarded against two active nodes, weakest first: the order is the one
// "show the weaker of the two" follows. Unknown: the agent is too old to say.
enum class ProtectionLevel
{
    Unknown,
    PingOnly, // automatic failover with ping tiebreakers only: a symmetric split can leave two actives
    Manual,   // no automatic failover: an operator decides
    Witness,  // automatic failover under a witness's per-group lease
};

const char* protectionLevelName(ProtectionLevel level); // "ping_only", "manual", "witness"; "unknown"
ProtectionLevel protectionLevelFromName(const QString& name);

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
    std::optional<WitnessView> witness;

    bool known() const { return level != ProtectionLevel::Unknown; }
    // Both nodes report a level, and the levels differ: two actives are possible until they agree.
    bool mismatch() const;

    static ProtectionView build(const QList<NodeView>& nodes);
    // For twinhactl status --json: {"level", "nodes": {name: level}, "mismatch", "witness"}.
    QJsonObject toJson() const;
};

} // namespace twinha::agentlink
