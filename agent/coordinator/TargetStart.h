#pragma once

#include "agent/coordinator/Operation.h"

namespace twinha::agent {

// The target's side of a switchover, begun when the source publishes "handover" for this node:
// persist the group active at the source's new epoch, start it, verify it, and publish the
// result (phase "started" or "start_failed"). A target that cannot start stops what it started and
// gives the group up, so the source can roll back.
class TargetStart : public Operation
{
    Q_OBJECT

public:
    TargetStart(const CoordinatorParts& parts, const OperationRecord& sourceRecord, QObject* parent = nullptr);

    void begin() override;

private:
    void verify();
    void giveUp(const protocol::RpcError& reason);
};

} // namespace twinha::agent
