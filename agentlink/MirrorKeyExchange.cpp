#include "agentlink/MirrorKeyExchange.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/HostKeyStore.h"
#include "agentlink/LinkLog.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"

#include <QJsonArray>
#include <QPointer>

namespace twinha::agentlink {

namespace methods = protocol::methods;
namespace codes = protocol::codes;
using protocol::RpcError;
using protocol::RpcMessage;

namespace {
constexpr int kCallTimeoutMs = 20000; // ssh-keygen on a slow node included
}

MirrorKeyExchange::MirrorKeyExchange(ClusterMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{}

QString MirrorKeyExchange::nodeName(int index) const
{
    const QString named = m_monitor ? m_monitor->node(index).hello.node : QString();
    return named.isEmpty() && m_monitor ? m_monitor->profile().nodes.value(index).name : named;
}

QStringList MirrorKeyExchange::hostKeys(int node) const
{
    if (!m_hostKeys[size_t(node)].isEmpty() || !m_monitor)
        return m_hostKeys[size_t(node)];
    const NodeEndpoint ep = m_monitor->profile().nodes.value(node);
    return HostKeyStore(ep.knownHostsFile).publicKeys(ep.host, ep.port);
}

void MirrorKeyExchange::start()
{
    if (m_running)
        return;
    m_running = true;
    m_nodes = {};
    m_answered = {false, false};
    Q_EMIT changed();
    for (int i = 0; i < 2; ++i) {
        if (!call(i, methods::kMirrorSshKey, {}, [this, i](const RpcMessage& reply) { onKey(i, reply); }))
            m_answered[size_t(i)] = true;
    }
    finishIfDone();
}

bool MirrorKeyExchange::call(int index, const char* method, const QJsonObject& params, Handler handler)
{
    QPointer<MirrorKeyExchange> self(this);
    Handler guarded = [self, handler = std::move(handler)](const RpcMessage& reply) {
        if (self) // a closed wizard or an ended command is never called back
            handler(reply);
    };
    if (m_transport) {
        m_transport(index, QString::fromLatin1(method), params, std::move(guarded));
        return true;
    }
    const NodeView& view = m_monitor->node(index);
    if (view.link != LinkState::Ready) {
        m_nodes[size_t(index)].error =
            view.lastError.isNull() ? RpcError::make(QString::fromLatin1(codes::kConnectionLost)) : view.lastError;
        return false;
    }
    m_monitor->client(index)->call(QString::fromLatin1(method), params, std::move(guarded), kCallTimeoutMs);
    return true;
}

void MirrorKeyExchange::onKey(int index, const RpcMessage& reply)
{
    m_answered[size_t(index)] = true;
    NodeResult& n = m_nodes[size_t(index)];
    if (!reply.error.isNull())
        n.error = reply.error;
    else
        n.publicKey = reply.result.toObject().value(QStringLiteral("public_key")).toString();
    Q_EMIT changed();
    if (!m_answered[0] || !m_answered[1])
        return;
    if (m_nodes[0].publicKey.isEmpty() || m_nodes[1].publicKey.isEmpty()) {
        finishIfDone();
        return;
    }
    m_answered = {false, false};
    for (int i = 0; i < 2; ++i)
        trust(i);
    finishIfDone();
}

void MirrorKeyExchange::trust(int index)
{
    const int peer = 1 - index;
    const QStringList peerHostKeys = hostKeys(peer);
    if (peerHostKeys.isEmpty()) {
        const NodeEndpoint ep = m_monitor ? m_monitor->profile().nodes.value(peer) : NodeEndpoint();
        m_nodes[size_t(index)].error =
            RpcError::make(QString::fromLatin1(codes::kMirrorHostKeyMissing),
                           {{QStringLiteral("node"), nodeName(peer)}, {QStringLiteral("host"), ep.host}});
        m_answered[size_t(index)] = true;
        return;
    }
    const QJsonObject params{{QStringLiteral("peer"), nodeName(peer)},
                             {QStringLiteral("public_key"), m_nodes[size_t(peer)].publicKey},
                             {QStringLiteral("host_keys"), QJsonArray::fromStringList(peerHostKeys)}};
    if (!call(index, methods::kMirrorSshTrust, params, [this, index](const RpcMessage& r) { onTrusted(index, r); }))
        m_answered[size_t(index)] = true;
}

void MirrorKeyExchange::onTrusted(int index, const RpcMessage& reply)
{
    m_answered[size_t(index)] = true;
    NodeResult& n = m_nodes[size_t(index)];
    n.trusted = reply.error.isNull();
    n.error = reply.error;
    Q_EMIT changed();
    finishIfDone();
}

void MirrorKeyExchange::finishIfDone()
{
    if (!m_running || !m_answered[0] || !m_answered[1])
        return;
    m_running = false;
    linkLog()->info("mirror key exchange: {}", ok() ? "both nodes trust each other" : "failed");
    Q_EMIT changed();
    Q_EMIT finished();
}

} // namespace twinha::agentlink
