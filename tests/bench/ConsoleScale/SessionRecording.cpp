#include "tests/bench/ConsoleScale/SessionRecording.h"

#include "agentlink/protocol/Methods.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace twinha::bench {

namespace {
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kResult = QStringLiteral("result");
const QString kEvents = QStringLiteral("events");
const QString kSeq = QStringLiteral("seq");

QString idKey(const QJsonValue& id)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact));
}

// events.list is paged by "after" and "limit": its answer is cut from every event the recording
// holds, so that a console following the journal gets each event once, as from a live agent.
QJsonObject eventsAnswer(const QJsonObject& recorded, const QMap<qint64, QJsonValue>& events, const QJsonObject& params)
{
    const qint64 after = params.value(QStringLiteral("after")).toInteger(0);
    const qint64 limit = std::max<qint64>(1, params.value(QStringLiteral("limit")).toInteger(100));
    QJsonArray page;
    for (auto it = events.upperBound(after); it != events.end() && page.size() < limit; ++it)
        page.append(*it);
    QJsonObject result = recorded.value(kResult).toObject();
    result.insert(kEvents, page);
    QJsonObject answer = recorded;
    answer.insert(kResult, result);
    return answer;
}
} // namespace

QByteArray SessionRecording::entry(qint64 atMs, bool fromConsole, const QByteArray& line)
{
    return QByteArrayLiteral("{\"t\":") + QByteArray::number(atMs) + QByteArrayLiteral(",\"from\":\"") +
           (fromConsole ? QByteArrayLiteral("console") : QByteArrayLiteral("agent")) +
           QByteArrayLiteral("\",\"msg\":") + line + QByteArrayLiteral("}\n");
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
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        const QJsonObject msg = e.value(QStringLiteral("msg")).toObject();
        if (msg.isEmpty()) {
            *error = QStringLiteral("%1:%2: not a recorded message").arg(path).arg(lineNo);
            return false;
        }
        const qint64 at = e.value(QStringLiteral("t")).toInteger();
        lastAt = std::max(lastAt, at);
        const bool fromConsole = e.value(QStringLiteral("from")).toString() == QLatin1String("console");
        const QString method = msg.value(kMethod).toString();
        if (fromConsole) {
            if (msg.contains(kId))
                methodById.insert(idKey(msg.value(kId)), method);
            if (method == QLatin1String(protocol::methods::kStatusSubscribe) && subscribedAt < 0)
                subscribedAt = at;
            continue;
        }
        if (!msg.contains(kId)) {
            if (subscribedAt >= 0)
                m_notifications.append({at - subscribedAt, msg});
            continue;
        }
        const QString answered = methodById.value(idKey(msg.value(kId)));
        if (answered.isEmpty())
            continue;
        if (!m_answers.contains(answered))
            m_answers.insert(answered, msg);
        if (answered == QLatin1String(protocol::methods::kEventsList))
            for (const QJsonValue& ev : msg.value(kResult).toObject().value(kEvents).toArray())
                m_events.insert(ev.toObject().value(kSeq).toInteger(), ev);
    }
    if (m_answers.isEmpty()) {
        *error = path + QStringLiteral(": the recording holds no answer from an agent");
        return false;
    }
    m_periodMs = std::max<qint64>(1000, lastAt - std::max<qint64>(0, subscribedAt));
    return true;
}

std::optional<QJsonObject> SessionRecording::answer(const QJsonObject& request) const
{
    const QString method = request.value(kMethod).toString();
    const auto it = m_answers.constFind(method);
    if (it == m_answers.constEnd())
        return std::nullopt;
    QJsonObject answer = *it;
    if (method == QLatin1String(protocol::methods::kEventsList))
        answer = eventsAnswer(answer, m_events, request.value(kParams).toObject());
    answer.insert(kId, request.value(kId));
    return answer;
}

QJsonObject replayedNotification(QJsonObject msg)
{
    if (msg.value(kMethod).toString() != QLatin1String(protocol::methods::kStatusChanged))
        return msg;
    QJsonObject status = msg.value(kParams).toObject();
    status.insert(QStringLiteral("sent_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    msg.insert(kParams, status);
    return msg;
}

} // namespace twinha::bench
