#include "ui/switchover/SwitchoverPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace twinha::ui {

namespace {
QStringList names(const QJsonArray& list)
{
    QStringList out;
    for (const QJsonValue& v : list)
        out << (v.isObject() ? v[QStringLiteral("name")].toString() : v.toString());
    return out;
}
} // namespace

int SwitchoverPlan::blockedCount() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const Check& c) { return !c.ok(); }));
}

SwitchoverPlan SwitchoverPlan::fromJson(const QJsonObject& c)
{
    SwitchoverPlan p;
    p.group = c.value(QStringLiteral("group")).toString();
    p.kind = protocol::operationKindFrom(c.value(QStringLiteral("kind")).toString(QStringLiteral("switchover")));
    p.from = c.value(QStringLiteral("from")).toString();
    p.to = c.value(QStringLiteral("to")).toString();
    p.executor = c.value(QStringLiteral("executor")).toString();
    p.ready = c.value(QStringLiteral("ready")).toBool();
    p.forceable = c.value(QStringLiteral("forceable")).toBool();
    for (const QJsonValue& item : c.value(QStringLiteral("checks")).toArray()) {
        Check check;
        check.name = item[QStringLiteral("check")].toString();
        if (!item[QStringLiteral("ok")].toBool()) {
            const QString code = item[QStringLiteral("code")].toString();
            check.reason = protocol::RpcError::make(code.isEmpty() ? QStringLiteral("INTERNAL_ERROR") : code,
                                                    item[QStringLiteral("params")].toObject());
        }
        p.checks.append(check);
    }
    // A failure that is not a check (reported only in "reasons") still blocks: show it too.
    if (!p.ready && p.blockedCount() == 0) {
        for (const QJsonValue& r : c.value(QStringLiteral("reasons")).toArray()) {
            QJsonObject params = r.toObject();
            const QString code = params.take(QStringLiteral("code")).toString();
            p.checks.append({QString(), protocol::RpcError::make(code, params)});
        }
    }
    p.stop = names(c.value(QStringLiteral("stop")).toArray());
    p.start = names(c.value(QStringLiteral("start")).toArray());
    return p;
}

} // namespace twinha::ui
