#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/HostKeyInfo.h"
#include "agentlink/LinkStage.h"
#include "agentlink/LinkState.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/ShellPreamble.h"
#include "agentlink/protocol/Backoff.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/NodeStatus.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace twinha::agentlink {

class NodeLinkWorker;

// JSON-RPC client for one node's agent, living on the caller's (usually the GUI) thread. The SSH
// work happens on a NodeLinkWorker thread; this object only parses lines and keeps books, so it
// never blocks. After the link opens it says hello, checks the protocol version and subscribes
// to status; then statusReceived() fires on every push.
class AgentClient : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const protocol::RpcMessage& reply)>; // Result or Error

    AgentClient(NodeEndpoint endpoint, LinkTimeouts timeouts = {}, QObject* parent = nullptr);
    ~AgentClient() override;

    void start();
    void stop();
    // Tries again now, whatever the backoff or a refusal that waits for the user (a host key or a
    // password since put right): a node that is neither connected nor being connected to gets a
    // fresh attempt at once. Starts the client if it was not running.
    void reconnectNow();
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    // Who answers host-key, passphrase and password questions; without one they are refused.
    void setPrompter(std::shared_ptr<CredentialPrompter> prompter) { m_prompter = std::move(prompter); }

    // Sends a request; the handler gets exactly one reply: the agent's, REQUEST_TIMEOUT or
    // CONNECTION_LOST. Returns the request id (for cancel()).
    qint64 call(const QString& method, const QJsonObject& params, ReplyHandler handler, int timeoutMs = -1);
    void cancel(qint64 id);

    const NodeEndpoint& endpoint() const { return m_endpoint; }
    LinkState state() const { return m_state; }
    const protocol::RpcError& lastError() const { return m_lastError; }
    const protocol::Hello& hello() const { return m_hello; }
    const HostKeyInfo& hostKey() const { return m_hostKey; }
    int attempts() const { return m_attempts; }
    bool answeredBefore() const { return m_answeredBefore; } // was Ready at least once
    // The last attempt logged in over SSH but failed before status flowed: the SSH side works, and
    // the agent's session, its socket or its answer did not (lastError() says which).
    bool failedAfterLogin() const { return m_failedAfterLogin; }
    int nextRetryMs() const { return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1; }

    // Errors that retrying cannot fix; they wait for the user instead of being retried.
    static bool needsUserAction(const QString& code);

    static constexpr int kKnownNodeMaxMs = 5000; // a node that answered before: it is likely back soon
    static constexpr int kNewNodeMaxMs = 30000;  // never answered yet: perhaps a wrong address
    // The reconnect delays for a node: from 1 s, ±20 %, capped at kKnownNodeMaxMs when it has
    // answered before, since an administrator is waiting for it to come back, at kNewNodeMaxMs otherwise.
    static protocol::Backoff reconnectBackoff(bool answeredBefore);

Q_SIGNALS:
    void stateChanged(twinha::agentlink::LinkState state);
    void stageChanged(twinha::agentlink::LinkStage stage);
    void ready(const twinha::protocol::Hello& hello);
    void statusReceived(const twinha::protocol::NodeStatus& status);
    void notificationReceived(const QString& method, const QJsonObject& params);
    void errorOccurred(const twinha::protocol::RpcError& error); // also non-fatal ones (a bad line)

private:
    struct Pending
    {
        ReplyHandler handler;
        qint64 deadlineMs;
    };

    void launchWorker();
    void onLines(const QByteArrayList& lines);
    void onMessage(const protocol::RpcMessage& message);
    void onWorkerFailed(const protocol::RpcError& error);
    void onLinkOpen();
    void subscribe();
    void fail(const protocol::RpcError& error);
    void setState(LinkState state);
    void sweep();
    void armSweep();
    void failAllPending(const protocol::RpcError& error);
    void discardWorker();

    NodeEndpoint m_endpoint;
    LinkTimeouts m_timeouts;
    std::shared_ptr<CredentialPrompter> m_prompter;
    QPointer<NodeLinkWorker> m_worker;
    LinkState m_state = LinkState::Idle;
    protocol::RpcError m_lastError;
    protocol::Hello m_hello;
    ShellPreamble m_preamble; // what the server printed before the agent spoke
    HostKeyInfo m_hostKey;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    QTimer m_sweepTimer; // single shot, at the next deadline (armSweep)
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    qint64 m_lastLineMs = 0;
    int m_attempts = 0;
    int m_failuresInRow = 0;
    bool m_autoReconnect = false;
    bool m_running = false;
    bool m_answeredBefore = false;
    bool m_loggedIn = false; // this attempt got past the SSH login
    bool m_failedAfterLogin = false;
};

} // namespace twinha::agentlink
