#pragma once

#include "app/ctl/SwitchoverCommand.h"

namespace twinha::app {

// twinhactl takeover [--group G] [--to NODE] [--confirm G]: the forced takeover, as the console's
// "Take over by force…" (switchover.start with force): for the administrator with only SSH when
// the active node is dead and failover is manual. Says what can go wrong, and goes ahead only once
// the group's name has been typed at the prompt or given to --confirm; --yes is not enough. The
// agents decide what force may override and say why they refuse.
class TakeoverCommand : public SwitchoverCommand
{
    Q_OBJECT

public:
    using SwitchoverCommand::SwitchoverCommand;
    void run() override;

private:
    void warn() const;
    bool confirmed() const;
    QString otherNode() const;
};

} // namespace twinha::app
