#pragma once

#include "agent/coordinator/Operation.h"

#include <QPointer>
#include <QTimer>

namespace twinha::agent {

class ReplicationSet;

// The source's side of a planned switchover of one group to the peer:
//   precheck (the group really runs here) -> stop (reverse order) -> drain the group's replication
//   -> persist standby at a new epoch and publish "handover" -> the target acknowledges (its record
//   of this id in phase "handover") -> publish "start", the commit: only now may the target start
//   -> it starts and verifies -> done.
// Until the commit only this node may run the group, so a failed stop or drain, a target that does
// not acknowledge in time or gives up, and a peer that dies in any of these steps all end in a
// rollback: the group starts here again at a newer epoch (where a witness decides and the peer went
// silent after the handover was published, the lease decides instead). After the commit the target
// may run it: if it dies, this node starts nothing and the rules decide; if it reports that it did
// not start, it has given the group up, and the group starts here again.
// A target of an older version starts on "handover" without acknowledging; its start counts as both.
class SwitchoverTransaction : public Operation
{
    Q_OBJECT

public:
    SwitchoverTransaction(const OperationContext& parts, const OperationRecord& record, QObject* parent = nullptr);
    ~SwitchoverTransaction() override;

    void begin() override;
    void onPeer(const NodeClaims* peer) override;
    bool cancel(const QString& actor) override;

    // Whether the peer's record `r` is a target's part of a switchover (acknowledging, starting, or
    // done with it), rather than, say, its copy of a request it forwarded to us.
    static bool isTargetPart(const OperationRecord& r);

private:
    void stop();
    void drain();
    void drainOnce();
    void onDrained(bool ok, const protocol::RpcError& reason);
    void handover();
    void commit();
    void onTarget(const OperationRecord& target);
    void onPeerLost();
    // No answer, or no target any more (it restarted and forgot): roll back unless it holds the group.
    void giveUpWaiting(const protocol::RpcError& reason);
    void rollback(const protocol::RpcError& reason);
    void copyTargetSteps(const OperationRecord& target);
    int startBudgetMs() const;
    // From the handover to the commit (or the rollback), the receivers this node is to start as
    // the new target wait (ReplicationChannel::holdReceiver).
    void holdReceivers(bool held);

    QTimer m_ackTimer;   // the target must acknowledge the handover in time
    QTimer m_startTimer; // and, once committed, finish within the group's own timeouts
    QElapsedTimer m_gap; // from the stop here to the verified start there, or the start here again
    QElapsedTimer m_drainClock;
    QString m_cancelledBy;
    bool m_peerLost = false;                    // during the stop: the rollback follows it
    bool m_targetHolds = false;                 // by the target's last payload
    QPointer<ReplicationSet> m_receiversHeldBy; // while it holds them
};

} // namespace twinha::agent
