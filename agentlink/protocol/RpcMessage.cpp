#include "agentlink/protocol/RpcMessage.h"

#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/ProtocolVersion.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace twinha::protocol {

namespace {
const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");

std::optional<RpcMessage> fail(RpcError* error, const char* code, const QString& detail)
{
    if (error)
        *error = RpcError::make(QString::fromLatin1(code), {{QStringLiteral("detail"), detail}});
    return std::nullopt;
}

bool isValidId(const QJsonValue& id)
{
    return id.isDouble() || id.isString();
}
} // namespace

RpcMessage RpcMessage::request(qint64 id, const QString& method, const QJsonObject& params)
{
    RpcMessage m;
    m.kind = Kind::Request;
    m.id = QJsonValue(id);
    m.method = method;
    m.params = params;
    return m;
}

RpcMessage RpcMessage::notification(const QString& method, const QJsonObject& params)
{
    RpcMessage m;
    m.kind = Kind::Notification;
    m.method = method;
    m.params = params;
    return m;
}

RpcMessage RpcMessage::resultFor(const QJsonValue& id, const QJsonValue& result)
{
    RpcMessage m;
    m.kind = Kind::Result;
    m.id = id;
    m.result = result;
    return m;
}

RpcMessage RpcMessage::errorFor(const QJsonValue& id, const RpcError& error)
{
    RpcMessage m;
    m.kind = Kind::Error;
    m.id = id;
    m.error = error;
    return m;
}

RpcMessage RpcMessage::invalidParams(const RpcMessage& request, const QString& detail)
{
    return errorFor(request.id,
                    RpcError::make(QString::fromLatin1(codes::kInvalidParams), {{QStringLiteral("detail"), detail}}));
}

QByteArray RpcMessage::toLine() const
{
    QJsonObject o{{kJsonRpc, QStringLiteral("2.0")}};
    switch (kind) {
    case Kind::Request:
        o.insert(kId, id);
        [[fallthrough]];
    case Kind::Notification:
        o.insert(kMethod, method);
        if (!params.isEmpty())
            o.insert(kParams, params);
        break;
    case Kind::Result:
        o.insert(kId, id);
        o.insert(kResult, result.isUndefined() ? QJsonValue(QJsonObject{}) : result);
        break;
    case Kind::Error:
        o.insert(kId, id.isUndefined() ? QJsonValue(QJsonValue::Null) : id);
        o.insert(kError, error.toJson());
        break;
    }
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

std::optional<RpcMessage> RpcMessage::parse(const QByteArray& rawLine, RpcError* error)
{
    if (rawLine.size() > kMaxLineBytes)
        return fail(error, codes::kLineTooLong, QString::number(rawLine.size()));
    QByteArray line = rawLine.trimmed();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(error, codes::kParseError, pe.errorString());
    if (!doc.isObject())
        return fail(error, codes::kInvalidRequest, QStringLiteral("not an object"));
    const QJsonObject o = doc.object();
    if (o.value(kJsonRpc).toString() != QLatin1String("2.0"))
        return fail(error, codes::kInvalidRequest, QStringLiteral("jsonrpc is not 2.0"));

    RpcMessage m;
    const QJsonValue params = o.value(kParams);
    if (!params.isUndefined() && !params.isObject())
        return fail(error, codes::kInvalidRequest, QStringLiteral("params is not an object"));

    if (o.contains(kMethod)) {
        if (!o.value(kMethod).isString() || o.value(kMethod).toString().isEmpty())
            return fail(error, codes::kInvalidRequest, QStringLiteral("method is not a string"));
        m.method = o.value(kMethod).toString();
        // Only requests and notifications have params: a response's stray params would be kept
        // here and then lost when toLine() relays the message.
        m.params = params.toObject();
        if (o.contains(kId)) {
            if (!isValidId(o.value(kId)))
                return fail(error, codes::kInvalidRequest, QStringLiteral("bad id"));
            m.kind = Kind::Request;
            m.id = o.value(kId);
        } else {
            m.kind = Kind::Notification;
        }
        return m;
    }

    m.id = o.value(kId);
    if (!isValidId(m.id) && !m.id.isNull())
        return fail(error, codes::kInvalidRequest, QStringLiteral("response without a valid id"));
    if (o.contains(kResult)) {
        m.kind = Kind::Result;
        m.result = o.value(kResult);
        return m;
    }
    if (o.value(kError).isObject()) {
        m.kind = Kind::Error;
        m.error = RpcError::fromJson(o.value(kError).toObject());
        return m;
    }
    return fail(error, codes::kInvalidRequest, QStringLiteral("neither method, result nor error"));
}

} // namespace twinha::protocol
