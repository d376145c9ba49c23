#include "agent/coordinator/TargetStart.h"

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agent {

using protocol::RpcError;

namespace {
OperationRecord participantRecord(const OperationRecord& source)
{
    OperationRecord r;
    r.id = source.id;
    r.kind = source.kind;
    r.group = source.group;
    r.from = source.from;
    r.to = source.to;
    r.epoch = source.epoch;
    r.actor = source.actor;
    r.startedAt = source.startedAt;
    return r;
}
} // namespace

TargetStart::TargetStart(const CoordinatorParts& parts, const OperationRecord& sourceRecord, QObject* parent)
    : Operation(parts, participantRecord(sourceRecord), parent)
{}

void TargetStart::begin()
{
    setPhase(QStringLiteral("start"));
    RpcError reason;
    const qint64 epoch = std::max(m_parts.state->epoch(), m_op.epoch);
    if (!persistRole(QStringLiteral("active"), epoch, &reason)) {
        step(QStringLiteral("start"), false);
        finish(QStringLiteral("failed"), reason, QStringLiteral("start_failed"));
        return;
    }
    m_op.epoch = epoch;
    m_parts.groups->run(m_op.group, LocalGroups::Action::Start, [this](bool ok, const RpcError& why, qint64 ms) {
        step(QStringLiteral("start"), ok, ms);
        if (ok)
            verify();
        else
            giveUp(why); // the group has already stopped what it had started
    });
}

void TargetStart::verify()
{
    setPhase(QStringLiteral("verify"));
    m_parts.groups->run(m_op.group, LocalGroups::Action::Check, [this](bool running, const RpcError& why, qint64) {
        step(QStringLiteral("verify"), running);
        if (running) {
            finish(QStringLiteral("done"), {}, QStringLiteral("started"));
            return;
        }
        m_parts.groups->run(m_op.group, LocalGroups::Action::Stop,
                            [this, why](bool, const RpcError&, qint64) { giveUp(why); });
    });
}

void TargetStart::giveUp(const RpcError& reason)
{
    RpcError failure;
    persistRole(QStringLiteral("standby"), m_parts.nextEpoch(), &failure);
    m_op.epoch = m_parts.state->epoch();
    finish(QStringLiteral("failed"), reason.isNull() ? failure : reason, QStringLiteral("start_failed"));
}

} // namespace twinha::agent
