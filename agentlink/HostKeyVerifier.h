#pragma once

#include "agentlink/CredentialPrompter.h"
#include "agentlink/HostKeyInfo.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/RpcError.h"

#include <libssh/libssh.h>

namespace twinha::agentlink {

// Checks a connected session's host key against the cluster's own known_hosts file. An unknown
// key is shown to the user through the prompter and stored only if accepted; without a prompter
// it is refused. Changed and other-type keys are always refused: there is no "accept anyway",
// re-trusting them is a separate, explicit action (HostKeyStore::forget).
class HostKeyVerifier
{
public:
    // Returns a null error when the key is known and matches; fills *info in every case it can.
    static protocol::RpcError verify(ssh_session session, const NodeEndpoint& endpoint, CredentialPrompter* prompter,
                                     const LinkStop& stop, HostKeyInfo* info);
};

} // namespace twinha::agentlink
