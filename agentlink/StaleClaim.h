#pragma once

#include "agentlink/NodeView.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace twinha::agentlink {

// What a node the console does not hear now last said it ran: history to show with its age,
// never a holder and never evidence of split-brain.
struct StaleClaim
{
    QString node;        // empty: no claim
    qint64 epoch = -1;   // the node's epoch when it made the claim
    QDateTime lastHeard; // console clock: when the claim was last heard, by the console or by the peer
    QString successor;   // the reached peer that holds the group now, at a later epoch; empty if none
    qint64 successorEpoch = -1;

    bool isNull() const { return node.isEmpty(); }
    qint64 ageMs(const QDateTime& now) const { return lastHeard.isValid() ? lastHeard.msecsTo(now) : -1; }

    // Node `index`'s last claim on `group` (held, or may run), from whichever heard the node last:
    // the console's stale status or its reached peer (peer_last_claim, peer.silence_ms). Null when
    // that last word was no claim, or nobody ever heard one.
    static StaleClaim of(const QList<NodeView>& nodes, int index, const QString& group);
};

} // namespace twinha::agentlink
