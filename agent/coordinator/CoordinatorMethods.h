#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <optional>

namespace twinha::agent {

class Coordinator;
class EventLog;
struct AgentConfig;
struct ClientCredentials;

// The control methods that reach the coordinator and the journal (config.* are ConfigMethods):
//   switchover.check {group?, to?}          -> the pre-check list
//   switchover.start {group?, to?, force?}  -> {id, group, kind, from, to, executor}
//   switchover.cancel {id}                  -> {id, cancelled: true}
//   events.list {after?, limit?}            -> {events: [...], last_seq, chain_ok}
// Permissions are checked before a request gets here (ControlMethods).
class CoordinatorMethods
{
public:
    CoordinatorMethods(Coordinator* coordinator, EventLog* events, const AgentConfig& config);

    // Nullopt for a method this class does not know.
    std::optional<protocol::RpcMessage> handle(const protocol::RpcMessage& request,
                                               const ClientCredentials& client) const;

    static constexpr int kDefaultEventLimit = 100;

private:
    protocol::RpcMessage start(const protocol::RpcMessage& request, const ClientCredentials& client) const;
    protocol::RpcMessage events(const protocol::RpcMessage& request) const;

    Coordinator* m_coordinator;
    EventLog* m_events;
    const AgentConfig& m_config;
};

} // namespace twinha::agent
