#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>

namespace twinha::agentlink {
class AgentClient;
class ClusterMonitor;
class CredentialPrompter;
} // namespace twinha::agentlink

namespace twinha::ui {

struct WizardModel;

// The setup wizard's live connection to the two nodes: one ClusterMonitor over the hosts of the
// first page, what each agent reported on discovery (node.facts, config.get), and calls to one
// node whose replies are dropped once the session is gone, so a closed wizard is never called back.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const protocol::RpcMessage& reply)>;
    static constexpr int kCallTimeoutMs = 20000;

    explicit WizardSession(QObject* parent = nullptr);
    ~WizardSession() override;

    void setPrompter(std::shared_ptr<agentlink::CredentialPrompter> prompter) { m_prompter = std::move(prompter); }
    const std::shared_ptr<agentlink::CredentialPrompter>& prompter() const { return m_prompter; }
    // (Re)connects to the model's two hosts, checking host keys against `knownHostsFile`. Keeps
    // an open connection when the hosts did not change since the last call.
    void connectTo(const WizardModel& model, const QString& knownHostsFile);
    void disconnectAll();

    agentlink::ClusterMonitor* monitor() const { return m_monitor; }
    agentlink::AgentClient* client(int node) const;
    bool ready(int node) const;
    bool bothReady() const { return ready(0) && ready(1); }
    // node.facts and config.get of a ready node; empty until they arrived.
    QJsonObject facts(int node) const { return m_facts[size_t(node)]; }
    QJsonObject config(int node) const { return m_config[size_t(node)]; }
    bool discovered(int node) const { return !m_facts[size_t(node)].isEmpty() && !m_config[size_t(node)].isEmpty(); }
    // Why discovery failed on a node (null when it did not).
    protocol::RpcError discoveryError(int node) const { return m_discoveryError[size_t(node)]; }
    // Asks both nodes again (after the user fixed something on a node).
    void rediscover();

    // Sends `method` to one node; `handler` gets exactly one reply, unless this session is
    // destroyed or disconnected first. False (and no call) when the node's agent is not ready.
    bool call(int node, const QString& method, const QJsonObject& params, ReplyHandler handler,
              int timeoutMs = kCallTimeoutMs);

Q_SIGNALS:
    void changed(); // a link state, a hello or a discovery result changed

private:
    void discover(int node);

    std::shared_ptr<agentlink::CredentialPrompter> m_prompter;
    agentlink::ClusterMonitor* m_monitor = nullptr; // a child; replaced by connectTo()
    QString m_connectedKey;                         // the hosts the monitor was made for
    std::array<QJsonObject, 2> m_facts;
    std::array<QJsonObject, 2> m_config;
    std::array<protocol::RpcError, 2> m_discoveryError;
    std::array<bool, 2> m_discovering{false, false};
    int m_generation = 0; // raised by disconnectAll(); replies of an older one are dropped
};

} // namespace twinha::ui
