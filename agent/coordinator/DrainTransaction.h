#pragma once

#include "agent/coordinator/Operation.h"

namespace twinha::agent {

// Duplex "switchover" on the node it concerns: drain (persist standby, stop the group here while
// the peer keeps serving) or undrain (persist active, start and verify the group here again).
class DrainTransaction : public Operation
{
    Q_OBJECT

public:
    DrainTransaction(const CoordinatorParts& parts, const OperationRecord& record, QObject* parent = nullptr);

    void begin() override;

private:
    void drain();
    void undrain();
};

} // namespace twinha::agent
