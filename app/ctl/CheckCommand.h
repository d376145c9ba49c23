#pragma once

#include "agentlink/protocol/RpcError.h"

#include <optional>

#include "app/ctl/CtlCommand.h"

namespace twinha::app {

// twinhactl check [--group G] [--to NODE]: the agents' switchover pre-checks, each passed or
// blocked with its reason. Exit 0 when ready, 3 when not.
class CheckCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

    // The pre-check list as people read it; shared with `switchover`.
    static QString describe(const QJsonObject& check);
    // A check refused because the command line names a group or node the cluster does not have:
    // a usage error (exit 2), not a readiness verdict.
    static std::optional<protocol::RpcError> usageError(const QJsonObject& check);
};

} // namespace twinha::app
