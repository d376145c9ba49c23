#pragma once

#include "agent/coordinator/Operation.h"

#include <QTimer>

#include <optional>

namespace twinha::agent {

// The target's side of a switchover, begun when the source publishes "handover" for this node.
// A source that asks for an acknowledgement (its record's "ack") gets one first: this record in
// phase "handover". Nothing changes here until the source answers with "start" (its commit); if
// it rolls back instead, forgets the switchover (it restarted), goes silent or does not answer in
// time, this node gives up ("aborted") without touching the group. Then, as with a source of an
// older version at once: persist the group active at the source's new epoch, start it, verify it,
// and publish the result (phase "started" or "start_failed"). A target that cannot start stops
// what it started and gives the group up, so the source can roll back. Once told to start, the
// source's silence changes nothing: it will not run the group itself.
// While the source answers the acknowledgement, this node gets ready without changing anything:
// it checks that its copy holds what the source named (PostgreSQL: the last checkpoint replayed)
// and lets the group's resources prepare their start (a psql connected for the promotion) and
// begin what needs the source's side gone (a VIP's duplicate address probe).
class TargetStart : public Operation
{
    Q_OBJECT

public:
    TargetStart(const OperationContext& parts, const OperationRecord& sourceRecord, QObject* parent = nullptr);

    void begin() override;
    void onPeer(const NodeClaims* peer) override;

private:
    struct CaughtUp
    {
        bool ok = false;
        protocol::RpcError why;
        qint64 ms = 0;
    };

    void prepare();
    void catchUp();
    void afterCatchUp();
    void start();
    void startGroup();
    void verify();
    void giveUp(const protocol::RpcError& reason);
    void abort(const protocol::RpcError& reason);

    bool m_acknowledge = false;
    bool m_committed = false;  // told to start
    bool m_catchingUp = false; // the check of the copy has begun
    bool m_released = false;   // prepare() told the group the source released it
    std::optional<CaughtUp> m_caughtUp;
    QTimer m_commitTimer; // the source must answer the acknowledgement in time
};

} // namespace twinha::agent
