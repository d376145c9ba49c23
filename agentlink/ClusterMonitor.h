#pragma once

#include "agentlink/ClusterProfile.h"
#include "agentlink/ClusterView.h"
#include "agentlink/CredentialPrompter.h"
#include "agentlink/EventMarks.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeView.h"
#include "agentlink/OperationView.h"
#include "agentlink/SeriesHistory.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

#include <memory>

namespace twinha::agentlink {

class AgentClient;

// One model of the whole pair, merged from both nodes' agents. The UI and twinhactl read it;
// neither talks to an AgentClient for status directly. Besides each node's own view it keeps:
//  - view(): the merged pair (three-way diagnosis, links, placement, readiness, channels);
//  - lagHistory(), lagKibHistory(), rttHistory(): each channel's lag (seconds, and bytes where
//    the channel knows them) and each link's RTT as each node measures
//    it, over the chart window, in bounded memory;
//  - operation(): the newest switchover or failover, from status and switchover.progress;
//  - the journals of both nodes, streamed as eventsReceived() from a cursor per node, and the
//    entries the charts mark (eventMarks()).
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ClusterMonitor(ClusterProfile profile, LinkTimeouts timeouts = {}, QObject* parent = nullptr);
    ~ClusterMonitor() override;

    void setPrompter(const std::shared_ptr<CredentialPrompter>& prompter);
    void start(bool autoReconnect);
    void stop();
    // Tries node `index` again now (AgentClient::reconnectNow), or every node the console does
    // not have a live link to; nodes connected or being connected to are left alone.
    void reconnect(int index);
    void reconnectAll();

    const ClusterProfile& profile() const { return m_profile; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const NodeView& node(int index) const { return m_nodes.at(index); }
    AgentClient* client(int index) const { return m_clients.at(index); }

    bool allSettled() const;
    bool allReached() const;

    const ClusterView& view() const { return m_view; }
    const SeriesHistory& lagHistory() const { return m_lagHistory; }       // key: channel name
    const SeriesHistory& rttHistory() const { return m_rttHistory; }       // key: rttKey(link, node)
    const SeriesHistory& lagKibHistory() const { return m_lagKibHistory; } // key: channel name; KiB
    static QString rttKey(const QString& link, const QString& node) { return link + QLatin1Char('@') + node; }
    // A new window asks each node's history again at the step that suits it (HistoryBackfill).
    void setHistoryWindowMs(qint64 windowMs);
    const EventMarks& eventMarks() const { return m_marks; } // from the journals followed
    const OperationView& operation() const { return m_operation; }
    qint64 eventCursor(int index) const { return m_eventCursor.value(index); }
    // Streams events too (the default); twinhactl turns it off for commands that don't show them.
    void setFollowEvents(bool follow) { m_followEvents = follow; }

Q_SIGNALS:
    void nodeChanged(int index);
    void allSettledChanged(); // emitted once, when every node's first attempt has ended
    void errorOccurred(int index, const twinha::protocol::RpcError& error);
    void viewChanged();    // after every nodeChanged, with view() rebuilt
    void historySampled(); // new points in lagHistory() and rttHistory()
    void operationChanged(const twinha::agentlink::OperationView& operation);
    void eventsReceived(int index, const QJsonArray& entries); // journal entries, oldest first

private:
    void checkSettled();
    void rebuild();
    // The node's own history (history.get) before the first live sample, once it said hello.
    void fetchHistory(int index);
    void sampleHistory(int index);
    void takeOperation(const OperationView& op);
    void followJournal(int index);
    void fetchEvents(int index);

    ClusterProfile m_profile;
    QList<NodeView> m_nodes;
    QList<AgentClient*> m_clients;
    bool m_settledSignalled = false;
    ClusterView m_view;
    SeriesHistory m_lagHistory;
    SeriesHistory m_rttHistory;
    SeriesHistory m_lagKibHistory;
    EventMarks m_marks;
    OperationView m_operation;
    QList<qint64> m_eventCursor;
    QList<bool> m_eventsInFlight;
    bool m_followEvents = true;
};

} // namespace twinha::agentlink
