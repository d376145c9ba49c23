#pragma once

#include "agent/NodeState.h"
#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClusterDecider.h"
#include "agent/coordinator/ClusterSnapshot.h"
#include "agent/coordinator/GroupRecovery.h"
#include "agent/coordinator/OperationContext.h"
#include "agent/coordinator/SwitchoverCheck.h"
#include "agent/guard/DeadManGuard.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/ProtectionLevel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace twinha::agent {

class EventLog;
class Fencer;
class Heartbeat;
class LeaseBackend;
class LocalGroups;
class OperationRunner;
class ReplicationSet;
class TiebreakerGate;

// The agent's brain. It reads everything the decisions need into a ClusterSnapshot, lets the pure
// ClusterDecider and the running operation decide, and then acts: persists roles (always before
// acting), starts and stops groups, points replication the right way and publishes its state to
// the peer in the heartbeat payload. Any change schedules one evaluation; a timer adds one every
// kTickMs for the rules that depend on time passing.
class Coordinator : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 250;

    Coordinator(const AgentConfig& config, const QString& self, NodeState* state, Heartbeat* heartbeat,
                EventLog* events, const QByteArray& clusterKey, const QString& stateDir, QObject* parent = nullptr);
    ~Coordinator() override;

    void start();
    // Starts the dead-man guard beside this daemon (the real daemon only, not tests' engines).
    void enableGuard(const DeadManGuard::Launch& launch);

    // For the control methods.
    SwitchoverCheck check(const QString& group, const QString& to) const;
    // {id, group, kind, from, to, executor} or the refusal.
    // `skipFencing`: a forced takeover without powering the peer off first, which the operator
    // confirmed knowing that both nodes may then serve.
    QJsonObject startOperation(const QString& group, const QString& to, bool force, const QString& actor,
                               protocol::RpcError* error, bool skipFencing = false);
    protocol::RpcError cancelOperation(const QString& id, const QString& actor);
    // Maintenance mode on or off, for one group or (empty) the whole cluster; false with *error
    // (UNKNOWN_GROUP, STATE_WRITE_FAILED) when it cannot be set.
    bool setMaintenance(bool on, const QString& group, const QString& actor, protocol::RpcError* error);
    QJsonObject maintenanceJson() const { return m_maintenance.toJson(); }
    // A two-phase config change holds this node (ConfigApply): while `state` is not empty the rules
    // start no group here (a silent peer may only be on other ports), while what runs keeps running
    // under the usual rules, safety step-downs included; status shows `state` as "config_apply".
    void setConfigFreeze(const QJsonObject& state)
    {
        m_configFreeze = state;
        schedule();
        Q_EMIT statusChanged();
    }
    // The last or current operation as the console should see it: the executing node's record.
    OperationRecord operationView() const;

    ClusterSnapshot snapshot() const;
    // The status members this node adds: groups, links, peer, replication, readiness, split_brain,
    // operation, config_checksum_match, tiebreaker, protection, witness.
    QJsonObject statusJson() const;

Q_SIGNALS:
    void statusChanged();
    void operationChanged(const QJsonObject& op);

private:
    void schedule();
    void evaluate();
    void apply(const ClusterDecider::Decision& d);
    void applyAction(const ClusterDecider::Action& a);
    QString takeOver(const QString& group, const QString& actor); // a forced manual failover; the operation id
    void track(const ClusterDecider::Decision& d);
    NodeClaims buildPayload() const;
    void onPeerPayload(const QJsonObject& payload);
    void onPeerAlive(bool alive);
    void onStateChanged();
    void updateLeases(const ClusterDecider::Decision& d);
    void startFencing(const QString& actor);
    void adoptMaintenance(const Maintenance& m);
    void reportToGuard();
    protocol::ProtectionLevel protectionLevel() const;
    // group_start_failed, group_stop_failed: {group, code, params}.
    void recordGroupError(protocol::EventType type, const QString& group, const protocol::RpcError& e);
    // CoordinatorRecovery.cpp
    void noteGroupFailure(const QString& group);
    void recoverFailedGroups(const ClusterDecider::Decision& d);
    void onOperationFinished(const OperationRecord& r);
    bool mayStillRun(const QString& group) const;
    void onGuardStop(const QString& group, bool over, bool ok);
    bool peerAnsweredSinceGuardStop(const QString& group, const ClusterSnapshot& s, qint64 now);
    // The guard's stop of the group is under way, as far as its notices and the group's own stop
    // timeouts tell: a "stopped" notice that never comes (the guard died, its socket broke) does not
    // leave the group alone for good.
    bool guardIsStopping(const QString& group);
    // Stops what is left of the group and starts it again here (GroupRecovery's restart, or after
    // the guard's stop); `counted`: a recovery from a failure, which GroupRecovery keeps count of.
    void restartHere(const QString& group, bool counted);

    AgentConfig m_config;
    OperationContext m_context;
    NodeState* m_state;
    Heartbeat* m_heartbeat;
    EventLog* m_events;
    LocalGroups* m_groups;
    ReplicationSet* m_replication;
    TiebreakerGate* m_tiebreaker;
    LeaseBackend* m_lease = nullptr; // with a witness or etcd configured (never for duplex groups)
    Fencer* m_fencer = nullptr;      // with a [[fence]] device for the peer
    OperationRunner* m_runner;
    std::optional<NodeClaims> m_peer;
    QString m_takeoverActor; // who forced the last manual takeover
    QString m_stateDir;
    Maintenance m_maintenance;
    GroupRecovery m_recovery;
    QSet<QString> m_recovering;             // restarting now
    QHash<QString, qint64> m_recoveryWaits; // the pause announced, until its end (steadyMs)
    struct GuardStop
    {
        qint64 atMs = 0;        // steadyMs() of the guard's last notice
        bool over = false;      // "stopped" came (cleanly); before it, the group is left alone
        qint64 answeredAt = -1; // steadyMs() when the peer first echoed a heartbeat sent since
    };
    QHash<QString, GuardStop> m_guardStops; // groups the dead-man guard stops or stopped
    QJsonObject m_configFreeze;
    bool m_peerSeen = false;
    QStringList m_splitBrain;
    NodeState::Groups m_lastGroups;
    QJsonObject m_lastPublished;
    QJsonObject m_lastView;
    QElapsedTimer m_clock;
    QTimer m_evaluateSoon;
    QTimer m_tick;
};

} // namespace twinha::agent
