#pragma once

#include "agentlink/protocol/WireName.h"

#include <QString>

namespace twinha::protocol {

// The words of an operation (a switchover, failover, drain or undrain). On the wire (status,
// heartbeat claims, events, the journal) each is its name; inside the code, these enums.

// What an operation does: "switchover", "failover", "drain", "undrain".
enum class OperationKind
{
    None,
    Switchover,
    Failover,
    Drain,
    Undrain
};

inline QString operationKindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Switchover:
        return QStringLiteral("switchover");
    case OperationKind::Failover:
        return QStringLiteral("failover");
    case OperationKind::Drain:
        return QStringLiteral("drain");
    case OperationKind::Undrain:
        return QStringLiteral("undrain");
    case OperationKind::None:
        break;
    }
    return {};
}

inline constexpr OperationKind kOperationKinds[] = {OperationKind::Switchover, OperationKind::Failover,
                                                    OperationKind::Drain, OperationKind::Undrain};

// None for a name this side does not know.
inline OperationKind operationKindFrom(const QString& name)
{
    return fromWireName(name, kOperationKinds, &operationKindName, OperationKind::None);
}

// How an operation ended: None while it runs; "done", "rolled_back", "failed", "refused",
// "cancelled", or "forwarded" (the peer adopted this request and its own record tells the outcome).
enum class OperationResult
{
    None,
    Done,
    RolledBack,
    Failed,
    Refused,
    Cancelled,
    Forwarded
};

inline QString operationResultName(OperationResult result)
{
    switch (result) {
    case OperationResult::Done:
        return QStringLiteral("done");
    case OperationResult::RolledBack:
        return QStringLiteral("rolled_back");
    case OperationResult::Failed:
        return QStringLiteral("failed");
    case OperationResult::Refused:
        return QStringLiteral("refused");
    case OperationResult::Cancelled:
        return QStringLiteral("cancelled");
    case OperationResult::Forwarded:
        return QStringLiteral("forwarded");
    case OperationResult::None:
        break;
    }
    return {};
}

// Every way an operation ends (not None).
inline constexpr OperationResult kOperationResults[] = {OperationResult::Done,      OperationResult::RolledBack,
                                                        OperationResult::Failed,    OperationResult::Refused,
                                                        OperationResult::Cancelled, OperationResult::Forwarded};

// None for an empty name. A name this side does not know (a newer peer's) reads as Failed: the
// operation is over, and nothing may be taken for done that was not.
inline OperationResult operationResultFrom(const QString& name)
{
    if (name.isEmpty())
        return OperationResult::None;
    return fromWireName(name, kOperationResults, &operationResultName, OperationResult::Failed);
}

// Where an operation stands, and the names of its steps. A running operation's phase is the step
// under way (or Requested before the first); a finished one's is Finished, or on a switchover's
// target Started, StartFailed or Aborted. Detect is a failover's first step (the peer's silence).
enum class OperationPhase
{
    None,
    Requested,
    Detect,
    Precheck,
    Stop,
    Drain,
    Handover,
    CatchUp,
    Start,
    Verify,
    Rollback,
    Started,
    StartFailed,
    Aborted,
    Finished
};

inline QString operationPhaseName(OperationPhase phase)
{
    switch (phase) {
    case OperationPhase::Requested:
        return QStringLiteral("requested");
    case OperationPhase::Detect:
        return QStringLiteral("detect");
    case OperationPhase::Precheck:
        return QStringLiteral("precheck");
    case OperationPhase::Stop:
        return QStringLiteral("stop");
    case OperationPhase::Drain:
        return QStringLiteral("drain");
    case OperationPhase::Handover:
        return QStringLiteral("handover");
    case OperationPhase::CatchUp:
        return QStringLiteral("catch_up");
    case OperationPhase::Start:
        return QStringLiteral("start");
    case OperationPhase::Verify:
        return QStringLiteral("verify");
    case OperationPhase::Rollback:
        return QStringLiteral("rollback");
    case OperationPhase::Started:
        return QStringLiteral("started");
    case OperationPhase::StartFailed:
        return QStringLiteral("start_failed");
    case OperationPhase::Aborted:
        return QStringLiteral("aborted");
    case OperationPhase::Finished:
        return QStringLiteral("finished");
    case OperationPhase::None:
        break;
    }
    return {};
}

inline constexpr OperationPhase kOperationPhases[] = {
    OperationPhase::Requested, OperationPhase::Detect,   OperationPhase::Precheck, OperationPhase::Stop,
    OperationPhase::Drain,     OperationPhase::Handover, OperationPhase::CatchUp,  OperationPhase::Start,
    OperationPhase::Verify,    OperationPhase::Rollback, OperationPhase::Started,  OperationPhase::StartFailed,
    OperationPhase::Aborted,   OperationPhase::Finished};

// None for a name this side does not know (a newer peer's).
inline OperationPhase operationPhaseFrom(const QString& name)
{
    return fromWireName(name, kOperationPhases, &operationPhaseName, OperationPhase::None);
}

} // namespace twinha::protocol
