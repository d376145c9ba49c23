#include "agent/coordinator/ClusterSnapshot.h"

namespace twinha::agent {

QSet<QString> ClusterSnapshot::busyGroups() const
{
    QSet<QString> busy;
    // A failover's record only follows the start that the rules themselves drive.
    if (mine.op.isRunning() && mine.op.kind != protocol::OperationKind::Failover)
        busy.insert(mine.op.group);
    if (mine.request)
        busy.insert(mine.request->group);
    if (const NodeClaims* p = livePeer()) {
        if (p->op.isRunning() && p->op.kind != protocol::OperationKind::Failover)
            busy.insert(p->op.group);
        if (p->request)
            busy.insert(p->request->group);
    }
    return busy;
}

std::pair<qint64, qint64> ClusterSnapshot::claimEpochs(const QString& group) const
{
    const qint64 peerEpoch = peer ? peer->groupEpoch(group) : 0;
    if (peer && !peer->groups.value(group).epoch)
        return {epoch, peerEpoch};
    return {epochs.value(group, epoch), peerEpoch};
}

OperationRecord ClusterSnapshot::runningOperation() const
{
    if (mine.op.isRunning())
        return mine.op;
    if (const NodeClaims* p = livePeer(); p && p->op.isRunning())
        return p->op;
    return {};
}

} // namespace twinha::agent
