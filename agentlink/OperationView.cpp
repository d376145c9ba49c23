#include "agentlink/OperationView.h"

#include <QJsonArray>

namespace twinha::agentlink {

qint64 OperationView::totalMs() const
{
    qint64 total = 0;
    for (const Step& s : steps)
        total += s.ms;
    return total;
}

OperationView OperationView::fromJson(const QJsonObject& o)
{
    OperationView v;
    v.id = o.value(QStringLiteral("id")).toString();
    v.kind = protocol::operationKindFrom(o.value(QStringLiteral("kind")).toString());
    v.group = o.value(QStringLiteral("group")).toString();
    v.from = o.value(QStringLiteral("from")).toString();
    v.to = o.value(QStringLiteral("to")).toString();
    v.phase = protocol::operationPhaseFrom(o.value(QStringLiteral("phase")).toString());
    v.epoch = o.value(QStringLiteral("epoch")).toInteger();
    for (const QJsonValue& s : o.value(QStringLiteral("steps")).toArray()) {
        if (s.isArray()) // the compact form [name, ms, ok]
            v.steps.append({protocol::operationPhaseFrom(s[0].toString()), s[1].toInteger(), s[2].toBool()});
        else
            v.steps.append({protocol::operationPhaseFrom(s[QStringLiteral("name")].toString()),
                            s[QStringLiteral("ms")].toInteger(), s[QStringLiteral("ok")].toBool(true)});
    }
    v.result = protocol::operationResultFrom(o.value(QStringLiteral("result")).toString());
    QJsonObject reason = o.value(QStringLiteral("reason")).toObject();
    if (!reason.isEmpty()) {
        v.reason.code = reason.take(QStringLiteral("code")).toString();
        v.reason.params = reason;
    }
    v.actor = o.value(QStringLiteral("actor")).toString();
    v.startedAtMs = o.value(QStringLiteral("started_at")).toInteger();
    v.gapMs = o.value(QStringLiteral("gap_ms")).toInteger(-1);
    return v;
}

} // namespace twinha::agentlink
