#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QStringList>

namespace twinha::agent {

class StatusProvider;

// The JSON-RPC methods the control socket answers. One place that maps a method name to its
// handler, so adding a method never touches the connection or the server.
class ControlMethods
{
public:
    explicit ControlMethods(StatusProvider* status);

    // Answers one request with a result or an error. *subscribe is set when the caller asked for
    // status pushes from now on.
    protocol::RpcMessage handle(const protocol::RpcMessage& request, bool* subscribe) const;

    static QStringList capabilities();

private:
    protocol::RpcMessage hello(const protocol::RpcMessage& request) const;

    StatusProvider* m_status;
};

} // namespace twinha::agent
