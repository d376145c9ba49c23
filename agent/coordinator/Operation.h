#pragma once

#include "agent/coordinator/OperationContext.h"
#include "agent/coordinator/OperationRecord.h"
#include "agentlink/protocol/Role.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace twinha::agent {

struct NodeClaims;

// One operation this node carries out (its part of a switchover, a drain...). It keeps its record
// up to date for the payload and status, and ends exactly once with finished().
class Operation : public QObject
{
    Q_OBJECT

public:
    Operation(const OperationContext& parts, const OperationRecord& record, QObject* parent = nullptr);

    const OperationRecord& record() const { return m_op; }
    bool isFinished() const { return m_op.result != protocol::OperationResult::None; }
    virtual void begin() = 0;
    // The peer's payload while it is alive, null while it is not; called on every change.
    virtual void onPeer(const NodeClaims* peer) { Q_UNUSED(peer) }
    // True when the operation will stop before changing anything.
    virtual bool cancel(const QString& actor)
    {
        Q_UNUSED(actor)
        return false;
    }

Q_SIGNALS:
    void changed();
    void finished();

protected:
    void setPhase(protocol::OperationPhase phase);
    // Adds the step that began with the last setPhase() or restartClock().
    void step(protocol::OperationPhase name, bool ok, qint64 ms = -1);
    void restartClock() { m_stepClock.start(); }
    void finish(protocol::OperationResult result, const protocol::RpcError& reason = {},
                protocol::OperationPhase finalPhase = protocol::OperationPhase::Finished);
    // Persists the group's new role at `epoch`; on failure the reason is STATE_WRITE_FAILED.
    bool persistRole(protocol::Role role, qint64 epoch, protocol::RpcError* reason);
    // The group's epoch as persisted here.
    qint64 groupEpoch() const;
    // `callback` for an action that may end after this operation did (an operation may end while
    // a stop, a check or a drain is still under way): it runs only while the operation exists and
    // has not finished.
    template <typename F> auto whileRunning(F callback)
    {
        return [self = QPointer<Operation>(this), callback](auto&&... args) {
            if (self && !self->isFinished())
                callback(std::forward<decltype(args)>(args)...);
        };
    }

    OperationContext m_context;
    OperationRecord m_op;

private:
    QElapsedTimer m_stepClock;
};

} // namespace twinha::agent
