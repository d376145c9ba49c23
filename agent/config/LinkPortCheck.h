#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/RpcError.h"

namespace twinha::agent {

// Before a config change goes live: can this node listen on the heartbeat addresses the new config
// gives it? A commit whose link cannot bind would leave the node unconfigured after the reload, so
// config.prepare asks first. Addresses the running config already has are this daemon's own and
// are not tried again.
class LinkPortCheck
{
public:
    // False with HEARTBEAT_BIND_FAILED {link, address, detail} for the first address that cannot bind.
    static bool check(const AgentConfig& next, const AgentConfig& running, const QString& node,
                      protocol::RpcError* error);
};

} // namespace twinha::agent
