#pragma once

#include <QString>

namespace twinha::protocol {

// The value of `all` whose wire name (`nameOf`) is `name`; `otherwise` when none is. The one way
// the protocol's enums are read back from their names.
template <typename Enum, typename Values>
Enum fromWireName(const QString& name, const Values& all, QString (*nameOf)(Enum), Enum otherwise)
{
    for (const Enum value : all)
        if (name == nameOf(value))
            return value;
    return otherwise;
}

} // namespace twinha::protocol
