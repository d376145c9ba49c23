#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace twinha::agent {

class ConfigMethods;
class CoordinatorMethods;
class DivergenceMethods;
class HistoryRecorder;
class MirrorSshMethods;
class NodeMethods;
class PostgresMethods;
class StatusProvider;
struct ClientCredentials;

// The JSON-RPC methods the control socket answers. One place that maps a method name to its
// handler and decides who may call it, so adding a method never touches the connection or the
// server. Without a coordinator (tests, a blank node without a config) it answers hello and
// status, plus the config and node methods when those are set.
class ControlMethods
{
public:
    using Reply = std::function<void(const protocol::RpcMessage&)>;

    explicit ControlMethods(StatusProvider* status, CoordinatorMethods* coordinator = nullptr);
    ~ControlMethods();

    void setConfigMethods(const ConfigMethods* config) { m_config = config; }
    void setNodeMethods(NodeMethods* node) { m_node = node; }
    void setDivergenceMethods(std::unique_ptr<DivergenceMethods> divergence);
    void setMirrorSshMethods(MirrorSshMethods* mirrorSsh) { m_mirrorSsh = mirrorSsh; }
    void setPostgresMethods(PostgresMethods* postgres) { m_postgres = postgres; }
    void setHistory(const HistoryRecorder* history) { m_history = history; }

    // The methods answered later (node.*, mirror.*, postgres.*): false when `request` is not one of
    // them; otherwise `reply` gets the answer (or the refusal) exactly once, unless the methods go
    // away first.
    bool handleDeferred(const protocol::RpcMessage& request, const ClientCredentials& client, const Reply& reply) const;

    // Answers one request with a result or an error. *subscribe is set when the caller asked for
    // status pushes from now on. Observers get PERMISSION_DENIED {method, user, group} for
    // anything but reading status and events (ClientCredentials::observerMayCall).
    protocol::RpcMessage handle(const protocol::RpcMessage& request, const ClientCredentials& client,
                                bool* subscribe) const;

    QStringList capabilities() const;

private:
    protocol::RpcMessage hello(const protocol::RpcMessage& request, const ClientCredentials& client) const;

    StatusProvider* m_status;
    CoordinatorMethods* m_coordinator;
    const ConfigMethods* m_config = nullptr;
    NodeMethods* m_node = nullptr;
    std::unique_ptr<DivergenceMethods> m_divergence;
    MirrorSshMethods* m_mirrorSsh = nullptr;
    PostgresMethods* m_postgres = nullptr;
    const HistoryRecorder* m_history = nullptr;
};

} // namespace twinha::agent
