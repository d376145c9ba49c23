#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/NodeStatus.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QList>
#include <QLocalServer>
#include <QObject>

namespace twinha::agent {

class ControlConnection;
class ControlMethods;
class StatusProvider;

// The daemon's local control socket. `twinha-agent session` bridges the console to it; who may
// connect is decided by the socket file's owner, group and mode ([control] socket_group and
// socket_mode), and what a connected client may do by its credentials (see ClientCredentials).
class ControlServer : public QObject
{
    Q_OBJECT

public:
    enum class ListenResult
    {
        Listening,
        AlreadyRunning, // another daemon answers on this path
        Failed
    };

    static constexpr int kSocketMode = 0660;

    ControlServer(StatusProvider* status, const ControlMethods* methods, QObject* parent = nullptr);
    ~ControlServer() override;

    // Takes effect at the next listen(): the socket's group and mode, and the operators' group.
    void setAccess(const ControlConfig& access) { m_access = access; }
    // Creates the socket's folder if needed and replaces a stale socket file that nobody answers.
    ListenResult listen(const QString& path, QString* error);
    // Sends a notification to every client, subscribed or not (switchover progress).
    void broadcast(const protocol::RpcMessage& message);
    // Serves the same socket and clients from a new status and new methods (a config reload), with
    // the access of the new config: its socket mode and group now, its operators' group for
    // clients that connect from now on. The old status and methods may already be deleted, as
    // long as no event was processed since.
    bool rebind(StatusProvider* status, const ControlMethods* methods, const ControlConfig& access, QString* error);
    // Stops listening, drops the clients and removes the socket file.
    void close();

    QString socketPath() const { return m_path; }
    int connectionCount() const { return int(m_connections.size()); }

private:
    void onNewConnection();
    void onStatusChanged(const protocol::NodeStatus& status);
    void onClosed(ControlConnection* connection);
    bool applyAccess(const QString& path, QString* error);
    bool removeStaleSocket(const QString& path, ListenResult* result, QString* error);

    QLocalServer m_server;
    QMetaObject::Connection m_statusConnection; // safe to disconnect after the provider is gone
    const ControlMethods* m_methods;
    QList<ControlConnection*> m_connections;
    QString m_path;
    int m_nextId = 1;
    ControlConfig m_access;
};

} // namespace twinha::agent
