#pragma once

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
    for (const OperationKind kind : kOperationKinds)
        if (name == operationKindName(kind))
            return kind;
    return OperationKind::None;
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
    for (const OperationResult result : kOperationResults)
        if (name == operationResultName(result))
            return result;
    return OperationResult::Failed;
}

} // namespace twinha::protocol
