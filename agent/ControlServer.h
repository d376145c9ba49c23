#pragma once

#include "agentlink/protocol/NodeStatus.h"

#include <QList>
#include <QLocalServer>
#include <QObject>

namespace twinha::agent {

class ControlConnection;
class ControlMethods;
class StatusProvider;

// The daemon's local control socket. `twinha-agent session` bridges the console to it; who may
// connect is decided by the socket file's owner, group and mode.
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

    // Creates the socket's folder if needed and replaces a stale socket file that nobody answers.
    ListenResult listen(const QString& path, QString* error);
    // Stops listening, drops the clients and removes the socket file.
    void close();

    QString socketPath() const { return m_path; }
    int connectionCount() const { return int(m_connections.size()); }

private:
    void onNewConnection();
    void onStatusChanged(const protocol::NodeStatus& status);
    void onClosed(ControlConnection* connection);
    bool removeStaleSocket(const QString& path, ListenResult* result, QString* error);

    QLocalServer m_server;
    const ControlMethods* m_methods;
    QList<ControlConnection*> m_connections;
    QString m_path;
    int m_nextId = 1;
};

} // namespace twinha::agent
