#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace twinha::agent {

// The discovery methods of the setup wizard, answered later because they wait for a command or a
// folder walk (never on the event loop, which also carries the heartbeat):
//   node.facts                           -> {node, hostname, interfaces, systemd_units,
//                                            systemd_unavailable?, paths}
//   node.path_info {paths: [...]}        -> {paths: [{path, exists, is_dir, files, bytes, truncated}]}
//                                           one walk at a time, each at most NodeFacts::kMaxWalkMs
//   node.probe_witness, node.probe_fence, node.test_notify: see agentlink/protocol/Methods.h
//   node.probe_address {address, interface?}
//                                        -> {address, answering, how, interface, in_subnet, detail?, tool?}
// "how" is an AddressProbeHow (agentlink/protocol/NodeDiscovery.h); `tool` names the one missing
// when none could tell, `detail` holds ping's error output.
class NodeMethods : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const protocol::RpcMessage&)>;

    static constexpr int kMaxPaths = 32;
    // Folder walks run one at a time; this many more may wait, and further ones are refused.
    static constexpr int kMaxWaitingWalks = 4;
    static constexpr int kCommandTimeoutMs = 5000;

    // `paths` are the agent's own files (config, state folder, socket) that node.facts reports.
    NodeMethods(const QString& node, const QList<QPair<QString, QString>>& paths, QObject* parent = nullptr);
    ~NodeMethods() override;

    // False for a method this class does not know; otherwise `reply` is called exactly once,
    // now or later, unless this object is destroyed first.
    bool handle(const protocol::RpcMessage& request, const Reply& reply);
    // The cluster this node is configured for, so node.probe_witness can ask whether the witness
    // knows its key; empty on a node without a config.
    void setCluster(const QString& name, const QByteArray& key);

private:
    void facts(const protocol::RpcMessage& request, const Reply& reply);
    void pathInfo(const protocol::RpcMessage& request, const Reply& reply);
    void startNextWalk();
    void probe(const protocol::RpcMessage& request, const Reply& reply);
    void probeWitness(const protocol::RpcMessage& request, const Reply& reply);
    void probeFence(const protocol::RpcMessage& request, const Reply& reply);
    void testNotify(const protocol::RpcMessage& request, const Reply& reply);

    QString m_node;
    QList<QPair<QString, QString>> m_paths;
    QString m_cluster;
    QByteArray m_key;
    // Set when this object goes away, so that a folder walk still running stops soon.
    std::shared_ptr<std::atomic_bool> m_cancel;
    // One folder walk at a time (each capped at NodeFacts::kMaxWalkMs), the others wait here.
    struct Walk
    {
        QJsonValue id;
        QStringList paths;
        Reply reply;
    };
    QList<Walk> m_waitingWalks;
    bool m_walking = false;
};

} // namespace twinha::agent
