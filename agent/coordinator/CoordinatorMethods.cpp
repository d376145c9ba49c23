#include "agent/coordinator/CoordinatorMethods.h"

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

namespace {

// An optional string parameter: true when absent or a string.
bool optionalString(const QJsonObject& params, const char* key, QString* out)
{
    const QJsonValue v = params.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    *out = v.toString();
    return v.isString();
}
} // namespace

CoordinatorMethods::CoordinatorMethods(Coordinator* coordinator, EventLog* events, const AgentConfig& config)
    : m_coordinator(coordinator)
    , m_events(events)
    , m_config(config)
{}

std::optional<RpcMessage> CoordinatorMethods::handle(const RpcMessage& request, const ClientCredentials& client) const
{
    const QString& m = request.method;
    if (m == QLatin1String(methods::kSwitchoverCheck)) {
        QString group;
        QString to;
        if (!optionalString(request.params, "group", &group) || !optionalString(request.params, "to", &to))
            return RpcMessage::invalidParams(request, QStringLiteral("group and to must be strings"));
        return RpcMessage::resultFor(request.id, m_coordinator->check(group, to).toJson(m_config));
    }
    if (m == QLatin1String(methods::kSwitchoverStart))
        return start(request, client);
    if (m == QLatin1String(methods::kSwitchoverCancel)) {
        const QString id = request.params.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return RpcMessage::invalidParams(request, QStringLiteral("id is required"));
        const RpcError e = m_coordinator->cancelOperation(id, client.actor());
        if (!e.isNull())
            return RpcMessage::errorFor(request.id, e);
        return RpcMessage::resultFor(request.id,
                                     QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("cancelled"), true}});
    }
    if (m == QLatin1String(methods::kEventsList))
        return events(request);
    if (m == QLatin1String(methods::kMaintenanceSet)) {
        const QJsonValue on = request.params.value(QStringLiteral("on"));
        QString group;
        if (!on.isBool() || !optionalString(request.params, "group", &group))
            return RpcMessage::invalidParams(request, QStringLiteral("on must be a boolean, group a string"));
        RpcError error;
        if (!m_coordinator->setMaintenance(on.toBool(), group, client.actor(), &error))
            return RpcMessage::errorFor(request.id, error);
        return RpcMessage::resultFor(request.id,
                                     QJsonObject{{QStringLiteral("maintenance"), m_coordinator->maintenanceJson()}});
    }
    return std::nullopt;
}

RpcMessage CoordinatorMethods::start(const RpcMessage& request, const ClientCredentials& client) const
{
    QString group;
    QString to;
    const QJsonValue force = request.params.value(QStringLiteral("force"));
    const QJsonValue skipFencing = request.params.value(QStringLiteral("skip_fencing"));
    if (!optionalString(request.params, "group", &group) || !optionalString(request.params, "to", &to) ||
        !(force.isUndefined() || force.isBool()) || !(skipFencing.isUndefined() || skipFencing.isBool()))
        return RpcMessage::invalidParams(
            request, QStringLiteral("group and to must be strings, force and skip_fencing booleans"));
    RpcError error;
    const QJsonObject started =
        m_coordinator->startOperation(group, to, force.toBool(), client.actor(), &error, skipFencing.toBool());
    if (!error.isNull())
        return RpcMessage::errorFor(request.id, error);
    return RpcMessage::resultFor(request.id, started);
}

RpcMessage CoordinatorMethods::events(const RpcMessage& request) const
{
    const QJsonValue after = request.params.value(QStringLiteral("after"));
    const QJsonValue limit = request.params.value(QStringLiteral("limit"));
    if (!(after.isUndefined() || (after.isDouble() && after.toDouble() >= 0)) ||
        !(limit.isUndefined() || (limit.isDouble() && limit.toInt() >= 1)))
        return RpcMessage::invalidParams(request, QStringLiteral("after must be a number >= 0, limit a number >= 1"));
    const int count = std::min(limit.isUndefined() ? kDefaultEventLimit : limit.toInt(), 1000);
    QJsonObject result = m_events->summary();
    result.insert(QStringLiteral("events"), m_events->list(after.toInteger(), count));
    result.insert(QStringLiteral("last_seq"), result.value(QStringLiteral("entries")));
    return RpcMessage::resultFor(request.id, result);
}

} // namespace twinha::agent
