#include "agent/config/LinkPortCheck.h"

#include "agent/heartbeat/PeerAddress.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QHostInfo>
#include <QUdpSocket>

namespace twinha::agent {

namespace {
bool heldNow(const AgentConfig& running, const QString& node, const LinkEndpoint& e)
{
    for (const LinkConfig& link : running.links)
        if (const LinkEndpoint* mine = link.endpointFor(node); mine && mine->host == e.host && mine->port == e.port)
            return true;
    return false;
}
} // namespace

bool LinkPortCheck::check(const AgentConfig& next, const AgentConfig& running, const QString& node,
                          protocol::RpcError* error)
{
    for (const LinkConfig& link : next.links) {
        const LinkEndpoint* e = link.endpointFor(node);
        if (!e || heldNow(running, node, *e))
            continue;
        // As the heartbeat binds: a literal, else a name from /etc/hosts; no address reuse.
        QHostAddress local = PeerAddress::pick({QHostAddress(e->host)}, QAbstractSocket::AnyIPProtocol);
        if (local.isNull() && !e->host.isEmpty())
            local = PeerAddress::pick(QHostInfo::fromName(e->host).addresses(), QAbstractSocket::AnyIPProtocol);
        QUdpSocket socket;
        if (!local.isNull() && socket.bind(local, e->port, QAbstractSocket::DontShareAddress))
            continue;
        *error = protocol::RpcError::make(
            QString::fromLatin1(protocol::codes::kHeartbeatBindFailed),
            {{QStringLiteral("link"), link.name},
             {QStringLiteral("address"), e->address},
             {QStringLiteral("detail"),
              local.isNull() ? QStringLiteral("cannot resolve \"%1\"").arg(e->host) : socket.errorString()}});
        return false;
    }
    return true;
}

} // namespace twinha::agent
