#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/HostKeyInfo.h"
#include "agentlink/LinkStage.h"
#include "agentlink/LinkStop.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/WakeSignal.h"
#include "agentlink/protocol/RpcError.h"

#include <QByteArrayList>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

namespace twinha::agentlink {

// One attempt to reach one node's agent, on its own thread: connect, verify the host key,
// authenticate, run the agent's session command, then shuttle lines both ways until the link
// ends. All libssh calls happen on this thread only; results go out as queued signals. It owns
// copies of all it uses, so it can be left to finish and delete itself after its client is gone
// (LinkThreads keeps count of it).
class NodeLinkWorker : public QThread
{
    Q_OBJECT

public:
    NodeLinkWorker(NodeEndpoint endpoint, LinkTimeouts timeouts, std::shared_ptr<CredentialPrompter> prompter,
                   QObject* parent = nullptr);
    ~NodeLinkWorker() override;

    void send(const QByteArray& line); // thread-safe; queued until the channel is open
    // Thread-safe and immediate: a blocking libssh call is cut short (its socket is shut down), a
    // question to the user is withdrawn, and the worker then ends without reporting anything.
    void requestStop();
    // The kernel's id of the thread once it runs (0 before): QThread::wait() returns a little before
    // the thread itself is gone, with its thread-local clean-up (OpenSSL's) still to run.
    int systemThreadId() const { return m_systemThreadId.load(); }

Q_SIGNALS:
    void stageChanged(twinha::agentlink::LinkStage stage);
    void hostKeySeen(const twinha::agentlink::HostKeyInfo& key);
    void linesReceived(const QByteArrayList& lines);
    void lineRejected(const twinha::protocol::RpcError& error); // the link goes on
    void failed(const twinha::protocol::RpcError& error);       // the attempt is over

protected:
    void run() override;

private:
    bool shuttle(class SshConnection& connection);

    NodeEndpoint m_endpoint;
    LinkTimeouts m_timeouts;
    std::shared_ptr<CredentialPrompter> m_prompter; // shared: a prompt may outlive the client that asked
    QMutex m_mutex;
    QByteArrayList m_outbox;
    WakeSignal m_wake; // a line to send, or the stop
    LinkStop m_stop;
    std::atomic_int m_systemThreadId{0};
};

} // namespace twinha::agentlink
