#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/replication/ReplicationRole.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/ReplicationState.h"
#include "agentlink/protocol/RpcError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace twinha::agent {

// One replication channel as the agent sees it: it follows the role it is given, measures how
// far the copy is behind, and can drain (ship everything now) for a switchover.
class ReplicationChannel : public QObject
{
    Q_OBJECT

public:
    using State = protocol::ReplicationState;

    ReplicationChannel(const ReplicationConfig& config, const QString& selfNode, QObject* parent = nullptr);

    const ReplicationConfig& config() const { return m_config; }
    QString name() const { return m_config.name; }
    QString selfNode() const { return m_selfNode; }
    ReplicationRole role() const { return m_role; }

    // Does nothing when the role is unchanged.
    void setRole(const ReplicationRole& role);

    // Ships what is pending now and answers with drained(), never before returning.
    virtual void drain(int timeoutMs) = 0;

    // Seconds the copy is behind; nullopt while unknown.
    virtual std::optional<double> lagS() const = 0;
    // Bytes the copy is behind, where the channel knows (PostgreSQL: WAL not yet replayed).
    virtual std::optional<qint64> lagBytes() const { return std::nullopt; }

    // Every commit on the source waits for the copy now (PostgreSQL's synchronous standby).
    virtual bool isSynchronous() const { return false; }

    // After a drain that stopped the source for good: what the target must show before it may
    // take over ({"checkpoint_lsn": ...} for PostgreSQL); empty when the drain says it all.
    virtual QJsonObject handoverFacts() const { return {}; }
    // On the target, before it takes over: waits until the copy holds what handoverFacts() named,
    // then caughtUp(). Never answers inside the call.
    virtual void awaitCatchUp(const QJsonObject& facts, int timeoutMs);
    // While held, a receiver this channel should start waits, and starts once released. A
    // switchover's source holds it between its handover and its commit: the receiver's start
    // (files, a process) would otherwise sit between the target's acknowledgement and the commit,
    // inside the service's gap. Channels without a receiver process ignore it.
    virtual void holdReceiver(bool held) { Q_UNUSED(held); }
    // The channel's own failure (code plus "channel"), or null. Lag is not a failure here; see
    // state() and toJson().
    protocol::RpcError error() const;
    State state() const;

    // {"name","type","group","role","state","lag_s","lag_bytes","pending_files","pending_bytes",
    //  "last_sync","error"?,"max_lag_s","max_lag_bytes"?}; unknown values are null. "error" also
    // carries REPLICATION_LAG_TOO_HIGH {lag_s, limit_s} (or ..._BYTES_TOO_HIGH) while lagging.
    QJsonObject toJson() const;

Q_SIGNALS:
    void changed();
    void drained(bool ok, const twinha::protocol::RpcError& error);
    void caughtUp(bool ok, const twinha::protocol::RpcError& error);
    // The local copy serves (a PostgreSQL primary) although this node is the target: what runs
    // here must be checked again, so that the cluster's rules stop it.
    void localCopyServes();
    // Something for the journal: its type and data (codes and values, no sentences).
    void journalEvent(protocol::EventType type, const QJsonObject& data);

protected:
    virtual void applyRole(const ReplicationRole& previous) = 0;
    // The failure without "channel"; the base adds it.
    virtual protocol::RpcError channelError() const = 0;
    // The state apart from error and lag, which the base decides first.
    virtual State baseState() const = 0;
    // Fills lag_bytes, pending_files, pending_bytes and last_sync where known.
    virtual void addMetrics(QJsonObject& json) const = 0;

    protocol::RpcError tagged(const protocol::RpcError& error) const;
    // Emits drained() from the event loop, so callers never see it inside drain().
    void finishDrainLater(bool ok, const protocol::RpcError& error = {});
    void finishCatchUpLater(bool ok, const protocol::RpcError& error = {});
    static QJsonValue isoOrNull(const QDateTime& time);

private:
    ReplicationConfig m_config;
    QString m_selfNode;
    ReplicationRole m_role;
};

} // namespace twinha::agent
