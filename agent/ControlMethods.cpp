#include "agent/ControlMethods.h"

#include "agent/StatusProvider.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/ProtocolVersion.h"
#include "agentlink/protocol/Version.h"

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;
namespace methods = protocol::methods;

ControlMethods::ControlMethods(StatusProvider* status)
    : m_status(status)
{}

QStringList ControlMethods::capabilities()
{
    return {QStringLiteral("status")};
}

RpcMessage ControlMethods::handle(const RpcMessage& request, bool* subscribe) const
{
    *subscribe = false;
    const QString& m = request.method;
    if (m == QLatin1String(methods::kHello))
        return hello(request);
    if (m == QLatin1String(methods::kStatusGet))
        return RpcMessage::resultFor(request.id, m_status->current().toJson());
    if (m == QLatin1String(methods::kStatusSubscribe)) {
        *subscribe = true;
        return RpcMessage::resultFor(request.id, m_status->current().toJson());
    }
    return RpcMessage::errorFor(request.id, RpcError::make(QString::fromLatin1(protocol::codes::kMethodNotFound),
                                                           {{QStringLiteral("method"), m}}));
}

RpcMessage ControlMethods::hello(const RpcMessage& request) const
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
    return RpcMessage::resultFor(request.id, h.toJson());
}

} // namespace twinha::agent
