#pragma once

#include "agentlink/ClusterProfile.h"
#include "agentlink/CredentialPrompter.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeView.h"

#include <QList>
#include <QObject>

#include <memory>

namespace twinha::agentlink {

class AgentClient;

// One model of the whole pair, merged from both nodes' agents. The UI and twinhactl read it;
// neither talks to an AgentClient for status directly.
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(ClusterProfile profile, LinkTimeouts timeouts = {}, QObject* parent = nullptr);
    ~ClusterMonitor() override;

    void setPrompter(const std::shared_ptr<CredentialPrompter>& prompter);
    void start(bool autoReconnect);
    void stop();

    const ClusterProfile& profile() const { return m_profile; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const NodeView& node(int index) const { return m_nodes.at(index); }
    AgentClient* client(int index) const { return m_clients.at(index); }

    bool allSettled() const;
    bool allReached() const;

Q_SIGNALS:
    void nodeChanged(int index);
    void allSettledChanged(); // emitted once, when every node's first attempt has ended
    void errorOccurred(int index, const twinha::protocol::RpcError& error);

private:
    void checkSettled();

    ClusterProfile m_profile;
    QList<NodeView> m_nodes;
    QList<AgentClient*> m_clients;
    bool m_settledSignalled = false;
};

} // namespace twinha::agentlink
