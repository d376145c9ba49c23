#include "ui/switchover/StartedOperations.h"

#include <QSet>

namespace twinha::ui {

namespace {
QSet<QString>& unseen()
{
    static QSet<QString> ids; // GUI thread only
    return ids;
}
} // namespace

void StartedOperations::remember(const QString& id)
{
    if (!id.isEmpty())
        unseen().insert(id);
}

bool StartedOperations::isUnseen(const QString& id)
{
    return unseen().contains(id);
}

void StartedOperations::markSeen(const QString& id)
{
    unseen().remove(id);
}

} // namespace twinha::ui
