#pragma once

#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QObject>
#include <QStringList>

#include <array>
#include <functional>

namespace twinha::agentlink {

class ClusterMonitor;

// Sets up the mirror over ssh between the two nodes; the one implementation behind the setup
// wizard's Apply and `twinhactl mirror trust`:
//   1. mirror.ssh_key on both: each node's public mirror key (made there on first use; the private
//      half never leaves the node);
//   2. mirror.ssh_trust on each, with the other's public key and the other's SSH host keys as this
//      console verified them when it connected (its known_hosts for the cluster). So each node pins
//      its peer's host key without ever trusting one on first use.
// Nothing is trusted unless both keys were made. A node whose host key the console does not know
// is MIRROR_HOST_KEY_MISSING {node, host}.
class MirrorKeyExchange : public QObject
{
    Q_OBJECT

public:
    struct NodeResult
    {
        QString publicKey;
        bool trusted = false;
        protocol::RpcError error;
    };

    explicit MirrorKeyExchange(ClusterMonitor* monitor, QObject* parent = nullptr);

    // Where requests go instead of the monitor's agent clients (tests): each handler gets one reply.
    using Transport = std::function<void(int node, const QString& method, const QJsonObject& params,
                                         std::function<void(const protocol::RpcMessage&)> handler)>;
    void setTransport(Transport transport) { m_transport = std::move(transport); }
    // A node's host keys ("TYPE BASE64"); by default those in the profile's known_hosts for its address.
    void setHostKeys(int node, const QStringList& keys) { m_hostKeys[size_t(node)] = keys; }
    QStringList hostKeys(int node) const;

    // Starts an exchange; one that is running is left alone.
    void start();
    bool isRunning() const { return m_running; }
    bool ok() const { return m_nodes[0].trusted && m_nodes[1].trusted; }
    const NodeResult& node(int index) const { return m_nodes.at(size_t(index)); }
    QString nodeName(int index) const;

Q_SIGNALS:
    void changed();
    void finished(); // ok() says how

private:
    using Handler = std::function<void(const protocol::RpcMessage&)>;
    bool call(int index, const char* method, const QJsonObject& params, Handler handler);
    void onKey(int index, const protocol::RpcMessage& reply);
    void trust(int index);
    void onTrusted(int index, const protocol::RpcMessage& reply);
    void finishIfDone();

    ClusterMonitor* m_monitor;
    Transport m_transport;
    std::array<QStringList, 2> m_hostKeys;
    std::array<NodeResult, 2> m_nodes;
    std::array<bool, 2> m_answered{false, false};
    bool m_running = false;
};

} // namespace twinha::agentlink
