#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// A group's recovery after it failed where it runs (the agent's GroupRecovery), as the
// group_recovery event names it: the `step` taken and, for a wait, `why` the group stays on this
// node. None: absent, or a name this side does not know.
enum class RecoveryStep
{
    None,
    Restart, // restart: stop what is left of the group, then start it, on this node
    Move,    // move: a switchover to the peer
    Wait,    // wait: restart here, but only after a pause
};

enum class RecoveryHold
{
    None,           // no reason given (absent, or unknown here); the event may carry the move's refusal code
    ManualFailover, // manual_failover: automatic failover is off
    Duplex,         // duplex: the group runs on both nodes, so there is nowhere to move it
    MovedHere,      // moved_here: it came here by a move within the window
    MovedBefore,    // moved_before: a move away was tried already within the window
};

// Why the group is restarted (`cause`): absent or unknown here is Failure.
enum class RecoveryCause
{
    Failure, // failure: a resource found down, or a restart that failed
    Guard,   // guard: this node's dead-man guard stopped it while the agent fell silent, and the peer
             // did not take it over; not counted as a failure of the group
};

inline QString recoveryCauseName(RecoveryCause cause)
{
    switch (cause) {
    case RecoveryCause::Guard:
        return QStringLiteral("guard");
    case RecoveryCause::Failure:
        break;
    }
    return QStringLiteral("failure");
}

inline RecoveryCause recoveryCauseFrom(const QString& name)
{
    static constexpr RecoveryCause kNamed[] = {RecoveryCause::Failure, RecoveryCause::Guard};
    return fromWireName(name, kNamed, &recoveryCauseName, RecoveryCause::Failure);
}

inline QString recoveryStepName(RecoveryStep step)
{
    switch (step) {
    case RecoveryStep::Restart:
        return QStringLiteral("restart");
    case RecoveryStep::Move:
        return QStringLiteral("move");
    case RecoveryStep::Wait:
        return QStringLiteral("wait");
    case RecoveryStep::None:
        break;
    }
    return {};
}

inline RecoveryStep recoveryStepFrom(const QString& name)
{
    static constexpr RecoveryStep kNamed[] = {RecoveryStep::Restart, RecoveryStep::Move, RecoveryStep::Wait};
    return fromWireName(name, kNamed, &recoveryStepName, RecoveryStep::None);
}

inline QString recoveryHoldName(RecoveryHold hold)
{
    switch (hold) {
    case RecoveryHold::ManualFailover:
        return QStringLiteral("manual_failover");
    case RecoveryHold::Duplex:
        return QStringLiteral("duplex");
    case RecoveryHold::MovedHere:
        return QStringLiteral("moved_here");
    case RecoveryHold::MovedBefore:
        return QStringLiteral("moved_before");
    case RecoveryHold::None:
        break;
    }
    return {};
}

inline RecoveryHold recoveryHoldFrom(const QString& name)
{
    static constexpr RecoveryHold kNamed[] = {RecoveryHold::ManualFailover, RecoveryHold::Duplex,
                                              RecoveryHold::MovedHere, RecoveryHold::MovedBefore};
    return fromWireName(name, kNamed, &recoveryHoldName, RecoveryHold::None);
}

} // namespace twinha::protocol
