#include "ui/events/EventText.h"

namespace twinha::ui {

QString EventText::categoryLabel(EventCategory category)
{
    switch (category) {
    case EventCategory::All:
        return tr("All events");
    case EventCategory::Operations:
        return tr("Switchovers and requests");
    case EventCategory::Roles:
        return tr("Roles and takeovers");
    case EventCategory::Links:
        return tr("Heartbeat and peer");
    case EventCategory::Problems:
        return tr("Failures and warnings");
    case EventCategory::Other:
        return tr("Other events");
    }
    return {};
}

} // namespace twinha::ui
