#include "agent/coordinator/DrainTransaction.h"

#include "agent/NodeState.h"
#include "agent/coordinator/LocalGroups.h"

namespace twinha::agent {

using protocol::RpcError;

DrainTransaction::DrainTransaction(const CoordinatorParts& parts, const OperationRecord& record, QObject* parent)
    : Operation(parts, record, parent)
{}

void DrainTransaction::begin()
{
    if (m_op.kind == QLatin1String("drain"))
        drain();
    else
        undrain();
}

void DrainTransaction::drain()
{
    setPhase(QStringLiteral("stop"));
    RpcError reason;
    // Persisted first: after a crash mid-way the node stays drained rather than rejoining by itself.
    if (!persistRole(QStringLiteral("standby"), m_parts.nextEpoch(), &reason)) {
        step(QStringLiteral("stop"), false);
        finish(QStringLiteral("failed"), reason);
        return;
    }
    m_op.epoch = m_parts.state->epoch();
    m_parts.groups->run(m_op.group, LocalGroups::Action::Stop, [this](bool ok, const RpcError& why, qint64 ms) {
        step(QStringLiteral("stop"), ok, ms);
        finish(ok ? QStringLiteral("done") : QStringLiteral("failed"), why);
    });
}

void DrainTransaction::undrain()
{
    setPhase(QStringLiteral("start"));
    RpcError reason;
    if (!persistRole(QStringLiteral("active"), m_parts.nextEpoch(), &reason)) {
        step(QStringLiteral("start"), false);
        finish(QStringLiteral("failed"), reason);
        return;
    }
    m_op.epoch = m_parts.state->epoch();
    m_parts.groups->run(m_op.group, LocalGroups::Action::Start, [this](bool ok, const RpcError& why, qint64 ms) {
        step(QStringLiteral("start"), ok, ms);
        if (!ok) {
            RpcError ignored;
            persistRole(QStringLiteral("standby"), m_parts.nextEpoch(), &ignored);
            finish(QStringLiteral("failed"), why);
            return;
        }
        setPhase(QStringLiteral("verify"));
        m_parts.groups->run(m_op.group, LocalGroups::Action::Check, [this](bool running, const RpcError& e, qint64) {
            step(QStringLiteral("verify"), running);
            finish(running ? QStringLiteral("done") : QStringLiteral("failed"), e);
        });
    });
}

} // namespace twinha::agent
