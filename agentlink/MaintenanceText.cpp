#include "agentlink/MaintenanceText.h"

#include "agentlink/EventText.h"
#include "agentlink/StatusText.h"

#include <QLocale>

namespace twinha::agentlink {

QString MaintenanceText::since(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString MaintenanceText::who(const MaintenanceView& m)
{
    const QString by = EventText::actorLabel(m.by);
    if (!by.isEmpty() && m.at.isValid())
        return tr("by %1, since %2").arg(by, since(m.at));
    if (!by.isEmpty())
        return tr("by %1").arg(by);
    if (m.at.isValid())
        return tr("since %1").arg(since(m.at));
    return {};
}

QString MaintenanceText::banner(const MaintenanceView& m)
{
    if (!m.isOn())
        return {};
    const QString w = who(m);
    if (m.cluster)
        return w.isEmpty() ? tr("Maintenance mode: the agents keep watching but start, stop and move nothing by "
                                "themselves; a switchover needs force.")
                           : tr("Maintenance mode (%1): the agents keep watching but start, stop and move nothing by "
                                "themselves; a switchover needs force.")
                                 .arg(w);
    const QString groups = StatusText::list(m.groups);
    if (m.groups.size() == 1)
        return w.isEmpty() ? tr("Maintenance mode for group %1: the agents keep watching but start, stop and move "
                                "nothing of it by themselves; a switchover of it needs force.")
                                 .arg(groups)
                           : tr("Maintenance mode for group %1 (%2): the agents keep watching but start, stop and "
                                "move nothing of it by themselves; a switchover of it needs force.")
                                 .arg(groups, w);
    return w.isEmpty() ? tr("Maintenance mode for groups %1: the agents keep watching but start, stop and move nothing "
                            "of them by themselves; a switchover of them needs force.")
                             .arg(groups)
                       : tr("Maintenance mode for groups %1 (%2): the agents keep watching but start, stop and move "
                            "nothing of them by themselves; a switchover of them needs force.")
                             .arg(groups, w);
}

QString MaintenanceText::statusLine(const MaintenanceView& m)
{
    if (!m.isOn())
        return {};
    const QString groups = StatusText::list(m.groups);
    const QString scope = m.cluster              ? tr("on")
                          : m.groups.size() == 1 ? tr("on for group %1").arg(groups)
                                                 : tr("on for groups %1").arg(groups);
    const QString w = who(m);
    return w.isEmpty() ? tr("Maintenance: %1").arg(scope) : tr("Maintenance: %1 (%2)").arg(scope, w);
}

} // namespace twinha::agentlink
