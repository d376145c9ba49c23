#include "agentlink/ClusterMonitor.h"

#include "agentlink/AgentClient.h"
#include "agentlink/HistoryBackfill.h"
#include "agentlink/protocol/Methods.h"

#include <algorithm>

namespace {
constexpr int kEventPage = 500;
}

namespace twinha::agentlink {

ClusterMonitor::ClusterMonitor(ClusterProfile profile, LinkTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    for (int i = 0; i < m_profile.nodes.size(); ++i) {
        NodeView view;
        view.endpoint = m_profile.nodes.at(i);
        m_nodes.append(view);
        m_eventCursor.append(0);
        m_eventsInFlight.append(false);
        auto* client = new AgentClient(view.endpoint, timeouts, this);
        m_clients.append(client);
        connect(client, &AgentClient::stateChanged, this, [this, i, client](LinkState state) {
            m_nodes[i].link = state;
            m_nodes[i].lastError = client->lastError();
            m_nodes[i].hostKey = client->hostKey();
            m_nodes[i].failedAfterLogin = client->failedAfterLogin();
            const int retryMs = client->nextRetryMs();
            m_nodes[i].retryAt = retryMs >= 0 ? QDateTime::currentDateTimeUtc().addMSecs(retryMs) : QDateTime();
            Q_EMIT nodeChanged(i);
            rebuild();
            checkSettled();
        });
        connect(client, &AgentClient::ready, this, [this, i](const protocol::Hello& hello) {
            m_nodes[i].hello = hello;
            Q_EMIT nodeChanged(i);
            rebuild();
            fetchHistory(i);
        });
        connect(client, &AgentClient::statusReceived, this, [this, i](const protocol::NodeStatus& status) {
            m_nodes[i].status = status;
            m_nodes[i].receivedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT nodeChanged(i);
            rebuild();
            sampleHistory(i);
            followJournal(i);
            checkSettled();
        });
        connect(client, &AgentClient::notificationReceived, this,
                [this](const QString& method, const QJsonObject& params) {
                    if (method == QLatin1String(protocol::methods::kSwitchoverProgress))
                        takeOperation(OperationView::fromJson(params));
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

void ClusterMonitor::reconnect(int index)
{
    if (index >= 0 && index < m_clients.size())
        m_clients.at(index)->reconnectNow();
}

void ClusterMonitor::reconnectAll()
{
    for (AgentClient* client : std::as_const(m_clients))
        client->reconnectNow();
}

bool ClusterMonitor::allSettled() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(), [](const NodeView& n) { return n.settled(); });
}

bool ClusterMonitor::allReached() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(), [](const NodeView& n) { return n.reached(); });
}

void ClusterMonitor::rebuild()
{
    m_view = ClusterView::build(m_nodes);
    if (!m_view.operation.isNull())
        takeOperation(m_view.operation);
    Q_EMIT viewChanged();
}

void ClusterMonitor::setHistoryWindowMs(qint64 windowMs)
{
    if (windowMs == m_rttHistory.windowMs())
        return;
    m_lagHistory.setWindowMs(windowMs);
    m_rttHistory.setWindowMs(windowMs);
    m_lagKibHistory.setWindowMs(windowMs);
    // Another window is another step: what is held was sampled for the old one (a 24 h window
    // keeps a point each 72 s). Asked again of the nodes that keep their own history, at the new
    // step; kept as it is when a node connected cannot answer.
    QList<int> ready;
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes.at(i).link != LinkState::Ready)
            continue;
        if (!m_nodes.at(i).hello.capabilities.contains(QStringLiteral("history")))
            return;
        ready.append(i);
    }
    if (ready.isEmpty())
        return;
    m_lagHistory.clear();
    m_rttHistory.clear();
    m_lagKibHistory.clear();
    for (int i : std::as_const(ready))
        fetchHistory(i);
    Q_EMIT historySampled();
}

