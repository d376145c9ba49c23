#pragma once

#include "app/ctl/CtlCommand.h"

namespace twinha::app {

// twinhactl maintenance on|off [--group G]: maintenance mode for the whole cluster or one group,
// set on the first node it reaches (the other adopts it from the heartbeat). Prints the resulting
// state. Operators only: an observer gets exit code 5.
class MaintenanceCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;
    // The argument after "maintenance": "on" or "off".
    static bool validArgument(const QString& argument);
};

} // namespace twinha::app
