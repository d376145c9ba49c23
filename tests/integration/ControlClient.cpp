#include "tests/integration/ControlClient.h"

#include "agentlink/protocol/ProtocolVersion.h"

#include <QDeadlineTimer>

namespace twinha::tests {

using protocol::RpcMessage;

ControlClient::ControlClient(const QString& socketPath)
    : m_lines(protocol::kMaxLineBytes)
{
    m_socket.connectToServer(socketPath);
    m_socket.waitForConnected(3000);
}

bool ControlClient::readSome(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    for (const QByteArray& line : m_lines.append(m_socket.readAll())) {
        const std::optional<RpcMessage> m = RpcMessage::parse(line);
        if (!m)
            continue;
        if (m->kind == RpcMessage::Kind::Notification)
            m_notifications << *m;
        else
            m_replies << *m;
    }
    return true;
}

std::optional<RpcMessage> ControlClient::call(const QString& method, const QJsonObject& params, int timeoutMs)
{
    const qint64 id = m_nextId++;
    m_socket.write(RpcMessage::request(id, method, params).toLine());
    m_socket.flush();
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        for (int i = 0; i < m_replies.size(); ++i)
            if (m_replies[i].id.toInteger() == id)
                return m_replies.takeAt(i);
        if (deadline.hasExpired() || !isConnected())
            return std::nullopt;
        readSome(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

QJsonObject ControlClient::status()
{
    const std::optional<RpcMessage> reply = call(QStringLiteral("status.get"));
    return reply && reply->kind == RpcMessage::Kind::Result ? reply->result.toObject() : QJsonObject();
}

QList<RpcMessage> ControlClient::notifications(int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && readSome(int(std::max<qint64>(1, deadline.remainingTime()))))
        ;
    return m_notifications;
}

} // namespace twinha::tests
