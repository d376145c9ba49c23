#pragma once

#include "agent/coordinator/Operation.h"

namespace twinha::agent {

// Duplex "switchover" on the node it concerns: drain (persist standby, stop the group here while
// the peer keeps serving) or undrain (persist active, start and verify the group here again).
// A drain whose stop fails, or whose peer dies before the group has stopped here (the peer was to
// keep serving), rolls back: the group is persisted active and started here again.
class DrainTransaction : public Operation
{
    Q_OBJECT

public:
    DrainTransaction(const OperationContext& parts, const OperationRecord& record, QObject* parent = nullptr);

    void begin() override;
    void onPeer(const NodeClaims* peer) override;

private:
    void drain();
    void undrain();
    void rollback(const protocol::RpcError& reason);

    QElapsedTimer m_gap; // from the stop here to the start here again, after a rollback
    bool m_peerLost = false;
};

} // namespace twinha::agent
