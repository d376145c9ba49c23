#pragma once

#include <QString>

namespace twinha::ui {

// The operations this console started whose outcome no switchover dialog has shown yet, so that a
// dialog opened again after being closed mid-way shows how the operation ended instead of a new
// pre-check. Process-wide: the dialog that started an operation may be long gone.
class StartedOperations
{
public:
    static void remember(const QString& id);
    static bool isUnseen(const QString& id);
    static void markSeen(const QString& id);
};

} // namespace twinha::ui
