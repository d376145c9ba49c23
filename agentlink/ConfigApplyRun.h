#pragma once

#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

namespace twinha::agentlink {

class ClusterMonitor;

// A config change that both nodes take together; the one implementation behind the setup wizard's
// Apply and `twinhactl config apply`. Two phases over the agents' config.prepare and config.commit
// (agent/config/ConfigApply):
//   1. prepare on both: each agent validates the text as it would run it, stages it and freezes
//      its automatic moves. Any refusal aborts the nodes that prepared: nothing changes anywhere.
//   2. commit on both, only while both are certainly still prepared (within the first half of the
//      timeout; a node rolls back by itself at the end of it), and never an abort after that.
//   3. wait until both run the new config with the freeze over, i.e. each hears the other on it.
// A node that never sees its commit rolls back by itself; one that committed but does not hear its
// peer stays frozen and reports CONFIG_PEER_UNHEARD, which this run passes on.
class ConfigApplyRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    enum class Phase
    {
        Idle,
        Preparing,
        Aborting,
        Committing,
        Settling,
        Finished
    };
    enum class Outcome
    {
        None,           // still running
        Applied,        // both run it and hear each other
        NothingChanged, // refused or aborted before any commit: both keep their previous config
        Partial,        // one node committed, the other did not (or nobody knows): both stay frozen
        Unsettled       // both committed, but they do not report hearing each other on it in time
    };
    struct Request
    {
        QByteArray text;
        std::array<std::optional<QString>, 2> expectedChecksum; // per node; unset: whatever is on disk
        QString key;                                            // base64 cluster key to install; empty: none
        int timeoutMs = kDefaultTimeoutMs;                      // the agents' rollback timeout
        int settleTimeoutMs = kDefaultTimeoutMs;                // how long phase 3 waits
    };
    struct NodeResult
    {
        bool prepared = false;
        bool committed = false;
        bool settled = false;
        QString backup;             // where the node keeps its previous version
        protocol::RpcError error;   // the node's refusal or failure, or the link's
        protocol::RpcError problem; // CONFIG_PEER_UNHEARD from the node's status
    };

    explicit ConfigApplyRun(ClusterMonitor* monitor, QObject* parent = nullptr);

    // Where requests go instead of the monitor's agent clients (tests): each handler gets one reply.
    using Transport = std::function<void(int node, const QString& method, const QJsonObject& params,
                                         std::function<void(const protocol::RpcMessage&)> handler)>;
    void setTransport(Transport transport) { m_transport = std::move(transport); }

    // Starts a run; a run that is not finished is ignored.
    void start(const Request& request);

    Phase phase() const { return m_phase; }
    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished; }
    const NodeResult& node(int index) const { return m_nodes.at(size_t(index)); }
    QString nodeName(int index) const;
    QString tx() const { return m_tx; }
    QString checksum() const { return m_checksum; } // the new text's, as the agents computed it
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qint64 settledAfterMs() const { return m_settledAfterMs; } // from the commits; -1 until settled

Q_SIGNALS:
    void changed();  // the phase or a node's result
    void finished(); // outcome() is set

private:
    using Handler = std::function<void(const protocol::RpcMessage&)>;
    // False (and no call) when the node is not connected; its error says why.
    bool call(int index, const char* method, const QJsonObject& params, int timeoutMs, Handler handler);
    void prepare(int index);
    void onPrepared(int index, const protocol::RpcMessage& reply);
    void commitOrAbort();
    void abortAll();
    void commit(int index);
    void onCommitted(int index, const protocol::RpcMessage& reply);
    void afterCommits();
    void checkSettled();
    bool problemIsFinal(int index) const;
    void finish(Outcome outcome);

    ClusterMonitor* m_monitor;
    Transport m_transport;
    Request m_request;
    Phase m_phase = Phase::Idle;
    Outcome m_outcome = Outcome::None;
    std::array<NodeResult, 2> m_nodes;
    std::array<bool, 2> m_answered{false, false};
    std::array<QDateTime, 2> m_committedAt;   // console clock, when each node answered its commit
    std::array<QDateTime, 2> m_problemSeenAt; // when each node's current problem was first received
    QString m_tx;
    QString m_checksum;
    QElapsedTimer m_clock;
    QElapsedTimer m_settleClock;
    qint64 m_settledAfterMs = -1;
    QTimer m_poll;
};

} // namespace twinha::agentlink
