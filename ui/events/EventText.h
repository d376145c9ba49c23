#pragma once

#include "agentlink/EventText.h"
#include "ui/events/EventCategory.h"

namespace twinha::ui {

// The journal's sentences live in agentlink (twinhactl prints them too); the event filter's
// category names are the console's own.
class EventText : public agentlink::EventText
{
    Q_DECLARE_TR_FUNCTIONS(twinha::ui::EventText)

public:
    static QString categoryLabel(EventCategory category);
};

} // namespace twinha::ui
