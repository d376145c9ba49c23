#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>

#include <memory>

namespace twinha::agent {

class ConfigMethods;
class ControlMethods;
class Coordinator;
class CoordinatorMethods;
class EventLog;
class Heartbeat;
class HistoryRecorder;
class Journal;
class AgentMetrics;
class MirrorSshMethods;
class Notifier;
class NodeMethods;
class NodeState;
class PostgresMethods;
class StatusProvider;

// Everything the daemon builds from one cluster config: node state, journal, heartbeat,
// coordinator, status and the control methods. DaemonCommand keeps the control socket and swaps
// engines when config.apply reloads. Destroying an engine stops its heartbeat, monitors and
// rsync receivers, but never a resource: the next engine finds running groups and keeps them.
class DaemonEngine
{
public:
    struct Paths
    {
        QString config;
        QString stateDir;
        QString socket;
        QString authorizedKeys; // where mirror.ssh_trust lets the peer in; empty: the agent user's own
    };

    ~DaemonEngine();

    // A configured node (the config already validated and naming `node`). Null with *error (a
    // code with params) when it cannot run: a state file or a key it cannot read.
    static std::unique_ptr<DaemonEngine> create(const AgentConfig& config, const QString& node, const Paths& paths,
                                                protocol::RpcError* error);
    // A node without a config: answers hello, status (role "unconfigured"), node.* and config.*
    // so the setup wizard can talk to it. `configError` (may be null) says why a reload failed.
    static std::unique_ptr<DaemonEngine> createBlank(const QString& node, const Paths& paths,
                                                     const protocol::RpcError& configError = {});

    // Starts the heartbeat's sockets; false with *error when a port is taken.
    bool startHeartbeat(protocol::RpcError* error);
    // Starts deciding and acting (a configured node only).
    void start();

    StatusProvider* status() const { return m_status.get(); }
    Coordinator* coordinator() const { return m_coordinator.get(); } // null on a blank node
    EventLog* events() const { return m_events.get(); }              // null on a blank node
    const ControlMethods* methods() const { return m_methods.get(); }
    ConfigMethods* configMethods() const { return m_configMethods.get(); }
    const AgentConfig& config() const { return m_config; }
    bool isBlank() const { return !m_coordinator; }
    QString role() const; // its name, for the log
    qint64 epoch() const;

private:
    DaemonEngine(const AgentConfig& config, const QString& node, const Paths& paths);
    void buildMethods(const QString& loadedChecksum);

    AgentConfig m_config; // first: the parts below keep references to it
    QString m_node;
    Paths m_paths;
    std::unique_ptr<NodeState> m_state;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<Heartbeat> m_heartbeat;
    std::unique_ptr<Coordinator> m_coordinator;
    std::unique_ptr<StatusProvider> m_status;
    std::unique_ptr<CoordinatorMethods> m_coordinatorMethods;
    std::unique_ptr<ConfigMethods> m_configMethods;
    std::unique_ptr<NodeMethods> m_nodeMethods;
    std::unique_ptr<MirrorSshMethods> m_mirrorSshMethods;
    std::unique_ptr<PostgresMethods> m_postgresMethods;
    std::unique_ptr<ControlMethods> m_methods;
    std::unique_ptr<AgentMetrics> m_metrics;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<HistoryRecorder> m_history;
};

} // namespace twinha::agent
