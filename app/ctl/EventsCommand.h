#pragma once

#include "app/ctl/CtlCommand.h"

#include <QJsonArray>

namespace twinha::app {

// twinhactl events [--after SEQ] [--limit N]: both nodes' journals, merged by time.
class EventsCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

private:
    void finish();

    QJsonArray m_events;
    int m_waiting = 0;
    int m_answered = 0;
};

} // namespace twinha::app
