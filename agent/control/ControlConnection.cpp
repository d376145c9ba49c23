#include "agent/control/ControlConnection.h"

#include "agent/AgentLog.h"
#include "agent/control/ControlMethods.h"
#include "agentlink/protocol/ActorName.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/ProtocolVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QPointer>

namespace twinha::agent {

using protocol::RpcError;
using protocol::RpcMessage;

ControlConnection::ControlConnection(QLocalSocket* socket, const ControlMethods* methods, int id,
                                     const QString& operatorsGroup, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_methods(methods)
    , m_id(id)
    , m_buffer(protocol::kMaxLineBytes)
    , m_client(ClientCredentials::fromSocket(int(socket->socketDescriptor()), operatorsGroup))
{
    AgentLog::get("agent.control")
        ->debug("client {}: uid {} ({}), pid {}, {}", m_id, m_client.uid, m_client.user.toStdString(), m_client.pid,
                m_client.roleName().toStdString());
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &ControlConnection::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] { Q_EMIT closed(this); });
}

void ControlConnection::send(const RpcMessage& message)
{
    if (m_socket->state() != QLocalSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > kMaxPendingBytes) {
        AgentLog::get("agent.control")->warn("client {} is not reading; dropping it", m_id);
        m_socket->abort();
        return;
    }
    m_socket->write(message.toLine());
}

void ControlConnection::onReadyRead()
{
    const QList<QByteArray> lines = m_buffer.append(m_socket->readAll());
    if (const int overflows = m_buffer.takeOverflowCount(); overflows > 0) {
        const RpcError e = RpcError::make(QString::fromLatin1(protocol::codes::kLineTooLong),
                                          {{QStringLiteral("limit"), protocol::kMaxLineBytes}});
        for (int i = 0; i < overflows; ++i)
            send(RpcMessage::errorFor(QJsonValue(QJsonValue::Null), e));
    }
    for (const QByteArray& line : lines)
        handleLine(line);
}

void ControlConnection::handleLine(const QByteArray& line)
{
    RpcError error;
    const std::optional<RpcMessage> message = RpcMessage::parse(line, &error);
    if (!message) {
        AgentLog::get("agent.control")->info("client {}: rejected a line: {}", m_id, error.code.toStdString());
        send(RpcMessage::errorFor(idOf(line), error));
        return;
    }
    // The session bridge says once where the SSH client is; the journal names operators by it.
    if (message->kind == RpcMessage::Kind::Notification &&
        message->method == QLatin1String(protocol::methods::kSessionInfo)) {
        m_client.sshClient =
            protocol::ActorName::sshClientAddress(message->params.value(QStringLiteral("ssh_client")).toString());
        return;
    }
    // Notifications get no reply (JSON-RPC), and this side never sent requests to answer.
    if (message->kind != RpcMessage::Kind::Request)
        return;
    // Methods that wait for a command or a folder walk answer later, if we are still connected.
    QPointer<ControlConnection> self(this);
    if (m_methods->handleDeferred(*message, m_client, [self](const RpcMessage& reply) {
            if (self)
                self->send(reply);
        }))
        return;
    bool subscribe = false;
    const RpcMessage reply = m_methods->handle(*message, m_client, &subscribe);
    send(reply);
    if (subscribe && !m_subscribed) {
        m_subscribed = true;
        AgentLog::get("agent.control")->debug("client {} subscribed to status", m_id);
    }
}

QJsonValue ControlConnection::idOf(const QByteArray& line)
{
    // An invalid request may still carry a usable id; replying with it lets the client match it.
    const QJsonValue id = QJsonDocument::fromJson(line).object().value(QStringLiteral("id"));
    return id.isDouble() || id.isString() ? id : QJsonValue(QJsonValue::Null);
}

} // namespace twinha::agent
