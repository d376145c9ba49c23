#include "agent/control/ControlMethods.h"

#include "agent/config/ConfigMethods.h"
#include "agent/control/NodeMethods.h"
#include "agent/control/StatusProvider.h"
#include "agent/coordinator/ClientCredentials.h"
#include "agent/coordinator/CoordinatorMethods.h"
#include "agent/history/HistoryRecorder.h"
#include "agent/postgres/PostgresMethods.h"
#include "agent/replication/DivergenceMethods.h"
#include "agent/replication/MirrorSshMethods.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/Version.h"

#include <QDateTime>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

ControlMethods::ControlMethods(StatusProvider* status, CoordinatorMethods* coordinator)
    : m_status(status)
    , m_coordinator(coordinator)
{}

ControlMethods::~ControlMethods() = default;

void ControlMethods::setDivergenceMethods(std::unique_ptr<DivergenceMethods> divergence)
{
    m_divergence = std::move(divergence);
}

QStringList ControlMethods::capabilities() const
{
    QStringList all{QStringLiteral("status")};
    if (m_coordinator)
        all << QStringLiteral("switchover") << QStringLiteral("events");
    if (m_config)
        all << QStringLiteral("config") << QStringLiteral("config.apply");
    if (m_coordinator)
        all << QStringLiteral("roles");
    if (m_node)
        all << QStringLiteral("node.facts");
    if (m_divergence)
        all << QStringLiteral("divergence");
    if (m_mirrorSsh)
        all << QStringLiteral("mirror.ssh");
    if (m_postgres)
        all << QStringLiteral("postgres");
    if (m_history)
        all << QStringLiteral("history");
    return all;
}

namespace {
RpcMessage denied(const RpcMessage& request, const ClientCredentials& client)
{
    return RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(protocol::codes::kPermissionDenied),
                                                           {{QStringLiteral("method"), request.method},
                                                            {QStringLiteral("user"), client.user},
                                                            {QStringLiteral("group"), client.operatorsGroup}}));
}
} // namespace

bool ControlMethods::handleDeferred(const RpcMessage& request, const ClientCredentials& client,
                                    const Reply& reply) const
{
    const bool node = m_node && request.method.startsWith(QLatin1String("node."));
    const bool mirror = m_mirrorSsh && request.method.startsWith(QLatin1String("mirror."));
    const bool postgres = m_postgres && request.method.startsWith(QLatin1String("postgres."));
    if (!node && !mirror && !postgres)
        return false;
    if (!client.isOperator && !ClientCredentials::observerMayCall(request.method) &&
        !(postgres && PostgresMethods::observerMayCall(request.method))) {
        reply(denied(request, client));
        return true;
    }
    if (postgres)
        return m_postgres->handle(request, reply);
    return node ? m_node->handle(request, reply) : m_mirrorSsh->handle(request, client.actor(), reply);
}

RpcMessage ControlMethods::handle(const RpcMessage& request, const ClientCredentials& client, bool* subscribe) const
{
    *subscribe = false;
    const QString& m = request.method;
    if (!client.isOperator && !ClientCredentials::observerMayCall(m))
        return denied(request, client);
    if (m == QLatin1String(methods::kHello))
        return hello(request, client);
    if (m == QLatin1String(methods::kStatusGet))
        return RpcMessage::resultFor(request.id, m_status->current().toJson());
    if (m == QLatin1String(methods::kStatusSubscribe)) {
        *subscribe = true;
        return RpcMessage::resultFor(request.id, m_status->current().toJson());
    }
    if (m_history && m == QLatin1String(methods::kHistoryGet))
        return RpcMessage::resultFor(request.id, m_history->get(request.params, QDateTime::currentMSecsSinceEpoch()));
    if (m_config) {
        if (std::optional<RpcMessage> reply = m_config->handle(request, client))
            return *reply;
    }
    if (m_coordinator) {
        if (std::optional<RpcMessage> reply = m_coordinator->handle(request, client))
            return *reply;
    }
    if (m_divergence) {
        if (std::optional<RpcMessage> reply = m_divergence->handle(request))
            return *reply;
    }
    return RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(protocol::codes::kMethodNotFound),
                                                           {{QStringLiteral("method"), m}}));
}

RpcMessage ControlMethods::hello(const RpcMessage& request, const ClientCredentials& client) const
{
    // Always answer with our versions, even to a console of another major: it decides and can
    // then say precisely which versions disagree.
    protocol::Hello h;
    h.protocolMajor = protocol::kProtocolMajor;
    h.protocolMinor = protocol::kProtocolMinor;
    h.agentVersion = protocol::twinhaVersion();
    h.node = m_status->nodeName();
    h.cluster = m_status->clusterName();
    h.capabilities = capabilities();
    QJsonObject result = h.toJson();
    // What this caller may do, so a console can grey out what the daemon would refuse anyway.
    result.insert(QStringLiteral("role"), client.roleName());
    result.insert(QStringLiteral("user"), client.user);
    return RpcMessage::resultFor(request.id, result);
}

} // namespace twinha::agent
