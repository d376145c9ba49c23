#pragma once

#include <QMetaType>

namespace twinha::agentlink {

// Where one attempt to reach a node's agent has got to.
enum class LinkStage
{
    Connecting,
    VerifyingHostKey,
    Authenticating,
    StartingAgent,
    Open,
};

} // namespace twinha::agentlink
