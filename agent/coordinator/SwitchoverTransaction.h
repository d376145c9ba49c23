#pragma once

#include "agent/coordinator/Operation.h"

#include <QTimer>

namespace twinha::agent {

// The source's side of a planned switchover of one group to the peer:
//   precheck (the group really runs here) -> stop (reverse order) -> drain the group's replication
//   -> persist standby at a new epoch and publish "handover" -> the target starts and verifies
//   -> done. A failed stop or drain, a target that fails or never answers, or a target that goes
// silent before it began all end in a rollback: the group starts here again at a newer epoch.
class SwitchoverTransaction : public Operation
{
    Q_OBJECT

public:
    static constexpr int kAckTimeoutMs = 10000;
    static constexpr int kDrainRetryMs = 500;

    SwitchoverTransaction(const CoordinatorParts& parts, const OperationRecord& record, QObject* parent = nullptr);

    void begin() override;
    void onPeer(const ClusterPayload* peer) override;
    bool cancel(const QString& actor) override;

private:
    void stop();
    void drain();
    void drainOnce();
    void handover();
    void rollback(const protocol::RpcError& reason);
    void copyTargetSteps(const OperationRecord& target);
    int startBudgetMs() const;

    QTimer m_ackTimer;   // the target must take up the handover within kAckTimeoutMs
    QTimer m_startTimer; // and finish starting within the group's own timeouts
    QElapsedTimer m_gap; // from the stop here to the verified start there
    QElapsedTimer m_drainClock;
    QString m_cancelledBy;
};

} // namespace twinha::agent
