#pragma once

#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <libssh/libssh.h>

namespace twinha::agentlink {

// Authenticates a connected, host-verified session. Order: "none" (to learn the server's
// methods), then the profile's key file, then ssh-agent and the user's default keys.
class SshAuthenticator
{
public:
    static protocol::RpcError authenticate(ssh_session session, const NodeEndpoint& endpoint);
};

} // namespace twinha::agentlink
