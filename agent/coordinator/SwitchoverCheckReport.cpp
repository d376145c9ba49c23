// SwitchoverCheck's verdicts and their JSON forms (readiness in status, switchover.check).
#include "agent/coordinator/SwitchoverCheck.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>

namespace twinha::agent {

namespace codes = protocol::codes;
using protocol::RpcError;

namespace {
QJsonObject reasonJson(const RpcError& e)
{
    QJsonObject o = e.params;
    o.insert(QStringLiteral("code"), e.code);
    return o;
}
} // namespace

bool SwitchoverCheck::ready() const
{
    return invalid.isNull() && failures().isEmpty();
}

bool SwitchoverCheck::forceable() const
{
    if (!invalid.isNull())
        return false;
    static const QStringList always{QLatin1String(codes::kReplicationLagTooHigh), QLatin1String(codes::kConfigMismatch),
                                    QLatin1String(codes::kMaintenanceMode)};
    // With the peer gone its state is last words or unknown: an operator's judgement, not a fact.
    static const QStringList takeoverOnly{QLatin1String(codes::kPeerUnreachable),
                                          QLatin1String(codes::kGroupNotRunning), QLatin1String(codes::kNoActiveNode),
                                          QLatin1String(codes::kReplicationSyncFailed)};
    for (const RpcError& e : failures())
        if (!always.contains(e.code) &&
            !(takeover && (takeoverOnly.contains(e.code) || e.code.startsWith(QLatin1String("REPLICATION_")))))
            return false;
    return true;
}

QList<RpcError> SwitchoverCheck::failures() const
{
    QList<RpcError> out;
    if (!invalid.isNull())
        out.append(invalid);
    for (const Item& i : items)
        if (!i.ok())
            out.append(i.failure);
    return out;
}

RpcError SwitchoverCheck::refusal() const
{
    const QList<RpcError> all = failures();
    if (all.isEmpty())
        return {};
    RpcError first = all.first();
    QJsonArray reasons;
    for (const RpcError& e : all)
        reasons.append(reasonJson(e));
    first.params.insert(QStringLiteral("reasons"), reasons);
    return first;
}

QJsonObject SwitchoverCheck::readinessJson() const
{
    QJsonArray reasons;
    for (const RpcError& e : failures())
        reasons.append(reasonJson(e));
    const auto orNull = [](const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    return {{QStringLiteral("group"), group},
            {QStringLiteral("ready"), ready()},
            {QStringLiteral("kind"), protocol::operationKindName(kind)},
            {QStringLiteral("from"), orNull(from)},
            {QStringLiteral("to"), orNull(to)},
            {QStringLiteral("reasons"), reasons}};
}

QJsonObject SwitchoverCheck::toJson(const AgentConfig& config) const
{
    QJsonArray checks;
    for (const Item& i : items) {
        QJsonObject o{{QStringLiteral("check"), protocol::preCheckName(i.check, i.channel)},
                      {QStringLiteral("ok"), i.ok()}};
        if (!i.ok()) {
            o.insert(QStringLiteral("code"), i.failure.code);
            o.insert(QStringLiteral("params"), i.failure.params);
        }
        checks.append(o);
    }
    QJsonArray stop;
    QJsonArray start;
    if (const GroupConfig* g = config.group(group)) {
        for (auto it = g->resources.crbegin(); it != g->resources.crend() && kind != protocol::OperationKind::Undrain;
             ++it)
            stop.append(it->name);
        for (const ResourceConfig& r : g->resources)
            if (kind != protocol::OperationKind::Drain)
                start.append(r.name);
    }
    QJsonObject o = readinessJson();
    o.insert(QStringLiteral("checks"), checks);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("start"), start);
    o.insert(QStringLiteral("forceable"), forceable() && !ready());
    o.insert(QStringLiteral("executor"), executor);
    o.insert(QStringLiteral("takeover"), takeover);
    return o;
}

} // namespace twinha::agent
