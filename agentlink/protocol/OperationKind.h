#pragma once

#include <QString>

namespace twinha::protocol {

// What an operation does. On the wire (status, heartbeat claims, events) it is its name:
// "switchover", "failover", "drain", "undrain"; inside the code, this enum.
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

// None for a name this side does not know.
inline OperationKind operationKindFrom(const QString& name)
{
    for (const OperationKind kind :
         {OperationKind::Switchover, OperationKind::Failover, OperationKind::Drain, OperationKind::Undrain})
        if (name == operationKindName(kind))
            return kind;
    return OperationKind::None;
}

} // namespace twinha::protocol
