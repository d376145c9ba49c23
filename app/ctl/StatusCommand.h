#pragma once

#include "app/ctl/CtlCommand.h"

namespace twinha::app {

// twinhactl status: both nodes as the console sees them.
class StatusCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;
};

} // namespace twinha::app
