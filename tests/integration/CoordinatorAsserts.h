#pragma once

// Small readers of the agents' status for the coordinator's lab tests.

#include "tests/integration/ControlClient.h"
#include "tests/integration/OwnLab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinha::tests {

inline QJsonObject groupStatus(const QJsonObject& status, const QString& group)
{
    for (const QJsonValue& g : status.value(QStringLiteral("groups")).toArray())
        if (g[QStringLiteral("name")].toString() == group)
            return g.toObject();
    return {};
}

inline QJsonObject channelStatus(const QJsonObject& status, const QString& channel)
{
    for (const QJsonValue& c : status.value(QStringLiteral("replication")).toArray())
        if (c[QStringLiteral("name")].toString() == channel)
            return c.toObject();
    return {};
}

inline bool holds(ControlClient& c, const QString& group = QStringLiteral("service"))
{
    return groupStatus(c.status(), group).value(QStringLiteral("held")).toBool();
}

// The operation as this node shows it, once it has the given id and a result.
inline QJsonObject finishedOperation(ControlClient& c, const QString& id, int timeoutMs = 30000)
{
    QJsonObject op;
    waitUntil(
        [&] {
            op = c.status().value(QStringLiteral("operation")).toObject();
            return op.value(QStringLiteral("id")).toString() == id && !op.value(QStringLiteral("result")).isNull();
        },
        timeoutMs);
    return op;
}

inline QStringList stepNames(const QJsonObject& op)
{
    QStringList names;
    for (const QJsonValue& s : op.value(QStringLiteral("steps")).toArray())
        names << s[QStringLiteral("name")].toString();
    return names;
}

inline bool allStepsOk(const QJsonObject& op)
{
    for (const QJsonValue& s : op.value(QStringLiteral("steps")).toArray())
        if (!s[QStringLiteral("ok")].toBool())
            return false;
    return true;
}

// Starts a switchover through `via` once both agents call it ready (as the console's readiness line
// would), and returns its finished record as `via` shows it; empty when it was refused.
inline QJsonObject switchOverWhenReady(ControlClient& via, const QString& to, int finishMs = 30000)
{
    if (!waitUntil([&] { return via.status()[QStringLiteral("readiness")][0][QStringLiteral("ready")].toBool(); },
                   20000))
        qWarning("not ready: %s",
                 QJsonDocument(via.status()[QStringLiteral("readiness")].toArray()).toJson().constData());
    const auto reply = via.call(QStringLiteral("switchover.start"), {{QStringLiteral("to"), to}});
    if (!reply || reply->kind != protocol::RpcMessage::Kind::Result) {
        qWarning("switchover.start refused: %s", reply ? qPrintable(reply->error.code) : "no reply");
        return {};
    }
    return finishedOperation(via, reply->result[QStringLiteral("id")].toString(), finishMs);
}

} // namespace twinha::tests
