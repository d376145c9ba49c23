#pragma once

#include "agentlink/HostKeyInfo.h"
#include "agentlink/LinkState.h"
#include "agentlink/NodeEndpoint.h"
#include "agentlink/protocol/Hello.h"
#include "agentlink/protocol/NodeStatus.h"
#include "agentlink/protocol/RpcError.h"

#include <QDateTime>

#include <optional>

namespace twinha::agentlink {

// Everything the console knows about one node: its own reach to it and the agent's last word.
struct NodeView
{
    NodeEndpoint endpoint;
    LinkState link = LinkState::Idle;
    protocol::RpcError lastError;
    protocol::Hello hello;
    HostKeyInfo hostKey;
    std::optional<protocol::NodeStatus> status; // kept after a disconnect, so its age can be shown
    QDateTime receivedAt;                       // console clock, when `status` arrived
    bool failedAfterLogin = false;              // the last attempt logged in over SSH; the agent's side failed
    QDateTime retryAt; // console clock, when the console tries again by itself; invalid: it waits for Reconnect

    bool reached() const { return status.has_value(); }
    // Connected now, with status flowing: its word is current. Otherwise `status` is history.
    bool live() const { return link == LinkState::Ready && status.has_value(); }
    // The first attempt has ended one way or the other.
    bool settled() const { return status.has_value() || !lastError.isNull(); }
    qint64 dataAgeMs(const QDateTime& now) const { return receivedAt.isValid() ? receivedAt.msecsTo(now) : -1; }
};

} // namespace twinha::agentlink
