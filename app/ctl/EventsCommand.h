#pragma once

#include "app/ctl/CtlCommand.h"
#include "app/ctl/EventCursor.h"

#include <QJsonArray>

namespace twinha::app {

// twinhactl events [--after CURSOR] [--limit N]: both nodes' journals, merged by time, each entry
// as a sentence in the user's language (--json: the raw entries). Each node numbers its own
// entries, so the cursor says where to go on in each ("node1:120,node2:98"); it is printed at the
// end, and with --json carried by every entry, to be passed back to --after.
class EventsCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

private:
    void finish();
    QStringList nodeNames() const;

    EventCursor m_cursor;
    QJsonArray m_events;
    int m_waiting = 0;
    int m_answered = 0;
};

} // namespace twinha::app