void ClusterMonitor::fetchHistory(int index)
{
    if (!m_nodes.at(index).hello.capabilities.contains(QStringLiteral("history")))
        return;
    const QJsonObject request =
        HistoryBackfill::request(QDateTime::currentMSecsSinceEpoch(), m_rttHistory.windowMs(), m_rttHistory.capacity());
    m_clients.at(index)->call(QString::fromLatin1(protocol::methods::kHistoryGet), request,
                              [this, index](const protocol::RpcMessage& reply) {
                                  if (reply.kind != protocol::RpcMessage::Kind::Result)
                                      return;
                                  HistoryBackfill::apply(reply.result.toObject(), m_nodes.at(index).endpoint.name,
                                                         m_lagHistory, m_lagKibHistory, m_rttHistory);
                                  Q_EMIT historySampled();
                              });
}

void ClusterMonitor::sampleHistory(int index)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Lag only as the channel's source measured it (view() picks that report); RTT per side.
    for (const ChannelView& c : std::as_const(m_view.channels)) {
        if (c.lagS)
            m_lagHistory.add(c.name, now, *c.lagS);
        if (c.lagBytes)
            m_lagKibHistory.add(c.name, now, double(*c.lagBytes) / 1024.0);
    }
    const QString node = m_nodes.at(index).endpoint.name;
    for (const HeartbeatLinkView& l : std::as_const(m_view.links))
        if (index < 2 && l.rttMs[index] >= 0)
            m_rttHistory.add(rttKey(l.name, node), now, l.rttMs[index]);
    Q_EMIT historySampled();
}

void ClusterMonitor::takeOperation(const OperationView& op)
{
    if (op.isNull())
        return;
    const bool newer = m_operation.isNull() || op.startedAtMs > m_operation.startedAtMs;
    const bool same = op.id == m_operation.id;
    // A finished record never goes back to running because an older status arrives late.
    const bool progress = same && !(m_operation.isFinal() && !op.isFinal()) &&
                          (op.steps.size() != m_operation.steps.size() || op.result != m_operation.result ||
                           op.phase != m_operation.phase || op.gapMs != m_operation.gapMs);
    if (!(newer && !same) && !progress)
        return;
    m_operation = op;
    Q_EMIT operationChanged(m_operation);
}

void ClusterMonitor::followJournal(int index)
{
    if (!m_followEvents || !m_nodes.at(index).status)
        return;
    const QJsonObject journal = m_nodes.at(index).status->extra.value(QStringLiteral("journal")).toObject();
    const qint64 last = journal.value(QStringLiteral("entries")).toInteger(-1);
    if (last < 0)
        return;
    if (last < m_eventCursor.at(index))
        m_eventCursor[index] = 0; // a new journal on that node: read it from the start
    if (last > m_eventCursor.at(index))
        fetchEvents(index);
}

void ClusterMonitor::fetchEvents(int index)
{
    if (m_eventsInFlight.at(index))
        return;
    m_eventsInFlight[index] = true;
    const QJsonObject params{{QStringLiteral("after"), m_eventCursor.at(index)}, {QStringLiteral("limit"), kEventPage}};
    m_clients.at(index)->call(
        QString::fromLatin1(protocol::methods::kEventsList), params, [this, index](const protocol::RpcMessage& reply) {
            m_eventsInFlight[index] = false;
            if (reply.kind != protocol::RpcMessage::Kind::Result)
                return; // the next status push tries again
            const QJsonArray entries = reply.result[QStringLiteral("events")].toArray();
            if (entries.isEmpty())
                return;
            m_eventCursor[index] = std::max(m_eventCursor.at(index), entries.last()[QStringLiteral("seq")].toInteger());
            m_marks.add(m_nodes.at(index).endpoint.name, entries);
            Q_EMIT eventsReceived(index, entries);
            if (entries.size() >= kEventPage)
                fetchEvents(index);
        });
}

void ClusterMonitor::checkSettled()
{
    if (m_settledSignalled || !allSettled())
        return;
    m_settledSignalled = true;
    Q_EMIT allSettledChanged();
}

} // namespace twinha::agentlink
