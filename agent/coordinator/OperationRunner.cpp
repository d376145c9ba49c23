#include "agent/coordinator/OperationRunner.h"

#include "agent/coordinator/DrainTransaction.h"
#include "agent/coordinator/LocalGroups.h"
#include "agent/coordinator/SwitchoverTransaction.h"
#include "agent/coordinator/TargetStart.h"
#include "agent/resources/ResourceGroup.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDateTime>

namespace twinha::agent {

using Phase = protocol::OperationPhase;

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {
OperationRecord recordFor(const SwitchoverCheck& c, const QString& id, const QString& actor)
{
    OperationRecord r;
    r.id = id;
    r.kind = c.kind;
    r.group = c.group;
    r.from = c.from;
    r.to = c.to;
    r.actor = actor;
    r.recovery = c.recovery;
    r.startedAt = QDateTime::currentMSecsSinceEpoch();
    return r;
}
} // namespace

OperationRunner::OperationRunner(const OperationContext& parts, QObject* parent)
    : QObject(parent)
    , m_context(parts)
{}

OperationRunner::~OperationRunner() = default;

OperationRecord OperationRunner::record() const
{
    return m_running ? m_running->record() : m_last;
}

void OperationRunner::setLast(const OperationRecord& record)
{
    m_last = record;
    Q_EMIT changed();
    if (!record.isRunning())
        Q_EMIT finished(record);
}

void OperationRunner::run(Operation* operation)
{
    m_running = operation;
    connect(operation, &Operation::changed, this, &OperationRunner::changed);
    connect(operation, &Operation::finished, this, [this, operation] {
        m_last = operation->record();
        m_running = nullptr;
        operation->deleteLater();
        Q_EMIT changed();
        Q_EMIT finished(m_last);
    });
    operation->begin();
}

QString OperationRunner::submit(const SwitchoverCheck& check, bool force, const QString& actor)
{
    const QString id = OperationRecord::newId();
    OperationRecord r = recordFor(check, id, actor);
    if (check.executor == m_context.self) {
        if (check.kind == protocol::OperationKind::Switchover)
            run(new SwitchoverTransaction(m_context, r, this));
        else
            run(new DrainTransaction(m_context, r, this));
        return id;
    }
    // The peer carries it out; until it adopts the request this node shows it as "requested".
    m_request = NodeClaims::Request{id, check.group, check.to, force, actor};
    m_requestAge.start();
    r.phase = Phase::Requested;
    setLast(r);
    return id;
}

RpcError OperationRunner::cancel(const QString& id, const QString& actor, const OperationRecord& peerRecord)
{
    const OperationRecord mine = record();
    if (m_running && mine.id == id)
        return m_running->cancel(actor)
                   ? RpcError()
                   : RpcError::make(QString::fromLatin1(codes::kOperationNotCancellable),
                                    {{QStringLiteral("id"), id},
                                     {QStringLiteral("phase"), protocol::operationPhaseName(mine.phase)}});
    if (m_request && m_request->id == id) {
        m_request.reset();
        OperationRecord r = m_last;
        r.finish(protocol::OperationResult::Cancelled,
                 RpcError::make(QString::fromLatin1(codes::kOperationCancelled),
                                {{QStringLiteral("id"), id}, {QStringLiteral("actor"), actor}}));
        setLast(r);
        return {};
    }
    // Running on the peer, past the point where only its own node could stop it cleanly.
    if (peerRecord.id == id && peerRecord.isRunning())
        return RpcError::make(
            QString::fromLatin1(codes::kOperationNotCancellable),
            {{QStringLiteral("id"), id}, {QStringLiteral("phase"), protocol::operationPhaseName(peerRecord.phase)}});
    return RpcError::make(QString::fromLatin1(codes::kOperationNotFound), {{QStringLiteral("id"), id}});
}

void OperationRunner::onSnapshot(const ClusterSnapshot& snapshot)
{
    const NodeClaims* peer = snapshot.livePeer();
    if (m_running)
        m_running->onPeer(peer);
    expireRequest(peer);
    if (!peer || m_running)
        return;
    const OperationRecord& op = peer->op;
    // A switchover to this node has begun there: its start here will be quicker prepared (a psql
    // connected for the promotion), which changes nothing that runs.
    if (op.kind == protocol::OperationKind::Switchover && op.to == m_context.self && op.isRunning() &&
        (op.phase == Phase::Precheck || op.phase == Phase::Stop || op.phase == Phase::Drain) && m_prepared != op.id) {
        m_prepared = op.id;
        if (ResourceGroup* g = m_context.groups->group(op.group))
            g->prepareStart();
    }
    // The source handed the group over to this node: our part of the switchover begins.
    if (op.kind == protocol::OperationKind::Switchover && op.to == m_context.self && op.phase == Phase::Handover &&
        op.isRunning() && !m_handled.contains(op.id)) {
        m_handled.insert(op.id);
        run(new TargetStart(m_context, op, this));
        return;
    }
    adoptPeerRequest(snapshot);
}

void OperationRunner::expireRequest(const NodeClaims* peer)
{
    if (!m_request)
        return;
    if (peer && peer->op.id == m_request->id) {
        // Adopted: the peer's record tells the rest; ours stops counting as a running operation.
        m_request.reset();
        OperationRecord r = m_last;
        r.finish(protocol::OperationResult::Forwarded);
        setLast(r);
        return;
    }
    if (m_requestAge.elapsed() < kAdoptTimeoutMs)
        return;
    m_request.reset();
    OperationRecord r = m_last;
    r.finish(protocol::OperationResult::Failed, RpcError::make(QString::fromLatin1(codes::kPeerNoResponse),
                                                               {{QStringLiteral("peer"), m_context.peer},
                                                                {QStringLiteral("timeout_ms"), kAdoptTimeoutMs}}));
    setLast(r);
}

void OperationRunner::adoptPeerRequest(const ClusterSnapshot& snapshot)
{
    const auto& req = snapshot.peer->request;
    if (!req || m_handled.contains(req->id))
        return;
    m_handled.insert(req->id);
    // Checked again here, where it will run, without counting the request itself as busy.
    ClusterSnapshot s = snapshot;
    s.peer->request.reset();
    if (s.peer->op.id == req->id)
        s.peer->op = {};
    const SwitchoverCheck check = SwitchoverCheck::evaluate(*m_context.config, s, req->group, req->to);
    OperationRecord r = recordFor(check, req->id, req->actor);
    if (check.executor != m_context.self && check.invalid.isNull()) {
        r.finish(protocol::OperationResult::Refused,
                 RpcError::make(QString::fromLatin1(codes::kInvalidParams),
                                {{QStringLiteral("detail"), QStringLiteral("not the executor")}}));
        setLast(r);
    } else if (!check.ready() && !(req->force && check.forceable())) {
        r.finish(protocol::OperationResult::Refused, check.refusal());
        setLast(r);
    } else if (check.kind == protocol::OperationKind::Switchover) {
        run(new SwitchoverTransaction(m_context, r, this));
    } else {
        run(new DrainTransaction(m_context, r, this));
    }
}

void OperationRunner::beginFailover(const QString& group, qint64 epoch, qint64 peerSilenceMs, const QString& actor)
{
    OperationRecord r;
    r.id = OperationRecord::newId();
    r.kind = protocol::OperationKind::Failover;
    r.group = group;
    r.from = m_context.peer;
    r.to = m_context.self;
    r.phase = Phase::Start;
    r.epoch = epoch;
    r.actor = actor;
    r.startedAt = QDateTime::currentMSecsSinceEpoch();
    r.addStep(Phase::Detect, peerSilenceMs, true);
    setLast(r);
}

void OperationRunner::onGroupStarted(const QString& group, bool ok, const RpcError& reason, qint64 ms)
{
    if (m_running || m_last.kind != protocol::OperationKind::Failover || m_last.group != group || !m_last.isRunning())
        return;
    OperationRecord r = m_last;
    r.addStep(Phase::Start, ms, ok);
    r.finish(ok ? protocol::OperationResult::Done : protocol::OperationResult::Failed, reason);
    setLast(r);
}

} // namespace twinha::agent
