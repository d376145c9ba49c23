#pragma once

#include "app/ctl/CtlCommand.h"

namespace twinha::agentlink {
class MirrorKeyExchange;
}

namespace twinha::app {

// twinhactl mirror trust: sets up the mirror over ssh (transport = "ssh") between the two nodes
// through the same engine as the wizard (agentlink::MirrorKeyExchange): each node makes its own
// key, and trusts the other's, with the other's host key as this console verified it. Run again
// after a node was reinstalled (a new host key, once trusted with `twinhactl trust`). Operators only.
class MirrorCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

private:
    void finish();

    agentlink::MirrorKeyExchange* m_exchange = nullptr;
};

} // namespace twinha::app
