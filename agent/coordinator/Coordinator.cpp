#include "agent/coordinator/Coordinator.h"

#include "agent/AgentLog.h"
#include "agent/coordinator/ClusterRules.h"
#include "agent/coordinator/EventLog.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/OperationRunner.h"
#include "agent/coordinator/ReplicationSet.h"
#include "agent/coordinator/TiebreakerGate.h"
#include "agent/fencing/Fencer.h"
#include "agent/heartbeat/Heartbeat.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/witness/EtcdLeaseClient.h"
#include "agent/witness/LeaseClient.h"

namespace twinha::agent {

using Action = ClusterDecider::Action;

Coordinator::Coordinator(const AgentConfig& config, const QString& self, NodeState* state, Heartbeat* heartbeat,
                         EventLog* events, const QByteArray& clusterKey, const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_state(state)
    , m_heartbeat(heartbeat)
    , m_events(events)
    , m_groups(new LocalGroups(m_config, self, this))
    , m_replication(new ReplicationSet(m_config, self, clusterKey, stateDir, this))
    , m_tiebreaker(new TiebreakerGate(m_config.failover.tiebreakers, this))
    , m_recovery(config.failover.localRestarts, qint64(config.failover.restartWindowS) * 1000)
{
    m_context.config = &m_config;
    m_context.self = self;
    m_context.peer = m_config.peerOf(self);
    m_context.state = state;
    m_context.groups = m_groups;
    m_context.replication = m_replication;
    m_context.peerEpoch = [this] { return m_peer ? m_peer->epoch : qint64(0); };
    m_context.leaseDecides = [this] { return m_lease && !m_heartbeat->peerAlive(); };
    m_runner = new OperationRunner(m_context, this);
    m_stateDir = stateDir;
    m_maintenance = Maintenance::load(stateDir);
    if (const FenceConfig* device = m_config.fenceFor(m_context.peer)) {
        m_fencer = new Fencer(*device, this);
        connect(m_fencer, &Fencer::finished, this, [this](bool ok) {
            QJsonObject data = m_fencer->toJson();
            m_events->record(ok ? protocol::EventType::FenceDone : protocol::EventType::FenceFailed, data);
            schedule();
        });
    }
    // Duplex groups run on both nodes by design: there is no single holder to vote for.
    // With manual failover nothing would ever ask for a lease's verdict.
    if (m_config.witness.isSet() && m_config.failover.automatic && !rules::isDuplex(m_config)) {
        if (m_config.witness.etcd.isEmpty())
            m_lease =
                new LeaseClient(m_config.cluster.name, self, m_heartbeat->bootId(), clusterKey, m_config.witness, this);
        else
            m_lease = new EtcdLeaseClient(m_config.cluster.name, self, m_config.witness, this);
        connect(m_lease, &LeaseBackend::changed, this, &Coordinator::schedule);
    }
    m_evaluateSoon.setSingleShot(true);
    connect(&m_evaluateSoon, &QTimer::timeout, this, &Coordinator::evaluate);
    connect(&m_tick, &QTimer::timeout, this, &Coordinator::evaluate);
    connect(m_heartbeat, &Heartbeat::peerAliveChanged, this, &Coordinator::onPeerAlive);
    connect(m_heartbeat, &Heartbeat::peerPayloadChanged, this, &Coordinator::onPeerPayload);
    connect(m_heartbeat, &Heartbeat::linkStateChanged, this, [this](const QString& link, bool up) {
        m_events->record(up ? protocol::EventType::LinkUp : protocol::EventType::LinkDown,
                         {{QStringLiteral("link"), link}});
        schedule();
    });
    connect(m_heartbeat, &Heartbeat::guardStop, this, &Coordinator::onGuardStop);
    connect(m_heartbeat, &Heartbeat::peerHeardUs, this, [this] {
        if (!m_guardStops.isEmpty()) // a restart after the guard's stop may wait for this
            schedule();
    });
    connect(m_groups, &LocalGroups::changed, this, &Coordinator::schedule);
    connect(m_groups, &LocalGroups::started, this,
            [this](const QString& group, bool ok, const protocol::RpcError& reason, qint64 ms) {
                m_runner->onGroupStarted(group, ok, reason, ms);
                if (!ok) {
                    noteGroupFailure(group);
                    recordGroupError(protocol::EventType::GroupStartFailed, group, reason);
                }
            });
    connect(m_groups, &LocalGroups::stopped, this, [this](const QString& group, bool ok, const protocol::RpcError& e) {
        if (!ok)
            recordGroupError(protocol::EventType::GroupStopFailed, group, e);
    });
    connect(m_groups, &LocalGroups::resourceFailed, this,
            [this](const QString& group, const QString& resource, const protocol::RpcError& reason) {
                m_events->record(protocol::EventType::ResourceFailed, {{QStringLiteral("group"), group},
                                                                       {QStringLiteral("resource"), resource},
                                                                       {QStringLiteral("code"), reason.code},
                                                                       {QStringLiteral("params"), reason.params}});
                noteGroupFailure(group);
                schedule();
            });
    connect(m_replication, &ReplicationSet::changed, this, &Coordinator::schedule);
    // Judged by what runs: a database serving where the group is not held shows up in the group's
    // state (only running groups are monitored), and the rules then stop it.
    connect(m_replication, &ReplicationSet::localCopyServes, this,
            [this](const QString& group) { m_groups->run(group, LocalGroups::Action::Check); });
    connect(m_replication, &ReplicationSet::journalEvent, this,
            [this](protocol::EventType type, const QJsonObject& data) { m_events->record(type, data); });
    connect(m_tiebreaker, &TiebreakerGate::answerChanged, this, &Coordinator::schedule);
    connect(m_runner, &OperationRunner::changed, this, &Coordinator::schedule);
    connect(m_runner, &OperationRunner::finished, this, [this](const OperationRecord& r) {
        onOperationFinished(r);
        if (r.result != protocol::OperationResult::Forwarded)
            m_events->record(protocol::EventType::Operation, r.toJson(),
                             r.actor.isEmpty() ? QStringLiteral("agent") : r.actor);
    });
    connect(m_state, &NodeState::changed, this, &Coordinator::onStateChanged);
}

Coordinator::~Coordinator() = default;

void Coordinator::start()
{
    m_clock.start();
    m_lastGroups = m_state->groups();
    m_replication->applyRoles(*m_state);
    m_groups->start();
    QString error;
    if (m_lease && !m_lease->start(&error))
        AgentLog::get("agent.witness")->error("cannot open a socket for the witness: {}", error.toStdString());
    m_tick.start(kTickMs);
    schedule();
}

void Coordinator::schedule()
{
    if (!m_evaluateSoon.isActive())
        m_evaluateSoon.start(0);
}

ClusterSnapshot Coordinator::snapshot() const
{
    ClusterSnapshot s;
    s.self = m_context.self;
    s.peerName = m_context.peer;
    s.epoch = m_state->epoch();
    s.assigned = m_state->groups();
    s.epochs = m_state->groupEpochs();
    s.mine = buildPayload();
    s.peerAlive = m_heartbeat->peerAlive();
    s.peerSilenceMs = m_heartbeat->peerSilenceMs();
    s.peerLateSignMs = m_heartbeat->peerLateSignMs();
    s.peerSeen = m_peerSeen;
    s.startupGrace =
        !m_clock.isValid() || m_clock.elapsed() < m_config.timing.deadTimeMs + 2 * m_config.timing.intervalMs;
    s.peer = m_peer;
    s.tiebreaker = m_tiebreaker->answer();
    s.witness = m_lease != nullptr;
    s.fencing = m_fencer != nullptr;
    s.peerFenced = m_fencer && m_fencer->state() == Fencer::State::Done;
    s.maintenance = m_maintenance;
    s.configFrozen = !m_configFreeze.isEmpty();
    for (const GroupConfig& g : m_lease ? m_config.groups : QList<GroupConfig>()) {
        switch (m_lease->lease(g.name).state) {
        case LeaseBackend::State::Unknown:
            s.leases.insert(g.name, LeaseAnswer::Unknown);
            break;
        case LeaseBackend::State::Held:
            s.leases.insert(g.name, LeaseAnswer::Held);
            break;
        case LeaseBackend::State::NotHeld:
            s.leases.insert(g.name, LeaseAnswer::NotHeld);
            break;
        }
    }
    return s;
}

NodeClaims Coordinator::buildPayload() const
{
    NodeClaims p;
    p.epoch = m_state->epoch();
    p.checksum = m_config.checksum;
    for (const QString& g : m_groups->names())
        p.groups.insert(g, {m_state->holds(g), m_groups->state(g), m_groups->mayRun(g), m_state->groupEpoch(g)});
    p.op = m_runner->record();
    p.request = m_runner->request();
    p.lag = m_replication->lagReports();
    p.hearsPeer = m_heartbeat->peerAlive();
    if (m_maintenance.seq > 0)
        p.maintenance = m_maintenance;
    if (m_tiebreaker->answer() != TiebreakerAnswer::Unknown)
        p.tiebreaker = m_tiebreaker->answer() == TiebreakerAnswer::Reachable;
    return p;
}

void Coordinator::evaluate()
{
    m_runner->onSnapshot(snapshot()); // a running operation owns its group: let it move first
    ClusterDecider::Decision d = ClusterDecider::decide(m_config, snapshot());
    // Acting changes the snapshot; decide again so reconcile sees the new roles. Twice is enough:
    // a take or a step-down never leads to another one in the same instant.
    for (int round = 0; round < 2 && (!d.actions.isEmpty() || d.adoptEpoch > m_state->epoch()); ++round) {
        apply(d);
        d = ClusterDecider::decide(m_config, snapshot());
    }
    track(d);
    if (d.needTiebreaker)
        m_tiebreaker->want();
    updateLeases(d);
    if (d.fencePeer)
        startFencing(QStringLiteral("agent"));
    reportToGuard();
    for (auto it = d.desired.cbegin(); it != d.desired.cend(); ++it)
        if (!guardIsStopping(it.key())) // two processes must not start and stop it at once
            m_groups->reconcile(it.key(), it.value());
    recoverFailedGroups(d);

    const QJsonObject payload = buildPayload().toJson();
    const QJsonObject view = operationView().toJson();
    const bool changed = payload != m_lastPublished || view != m_lastView;
    m_heartbeat->setLocalPayload(payload);
    m_lastPublished = payload;
    if (view != m_lastView && !operationView().isNull()) {
        m_lastView = view;
        Q_EMIT operationChanged(view);
    }
    if (changed)
        Q_EMIT statusChanged();
}

void Coordinator::apply(const ClusterDecider::Decision& d)
{
    QString error;
    if (d.adoptEpoch > m_state->epoch() && !m_state->set(d.adoptEpoch, m_state->groups(), &error))
        AgentLog::get("agent.coordinator")->error("cannot adopt epoch {}: {}", d.adoptEpoch, error.toStdString());
    for (const Action& a : d.actions)
        applyAction(a);
}

void Coordinator::applyAction(const Action& a)
{
    const bool take = a.kind == Action::Kind::Take;
    const protocol::Role role = take ? protocol::Role::Active : protocol::Role::Standby;
    QString error;
    if (!m_state->setGroup(a.group, role, std::max(a.epoch, m_state->epoch()), &error)) {
        AgentLog::get("agent.coordinator")
            ->error("cannot persist {} as {}: {}", a.group.toStdString(), protocol::roleName(role).toStdString(),
                    error.toStdString());
        return;
    }
    QJsonObject data{{QStringLiteral("group"), a.group},
                     {QStringLiteral("epoch"), m_state->groupEpoch(a.group)},
                     {QStringLiteral("cause"), protocol::roleCauseName(a.cause)}};
    if (!a.reason.isNull()) {
        // The code's parameters go beside it, nested, so the console can say the whole sentence.
        data.insert(QStringLiteral("code"), a.reason.code);
        data.insert(QStringLiteral("params"), a.reason.params);
    }
    const bool failover = a.cause == protocol::RoleCause::Failover || a.cause == protocol::RoleCause::ManualTakeover;
    const QString actor = a.cause == protocol::RoleCause::ManualTakeover ? m_takeoverActor : QStringLiteral("agent");
    if (take && failover) {
        data.insert(QStringLiteral("peer_silence_ms"), m_heartbeat->peerSilenceMs());
        m_runner->beginFailover(a.group, m_state->groupEpoch(a.group), m_heartbeat->peerSilenceMs(), actor);
    }
    m_events->record(take ? (failover ? protocol::EventType::Failover : protocol::EventType::Take)
                          : protocol::EventType::StepDown,
                     data, actor);
}

void Coordinator::updateLeases(const ClusterDecider::Decision& d)
{
    if (!m_lease)
        return;
    // The holder keeps its lease renewed whether or not it hears its peer, so that the peer cannot
    // be given it; a lease is handed back only once the group has really stopped here.
    QSet<QString> wanted = d.wantLease;
    QSet<QString> releasable;
    for (const GroupConfig& g : m_config.groups) {
        if (m_state->holds(g.name))
            wanted.insert(g.name);
        else if (m_groups->state(g.name) == protocol::RunState::Stopped)
            releasable.insert(g.name);
    }
    m_lease->setWanted(wanted, releasable, m_state->epoch());
}

void Coordinator::startFencing(const QString& actor)
{
    if (m_fencer && m_fencer->fence())
        m_events->record(protocol::EventType::FenceStarted, m_fencer->toJson(), actor);
}

void Coordinator::enableGuard(const DeadManGuard::Launch& launch)
{
    m_heartbeat->enableGuard(launch);
}

void Coordinator::reportToGuard()
{
    // What must stop if this daemon says nothing more: the groups it runs alone (duplex groups run
    // on both nodes, and in maintenance mode nobody takes over), and only where a peer could take
    // them over by itself. The heartbeat's thread passes it on (GuardRelay).
    QStringList held;
    for (const GroupConfig& g : m_config.groups)
        if (m_state->holds(g.name) && !m_maintenance.covers(g.name) && !rules::isDuplex(m_config))
            held << g.name;
    qint64 stopAfter = -1;
    qint64 leaseUntil = -1;
    qint64 resumeWithin = -1;
    if (m_config.failover.automatic && !held.isEmpty()) {
        // The peer may take over once it has heard nothing for the dead time: stop well before.
        const qint64 dead = m_config.timing.deadTimeMs;
        stopAfter = std::max<qint64>(100, dead - std::max<qint64>(250, dead / 4) - kTickMs);
        // A heartbeat that goes out this long after the round before the last still reaches the
        // peer before its dead time, even when the last round was lost on every link, with a margin
        // for the network's jitter: a word the guard reads after its deadline may show that (a
        // pause of the whole machine).
        resumeWithin = dead - std::max<qint64>(25, dead / 10);
        // With the lease, the peer must also wait for it to run out: the groups may run until then.
        qint64 leased = -1;
        for (const QString& g : held) {
            const qint64 left = m_lease ? m_lease->runsForMs(g) : 0;
            leased = left <= 0 ? 0 : (leased < 0 ? left : std::min(leased, left));
            if (leased == 0)
                break;
        }
        if (leased > 0)
            leaseUntil = steadyMs() + leased;
    }
    m_heartbeat->reportToGuard(held, stopAfter, leaseUntil, resumeWithin);
}

} // namespace twinha::agent
