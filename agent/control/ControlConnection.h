#pragma once

#include "agent/coordinator/ClientCredentials.h"
#include "agentlink/protocol/LineBuffer.h"
#include "agentlink/protocol/RpcMessage.h"

#include <QObject>

class QLocalSocket;

namespace twinha::agent {

class ControlMethods;

// One client of the control socket: reads newline-delimited JSON-RPC, answers requests through
// ControlMethods, and carries status pushes once subscribed. A bad line gets an error reply; the
// connection stays open, because one bad message should not cost the console its session. Who the
// client is comes from the kernel when it connects (SO_PEERCRED) and decides what it may call.
class ControlConnection : public QObject
{
    Q_OBJECT

public:
    // A client that stops reading is dropped once this much output is waiting for it.
    static constexpr qint64 kMaxPendingBytes = 8 * 1024 * 1024;

    ControlConnection(QLocalSocket* socket, const ControlMethods* methods, int id,
                      const QString& operatorsGroup = QString(), QObject* parent = nullptr);

    int id() const { return m_id; }
    const ClientCredentials& client() const { return m_client; }
    bool isSubscribed() const { return m_subscribed; }
    void send(const protocol::RpcMessage& message);
    // After a config reload: the new daemon's methods answer this client's next requests.
    void setMethods(const ControlMethods* methods) { m_methods = methods; }

Q_SIGNALS:
    void closed(twinha::agent::ControlConnection* connection);

private:
    void onReadyRead();
    void handleLine(const QByteArray& line);
    static QJsonValue idOf(const QByteArray& line);

    QLocalSocket* m_socket;
    const ControlMethods* m_methods;
    int m_id;
    protocol::LineBuffer m_buffer;
    bool m_subscribed = false;
    ClientCredentials m_client;
};

} // namespace twinha::agent
