#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QStringList>

namespace twinha::agent {

class CoordinatorMethods;
class StatusProvider;
struct ClientCredentials;

// The JSON-RPC methods the control socket answers. One place that maps a method name to its
// handler and decides who may call it, so adding a method never touches the connection or the
// server. Without a coordinator (tests, a daemon that only reports) it answers hello and status.
class ControlMethods
{
public:
    explicit ControlMethods(StatusProvider* status, CoordinatorMethods* coordinator = nullptr);

    // Answers one request with a result or an error. *subscribe is set when the caller asked for
    // status pushes from now on. Observers get PERMISSION_DENIED {method, user} for anything that
    // would change the cluster.
    protocol::RpcMessage handle(const protocol::RpcMessage& request, const ClientCredentials& client,
                                bool* subscribe) const;

    QStringList capabilities() const;

private:
    protocol::RpcMessage hello(const protocol::RpcMessage& request, const ClientCredentials& client) const;

    StatusProvider* m_status;
    CoordinatorMethods* m_coordinator;
};

} // namespace twinha::agent
