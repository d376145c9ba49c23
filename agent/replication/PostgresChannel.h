#pragma once

#include "agent/postgres/PgFollower.h"
#include "agent/postgres/PgStreamStatus.h"
#include "agent/postgres/PgSyncMode.h"
#include "agent/postgres/PgTask.h"
#include "agent/replication/ReplicationChannel.h"

#include <QElapsedTimer>
#include <QTimer>

namespace twinha::agent {

// PostgreSQL streaming replication of a group's `postgresql` resource. PostgreSQL ships the WAL
// itself; the channel measures and guards it every interval:
//   source (the primary's node): pg_stat_replication gives lag in bytes (sent, write, flush,
//     replay) and seconds (PgLagClock), the standby's state, timeline and whether it is synchronous;
//   target: pg_last_wal_* on the standby, and PgFollower keeps it running as a standby.
// For a switchover, drain() runs on the source once the group stopped: the clean stop's shutdown
// checkpoint (pg_controldata) becomes the handover fact, and awaitCatchUp() on the target waits
// until the standby has replayed past it, so promoting it loses no committed transaction.
class PostgresChannel : public ReplicationChannel
{
    Q_OBJECT

public:
    static constexpr int kQueryTimeoutMs = 5000;
    static constexpr int kCatchUpPollMs = 20;
    static constexpr int kRealignSamples = 15; // samples a running standby may spend not streaming

    PostgresChannel(const ReplicationConfig& config, const ResourceConfig& resource, const QString& selfNode,
                    const QString& peerNode, QObject* parent = nullptr);

    void drain(int timeoutMs) override;
    std::optional<double> lagS() const override { return m_lagS; }
    std::optional<qint64> lagBytes() const override;
    QJsonObject handoverFacts() const override { return m_handover; }
    bool isSynchronous() const override { return m_status && m_status->synchronous; }
    void awaitCatchUp(const QJsonObject& facts, int timeoutMs) override;

protected:
    void applyRole(const ReplicationRole& previous) override;
    protocol::RpcError channelError() const override { return m_error; }
    State baseState() const override;
    void addMetrics(QJsonObject& json) const override;

private:
    void sample();
    void onSample(const PgTask::Answer& answer);
    void takePrimaryView(const PgStreamStatus& status);
    void takeStandbyView(const PgStreamStatus& status);
    void pollCatchUp();

    PgTask m_sampler;
    PgTask m_urgent; // drain and catch-up, never queued behind a sample
    PgFollower m_follower;
    PgSyncMode m_sync;
    QTimer m_interval;
    std::optional<PgStreamStatus> m_status;
    std::optional<double> m_lagS;
    PgLagClock m_lagClock;
    protocol::RpcError m_error;
    QJsonObject m_handover;
    int m_notStreaming = 0; // consecutive standby samples without streaming
    QDateTime m_caughtUpAt; // the last primary sample with nothing left to replay

    struct CatchUp
    {
        PgLsn checkpoint;
        int timeoutMs = 0;
        QElapsedTimer clock;
        QString lastReplay;
    };
    std::optional<CatchUp> m_catchUp;
    QTimer m_catchUpPoll;
};

} // namespace twinha::agent
