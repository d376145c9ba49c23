#include "ui/wizard/WizardSession.h"

#include "agentlink/AgentClient.h"
#include "agentlink/ClusterMonitor.h"
#include "agentlink/ClusterProfile.h"
#include "agentlink/protocol/Methods.h"
#include "ui/wizard/WizardModel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace twinha::ui {

namespace methods = protocol::methods;

WizardSession::WizardSession(QObject* parent)
    : QObject(parent)
{}

WizardSession::~WizardSession()
{
    disconnectAll();
}

void WizardSession::connectTo(const WizardModel& model, const QString& knownHostsFile)
{
    const QJsonObject profileJson = model.profileJson(knownHostsFile);
    // What the link depends on; node names (learnt from the agents' hello) are not part of it.
    QJsonArray nodes = profileJson.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        n.remove(QStringLiteral("name"));
        nodes.replace(i, n);
    }
    const QString key = QString::fromUtf8(QJsonDocument(nodes).toJson()) + knownHostsFile;
    if (m_monitor && key == m_connectedKey)
        return;
    disconnectAll();
    m_connectedKey = key;
    protocol::RpcError error;
    std::optional<agentlink::ClusterProfile> profile = agentlink::ClusterProfile::fromJson(
        QJsonDocument(profileJson).toJson(), QFileInfo(knownHostsFile).absolutePath(), &error);
    if (!profile) {
        // The first page validated every field, so this is a bug rather than a user error.
        m_discoveryError = {error, error};
        Q_EMIT changed();
        return;
    }
    m_monitor = new agentlink::ClusterMonitor(*profile, {}, this);
    m_monitor->setFollowEvents(false);
    if (m_prompter)
        m_monitor->setPrompter(m_prompter);
    connect(m_monitor, &agentlink::ClusterMonitor::nodeChanged, this, [this](int node) {
        if (ready(node) && !discovered(node) && !m_discovering[size_t(node)])
            discover(node);
        Q_EMIT changed();
    });
    // No reconnect loop while the user waits on this page: a failure is shown and retried by hand.
    m_monitor->start(false);
    Q_EMIT changed();
}

void WizardSession::disconnectAll()
{
    // Replies to the old connection (stop() fails them all right here) reach no page.
    ++m_generation;
    if (m_monitor) {
        m_monitor->stop();
        delete m_monitor;
        m_monitor = nullptr;
    }
    m_connectedKey.clear();
    m_facts = {};
    m_config = {};
    m_discoveryError = {};
    m_discovering = {false, false};
}

agentlink::AgentClient* WizardSession::client(int node) const
{
    return m_monitor && node >= 0 && node < m_monitor->nodeCount() ? m_monitor->client(node) : nullptr;
}

bool WizardSession::ready(int node) const
{
    const agentlink::AgentClient* c = client(node);
    return c && c->state() == agentlink::LinkState::Ready;
}

void WizardSession::rediscover()
{
    for (int node : {0, 1}) {
        m_facts[size_t(node)] = {};
        m_config[size_t(node)] = {};
        m_discoveryError[size_t(node)] = {};
        if (ready(node))
            discover(node);
        else if (agentlink::AgentClient* c = client(node)) {
            c->stop(); // a failed link: try once more
            c->start();
        }
    }
    Q_EMIT changed();
}

void WizardSession::discover(int node)
{
    // Once per connection (or rediscover()): status pushes re-emit nodeChanged every few seconds.
    m_discovering[size_t(node)] = true;
    const auto done = [this, node](const protocol::RpcMessage& reply, QJsonObject* into) {
        if (reply.error.isNull())
            *into = reply.result.toObject();
        else
            m_discoveryError[size_t(node)] = reply.error;
        Q_EMIT changed();
    };
    call(node, QString::fromLatin1(methods::kNodeFacts), {},
         [done, this, node](const protocol::RpcMessage& reply) { done(reply, &m_facts[size_t(node)]); });
    call(node, QString::fromLatin1(methods::kConfigGet), {},
         [done, this, node](const protocol::RpcMessage& reply) { done(reply, &m_config[size_t(node)]); });
}

bool WizardSession::call(int node, const QString& method, const QJsonObject& params, ReplyHandler handler,
                         int timeoutMs)
{
    agentlink::AgentClient* c = client(node);
    if (!c || c->state() != agentlink::LinkState::Ready)
        return false;
    QPointer<WizardSession> self(this);
    c->call(
        method, params,
        [self, generation = m_generation, handler = std::move(handler)](const protocol::RpcMessage& reply) {
            if (self && self->m_generation == generation)
                handler(reply);
        },
        timeoutMs);
    return true;
}

} // namespace twinha::ui
