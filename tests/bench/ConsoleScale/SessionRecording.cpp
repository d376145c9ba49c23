#include "tests/bench/ConsoleScale/SessionRecording.h"

#include "agentlink/protocol/Methods.h"
#include "agentlink/protocol/NodeStatus.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace twinha::bench {

using protocol::RpcMessage;

namespace {
const QString kEvents = QStringLiteral("events");

QString idKey(const QJsonValue& id)
{
    return id.isString() ? QLatin1Char('s') + id.toString() : QString::number(id.toInteger());
}
} // namespace

QByteArray SessionRecording::entry(qint64 atMs, bool fromConsole, const QByteArray& line)
{
    const QJsonObject e{{QStringLiteral("t"), atMs},
                        {QStringLiteral("from"), fromConsole ? QStringLiteral("console") : QStringLiteral("agent")},
                        {QStringLiteral("line"), QString::fromUtf8(line)}};
    return QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
}

bool SessionRecording::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QHash<QString, QString> methodById; // the console's requests, to name what each answer answers
    qint64 subscribedAt = -1;
    qint64 lastAt = 0;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++lineNo;
        if (text.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(text).object();
        const auto msg = RpcMessage::parse(e.value(QStringLiteral("line")).toString().toUtf8());
        if (!msg) {
            *error = QStringLiteral("%1:%2: not a recorded message").arg(path).arg(lineNo);
            return false;
        }
        const qint64 at = e.value(QStringLiteral("t")).toInteger();
        lastAt = std::max(lastAt, at);
        switch (msg->kind) {
        case RpcMessage::Kind::Request:
            methodById.insert(idKey(msg->id), msg->method);
            if (msg->method == QLatin1String(protocol::methods::kStatusSubscribe) && subscribedAt < 0)
                subscribedAt = at;
            break;
        case RpcMessage::Kind::Notification:
            if (subscribedAt >= 0 && e.value(QStringLiteral("from")).toString() == QLatin1String("agent"))
                m_notifications.append({at - subscribedAt, *msg});
            break;
        case RpcMessage::Kind::Result:
        case RpcMessage::Kind::Error: {
            const QString answered = methodById.value(idKey(msg->id));
            if (answered.isEmpty())
                break;
            if (!m_answers.contains(answered))
                m_answers.insert(answered, *msg);
            if (answered == QLatin1String(protocol::methods::kEventsList))
                for (const QJsonValue& ev : msg->result[kEvents].toArray())
                    m_events.insert(ev[QStringLiteral("seq")].toInteger(), ev);
            break;
        }
        }
    }
    if (m_answers.isEmpty()) {
        *error = path + QStringLiteral(": the recording holds no answer from an agent");
        return false;
    }
    m_periodMs = std::max<qint64>(1000, lastAt - std::max<qint64>(0, subscribedAt));
    return true;
}

std::optional<RpcMessage> SessionRecording::answer(const RpcMessage& request) const
{
    const auto it = m_answers.constFind(request.method);
    if (it == m_answers.constEnd())
        return std::nullopt;
    if (it->kind == RpcMessage::Kind::Error)
        return RpcMessage::errorFor(request.id, it->error);
    QJsonValue result = it->result;
    if (request.method == QLatin1String(protocol::methods::kEventsList)) {
        // Paged by "after" and "limit", cut from every event the recording holds: a console that
        // follows the journal gets each event once, as from a live agent.
        const qint64 after = request.params.value(QStringLiteral("after")).toInteger(0);
        const qint64 limit = std::max<qint64>(1, request.params.value(QStringLiteral("limit")).toInteger(100));
        QJsonArray page;
        for (auto ev = m_events.upperBound(after); ev != m_events.end() && page.size() < limit; ++ev)
            page.append(*ev);
        QJsonObject o = result.toObject();
        o.insert(kEvents, page);
        result = o;
    }
    return RpcMessage::resultFor(request.id, result);
}

RpcMessage replayedNotification(RpcMessage msg)
{
    if (msg.method == QLatin1String(protocol::methods::kStatusChanged)) {
        protocol::NodeStatus status = protocol::NodeStatus::fromJson(msg.params);
        status.sentAt = QDateTime::currentDateTimeUtc();
        msg.params = status.toJson();
    }
    return msg;
}

} // namespace twinha::bench
