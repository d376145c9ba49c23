#pragma once

#include "agentlink/StaleClaim.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace twinha::agentlink {

// Claims that are not evidence of two active nodes, in words: a silent node's last claim and a
// failed stop. Shared by the node cards and twinhactl.
class ClaimText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimText)

public:
    // "node2: not reachable; it was active at epoch 2 until 1 min 5 s ago, and node1 took over at
    // epoch 3." Empty for a null claim; never an empty age, epoch or name.
    static QString lastClaim(const StaleClaim& claim, const QDateTime& now);
    // "Stop failed on node1: the group may still run there."
    static QString stopFailed(const QString& node);
};

} // namespace twinha::agentlink
