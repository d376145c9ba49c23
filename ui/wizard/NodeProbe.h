#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>

namespace twinha::ui {

// One node's side of a check the wizard asks of both nodes (a folder, an address, the witness):
// whether it was asked (its link was connected), whether it answered, and what.
struct NodeProbe
{
    bool sent = false;
    bool done = false;
    protocol::RpcError error;
    QJsonObject result;

    // Nothing more to wait for from this node: it answered, or was never asked.
    bool settled() const { return done || !sent; }
};

} // namespace twinha::ui
