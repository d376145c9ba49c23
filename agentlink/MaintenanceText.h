#pragma once

#include "agentlink/MaintenanceView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace twinha::agentlink {

// Maintenance mode in words, shared by the dashboard's banner, the events and twinhactl.
class MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceText)

public:
    // "Maintenance mode (by root@10.0.0.5, since 15:02): the agents keep watching but …"; empty when off.
    static QString banner(const MaintenanceView& m);
    // "Maintenance: on (by root@10.0.0.5, since 15:02)"; empty when off.
    static QString statusLine(const MaintenanceView& m);
    // "by root@10.0.0.5, since 15:02", "by …", "since …" or empty: never an empty name or time.
    static QString who(const MaintenanceView& m);
    // The time of day for today, else date and time, in the user's locale and time zone.
    static QString since(const QDateTime& at);
};

} // namespace twinha::agentlink
