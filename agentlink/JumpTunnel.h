#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/LinkStop.h"
#include "agentlink/LinkTimeouts.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <atomic>
#include <memory>
#include <thread>

#include <sys/types.h>

namespace twinha::agentlink {

class SshConnection;

// ProxyJump done natively: an SSH session to the bastion (host key checked and authenticated
// like any node), a direct-tcpip channel from there to the node, and a socket pair whose other
// end the node's own session uses as its socket. A thread of its own shuttles the bytes, so the
// node's session can run its blocking handshake meanwhile; each session stays on one thread.
class JumpTunnel
{
public:
    JumpTunnel(const NodeEndpoint& target, LinkTimeouts timeouts, CredentialPrompter* prompter, const LinkStop* stop);
    ~JumpTunnel();

    // Connects to the bastion and opens the channel; on success *fd is the end for the node's session.
    protocol::RpcError open(int* fd);

private:
    static constexpr int kIdleWakeMs = 1000; // the pump's longest sleep; the destructor wakes it
    void pump();

    NodeEndpoint m_target;
    std::unique_ptr<SshConnection> m_bastion;
    int m_ours = -1;   // pumped to and from the channel
    int m_theirs = -1; // handed to the node's session
    ino_t m_theirsInode = 0;
    std::atomic_bool m_quit{false};
    std::thread m_pump;
};

} // namespace twinha::agentlink
