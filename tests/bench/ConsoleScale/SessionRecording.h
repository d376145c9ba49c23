#pragma once

#include "agentlink/protocol/RpcMessage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace twinha::bench {

// A real agent's session as the console saw it, recorded by `twinha-session-player record`: one
// JSON object per line, {"t": ms since the session began, "from": "console" | "agent", "line": the
// line as it crossed the channel}. A replay answers each request with the agent's recorded answer
// to the same method, and plays the agent's notifications at their recorded times.
class SessionRecording
{
public:
    struct Notification
    {
        qint64 atMs = 0; // after the console subscribed
        protocol::RpcMessage msg;
    };

    // False, with the reason in *error, when the file cannot be read or holds no answer.
    bool load(const QString& path, QString* error);

    // The recorded answer to a request of this method, with the request's id; nullopt when the
    // recording holds none (the player then answers the protocol's "method not found").
    std::optional<protocol::RpcMessage> answer(const protocol::RpcMessage& request) const;
    // The agent's notifications after the first status.subscribe, in order; their times count from it.
    const QList<Notification>& notifications() const { return m_notifications; }
    // How long the notifications' timeline runs before it starts again.
    qint64 periodMs() const { return m_periodMs; }

    // One recorded line, as `record` writes it.
    static QByteArray entry(qint64 atMs, bool fromConsole, const QByteArray& line);

private:
    QHash<QString, protocol::RpcMessage> m_answers; // by the method of the request they answered
    QMap<qint64, QJsonValue> m_events;              // every journal entry events.list answered, by seq
    QList<Notification> m_notifications;
    qint64 m_periodMs = 0;
};

// A notification as it is played now: a status carries the present time, as a live agent's would.
protocol::RpcMessage replayedNotification(protocol::RpcMessage msg);

} // namespace twinha::bench
