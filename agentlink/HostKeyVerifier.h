#pragma once

#include "agentlink/HostKeyInfo.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <libssh/libssh.h>

namespace twinha::agentlink {

// Checks a connected session's host key against the cluster's own known_hosts file. Unknown,
// changed and other-type keys are all refusals: nothing is ever accepted silently. A changed key
// has no "accept anyway": re-trusting it is a separate, explicit action of the user.
class HostKeyVerifier
{
public:
    // Returns a null error when the key is known and matches; fills *info in every case it can.
    static protocol::RpcError verify(ssh_session session, const NodeEndpoint& endpoint, HostKeyInfo* info);
};

} // namespace twinha::agentlink
