#pragma once

#include "agent/coordinator/ClusterSnapshot.h"
#include "agent/coordinator/NodeClaims.h"
#include "agent/coordinator/OperationContext.h"
#include "agent/coordinator/SwitchoverCheck.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

namespace twinha::agent {

class Operation;

// Which operation this node is running, and how operations pass between the nodes: an operator's
// request taken here for the peer to carry out travels in our payload until the peer adopts it; a
// request or a handover the peer publishes for us starts our part. One operation at a time.
class OperationRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAdoptTimeoutMs = 5000;

    OperationRunner(const OperationContext& parts, QObject* parent = nullptr);
    ~OperationRunner() override;

    // This node's current operation, or its last one.
    OperationRecord record() const;
    std::optional<NodeClaims::Request> request() const { return m_request; }

    // Starts a checked operation here or forwards it to the peer. Returns its id.
    QString submit(const SwitchoverCheck& check, bool force, const QString& actor);
    // OPERATION_NOT_FOUND / OPERATION_NOT_CANCELLABLE, or null when it will stop unchanged.
    protocol::RpcError cancel(const QString& id, const QString& actor, const OperationRecord& peerRecord);

    // Called at every evaluation with the current snapshot.
    void onSnapshot(const ClusterSnapshot& snapshot);
    // A failover is a group taken by the rules; its record follows the start reconcile runs.
    void beginFailover(const QString& group, qint64 epoch, qint64 peerSilenceMs,
                       const QString& actor = QStringLiteral("agent"));
    void onGroupStarted(const QString& group, bool ok, const protocol::RpcError& reason, qint64 ms);

Q_SIGNALS:
    void changed();
    void finished(const twinha::agent::OperationRecord& record);

private:
    void run(Operation* operation);
    void adoptPeerRequest(const ClusterSnapshot& snapshot);
    void expireRequest(const NodeClaims* peer);
    void setLast(const OperationRecord& record);

    OperationContext m_context;
    Operation* m_running = nullptr;
    OperationRecord m_last;
    std::optional<NodeClaims::Request> m_request;
    QElapsedTimer m_requestAge;
    QSet<QString> m_handled; // ids of peer requests and handovers already acted on
    QString m_prepared;      // the switchover to this node whose start was last prepared
};

} // namespace twinha::agent
