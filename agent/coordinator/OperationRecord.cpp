#include "agent/coordinator/OperationRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace twinha::agent {

namespace {
constexpr int kMaxReasonParams = 3;
constexpr int kMaxParamChars = 48;
} // namespace

void OperationRecord::finish(protocol::OperationResult r, const protocol::RpcError& why,
                             protocol::OperationPhase finalPhase)
{
    phase = finalPhase;
    result = r;
    reason = compact(why);
}

QString OperationRecord::newId()
{
    // Short: it is repeated in both payloads; 12 hex digits make a collision irrelevant here.
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

protocol::RpcError OperationRecord::compact(const protocol::RpcError& reason)
{
    protocol::RpcError out;
    out.code = reason.code;
    for (auto it = reason.params.begin(); it != reason.params.end() && out.params.size() < kMaxReasonParams; ++it) {
        if (it.value().isString())
            out.params.insert(it.key(), it.value().toString().left(kMaxParamChars));
        else if (it.value().isDouble() || it.value().isBool())
            out.params.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject OperationRecord::toWireJson() const
{
    QJsonObject o = toJson();
    QJsonArray s;
    for (const Step& step : steps)
        s.append(QJsonArray{protocol::operationPhaseName(step.name), step.ms, step.ok ? 1 : 0});
    o.insert(QStringLiteral("steps"), s);
    return o;
}

QJsonValue OperationRecord::stepJson(const Step& step)
{
    return QJsonObject{{QStringLiteral("name"), protocol::operationPhaseName(step.name)},
                       {QStringLiteral("ms"), step.ms},
                       {QStringLiteral("ok"), step.ok}};
}

QJsonObject OperationRecord::toJson() const
{
    QJsonArray s;
    for (const Step& step : steps)
        s.append(stepJson(step));
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), protocol::operationKindName(kind)},
                  {QStringLiteral("group"), group},
                  {QStringLiteral("from"), from},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("phase"), protocol::operationPhaseName(phase)},
                  {QStringLiteral("epoch"), epoch},
                  {QStringLiteral("steps"), s},
                  {QStringLiteral("result"), result == protocol::OperationResult::None
                                                 ? QJsonValue()
                                                 : QJsonValue(protocol::operationResultName(result))},
                  {QStringLiteral("started_at"), startedAt}};
    if (!reason.isNull()) {
        QJsonObject r = reason.params;
        r.insert(QStringLiteral("code"), reason.code);
        o.insert(QStringLiteral("reason"), r);
    }
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (recovery)
        o.insert(QStringLiteral("recovery"), true);
    if (gapMs >= 0)
        o.insert(QStringLiteral("gap_ms"), gapMs);
    if (!handover.isEmpty())
        o.insert(QStringLiteral("handover"), handover);
    return o;
}

OperationRecord OperationRecord::fromJson(const QJsonObject& o)
{
    OperationRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.kind = protocol::operationKindFrom(o.value(QStringLiteral("kind")).toString());
    r.group = o.value(QStringLiteral("group")).toString();
    r.from = o.value(QStringLiteral("from")).toString();
    r.to = o.value(QStringLiteral("to")).toString();
    r.phase = protocol::operationPhaseFrom(o.value(QStringLiteral("phase")).toString());
    r.epoch = o.value(QStringLiteral("epoch")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        // Both forms: objects in status, [name, ms, ok] arrays in the datagram.
        if (v.isArray())
            r.steps.append({protocol::operationPhaseFrom(v[0].toString()), v[1].toInteger(), v[2].toInt() != 0});
        else
            r.steps.append({protocol::operationPhaseFrom(v[QStringLiteral("name")].toString()),
                            v[QStringLiteral("ms")].toInteger(), v[QStringLiteral("ok")].toBool()});
    }
    r.result = protocol::operationResultFrom(o.value(QStringLiteral("result")).toString());
    QJsonObject why = o.value(QStringLiteral("reason")).toObject();
    if (!why.isEmpty()) {
        r.reason.code = why.take(QStringLiteral("code")).toString();
        r.reason.params = why;
    }
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.recovery = o.value(QStringLiteral("recovery")).toBool();
    r.startedAt = o.value(QStringLiteral("started_at")).toInteger();
    r.gapMs = o.value(QStringLiteral("gap_ms")).toInteger(-1);
    r.handover = o.value(QStringLiteral("handover")).toObject();
    return r;
}

bool OperationRecord::operator==(const OperationRecord& other) const
{
    return toJson() == other.toJson();
}

} // namespace twinha::agent
