#pragma once

#include "agent/replication/DivergenceKeeper.h"
#include "agent/replication/MirrorSender.h"
#include "agent/replication/ReplicationChannel.h"
#include "agent/replication/RsyncReceiver.h"

#include <memory>

namespace twinha::agent {

// A folder mirrored with rsync, continuously, from the node that is active for the group to the
// other one. As Source it pushes (MirrorSender); as Target it runs its own receiver
// (RsyncReceiver) on its endpoint. The direction follows the role, so a switchover reverses it.
// Receiving after it lost the group without a clean handover, it keeps what the first resync
// deletes or overwrites (DivergenceKeeper) and journals it as divergence_kept.
class MirrorChannel : public ReplicationChannel
{
    Q_OBJECT

public:
    MirrorChannel(const ReplicationConfig& config, const QString& selfNode, const QByteArray& clusterKey,
                  const QString& stateDir, QObject* parent = nullptr);

    // As Source: push now, then drained(true) once a push that began after this call succeeded
    // with nothing left; otherwise the push's error or REPLICATION_DRAIN_TIMEOUT {timeout_ms}.
    // Any other role has nothing to ship: drained(true).
    void drain(int timeoutMs) override;
    std::optional<double> lagS() const override;
    void holdReceiver(bool held) override;

    const RsyncReceiver* receiver() const { return m_receiver.get(); }
    const DivergenceKeeper* keeper() const { return m_keeper.get(); }

protected:
    void applyRole(const ReplicationRole& previous) override;
    protocol::RpcError channelError() const override;
    State baseState() const override;
    void addMetrics(QJsonObject& json) const override;

private:
    MirrorSender m_sender;
    std::unique_ptr<RsyncReceiver> m_receiver;  // null when the config has no endpoint for this node
    std::unique_ptr<DivergenceKeeper> m_keeper; // with the receiver
};

} // namespace twinha::agent
