#pragma once

#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QJsonObject>
#include <QList>
#include <QLocalSocket>

#include <optional>

namespace twinha::tests {

// A blocking JSON-RPC client for a lab agent's control socket, for tests that drive the agents
// directly rather than through SSH. The daemon is another process, so blocking waits are fine.
// Notifications that arrive meanwhile are kept for the test to look at.
class ControlClient
{
public:
    explicit ControlClient(const QString& socketPath);

    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    // The reply to one request; nullopt when none came within timeoutMs.
    std::optional<protocol::RpcMessage> call(const QString& method, const QJsonObject& params = {},
                                             int timeoutMs = 10000);
    // status.get's result, or an empty object.
    QJsonObject status();
    // Waits up to timeoutMs for more notifications; returns all received so far.
    QList<protocol::RpcMessage> notifications(int waitMs = 0);

private:
    bool readSome(int timeoutMs);

    QLocalSocket m_socket;
    protocol::LineBuffer m_lines;
    QList<protocol::RpcMessage> m_notifications;
    QList<protocol::RpcMessage> m_replies;
    qint64 m_nextId = 1;
};

} // namespace twinha::tests
