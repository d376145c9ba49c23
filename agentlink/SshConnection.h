#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/HostKeyInfo.h"
#include "agentlink/LinkStop.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/LoginGate.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/SshHandles.h"
#include "agentlink/protocol/RpcError.h"

#include <QByteArray>

#include <memory>

namespace twinha::agentlink {

// One blocking SSH connection running one command in an exec channel. Not thread-safe: it is
// created, used and destroyed on a single worker thread, as libssh requires.
class SshConnection
{
public:
    // `stop`, when given, ends any step at once when it is requested (the step then fails): it shuts
    // the session's socket down under a blocking libssh call and withdraws a pending question.
    SshConnection(NodeEndpoint endpoint, LinkTimeouts timeouts, CredentialPrompter* prompter,
                  const LinkStop* stop = nullptr);
    ~SshConnection();

    protocol::RpcError connectToHost(); // TCP + handshake, bounded by connectMs
    // Before the handshake, once TCP is up, connectToHost() takes this slot (waiting for it); the
    // caller gives it back. Without one it takes none.
    void takeLoginSlotOnceConnected(LoginGate::Slot* slot) { m_loginSlot = slot; }
    protocol::RpcError verifyHostKey(); // against endpoint.knownHostsFile
    protocol::RpcError authenticate();
    protocol::RpcError startAgentCommand(); // the endpoint's agent command
    // Any command, in a new exec channel of this session (the one before is closed).
    protocol::RpcError exec(const QByteArray& command);
    // Ends the command's standard input.
    protocol::RpcError sendEof();
    // Instead of a command: a direct-tcpip channel to host:port (for a jump host's tunnel).
    protocol::RpcError openForward(const QString& host, int port);

    // Reads what stdout has within timeoutMs (may be empty). Sets *eof when the remote closed.
    protocol::RpcError read(QByteArray* out, int timeoutMs, bool* eof);
    QByteArray readStderr(); // non-blocking; the agent's own diagnostics
    // Returns once the channel has something to read (or has ended), wakeFd is readable, or
    // timeoutMs passed, whichever comes first; read() with a timeout of 0 then takes what came.
    void waitForInput(int wakeFd, int timeoutMs);
    protocol::RpcError write(const QByteArray& bytes);
    int exitStatus() const;

    const HostKeyInfo& hostKey() const { return m_hostKey; }
    const NodeEndpoint& endpoint() const { return m_endpoint; }
    const LinkStop& stop() const { return *m_stop; }
    // The session, for a subsystem of its own (SFTP); null before connectToHost().
    ssh_session session() const { return m_session.get(); }
    // An error of `code` with the endpoint's node, host and port, and libssh's last error.
    protocol::RpcError sshError(const char* code) const;

private:
    void interruptOnStop(); // once the session has a socket

    NodeEndpoint m_endpoint;
    LinkTimeouts m_timeouts;
    CredentialPrompter* m_prompter;
    LinkStop m_noStop; // when the caller has none to give
    const LinkStop* m_stop;
    HostKeyInfo m_hostKey;
    LoginGate::Slot* m_loginSlot = nullptr;
    std::unique_ptr<class JumpTunnel> m_tunnel; // declared first: it must outlive the session it carries
    std::unique_ptr<class SocketInterrupter> m_interrupter;
    SshSessionPtr m_session;
    SshChannelPtr m_channel;
};

} // namespace twinha::agentlink
