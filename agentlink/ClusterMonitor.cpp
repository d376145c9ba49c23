#include "agentlink/ClusterMonitor.h"

#include "agentlink/AgentClient.h"

#include <algorithm>

namespace twinha::agentlink {

ClusterMonitor::ClusterMonitor(ClusterProfile profile, LinkTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    for (int i = 0; i < m_profile.nodes.size(); ++i) {
        NodeView view;
        view.endpoint = m_profile.nodes.at(i);
        m_nodes.append(view);
        auto* client = new AgentClient(view.endpoint, timeouts, this);
        m_clients.append(client);
        connect(client, &AgentClient::stateChanged, this, [this, i, client](LinkState state) {
            m_nodes[i].link = state;
            m_nodes[i].lastError = client->lastError();
            m_nodes[i].hostKey = client->hostKey();
            Q_EMIT nodeChanged(i);
            checkSettled();
        });
        connect(client, &AgentClient::ready, this, [this, i](const protocol::Hello& hello) {
            m_nodes[i].hello = hello;
            Q_EMIT nodeChanged(i);
        });
        connect(client, &AgentClient::statusReceived, this, [this, i](const protocol::NodeStatus& status) {
            m_nodes[i].status = status;
            m_nodes[i].receivedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT nodeChanged(i);
            checkSettled();
        });
        connect(client, &AgentClient::errorOccurred, this,
                [this, i](const protocol::RpcError& error) { Q_EMIT errorOccurred(i, error); });
    }
}

ClusterMonitor::~ClusterMonitor() = default;

void ClusterMonitor::setPrompter(const std::shared_ptr<CredentialPrompter>& prompter)
{
    for (AgentClient* client : std::as_const(m_clients))
        client->setPrompter(prompter);
}

void ClusterMonitor::start(bool autoReconnect)
{
    for (AgentClient* client : std::as_const(m_clients)) {
        client->setAutoReconnect(autoReconnect);
        client->start();
    }
}

void ClusterMonitor::stop()
{
    for (AgentClient* client : std::as_const(m_clients))
        client->stop();
}

bool ClusterMonitor::allSettled() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(), [](const NodeView& n) { return n.settled(); });
}

bool ClusterMonitor::allReached() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(), [](const NodeView& n) { return n.reached(); });
}

void ClusterMonitor::checkSettled()
{
    if (m_settledSignalled || !allSettled())
        return;
    m_settledSignalled = true;
    Q_EMIT allSettledChanged();
}

} // namespace twinha::agentlink
