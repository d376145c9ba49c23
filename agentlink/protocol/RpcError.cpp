#include "agentlink/protocol/RpcError.h"

#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::protocol {

namespace {
int standardRpcCode(const QString& code)
{
    if (code == QLatin1String(codes::kParseError))
        return -32700;
    if (code == QLatin1String(codes::kInvalidRequest))
        return -32600;
    if (code == QLatin1String(codes::kMethodNotFound))
        return -32601;
    if (code == QLatin1String(codes::kInvalidParams))
        return -32602;
    if (code == QLatin1String(codes::kInternalError))
        return -32603;
    return -32000;
}
} // namespace

RpcError RpcError::make(const QString& code, const QJsonObject& params)
{
    return RpcError{code, params, standardRpcCode(code)};
}

QJsonObject RpcError::toJson() const
{
    QJsonObject data = params;
    data.insert(QStringLiteral("code"), code);
    return QJsonObject{
        {QStringLiteral("code"), rpcCode}, {QStringLiteral("message"), code}, {QStringLiteral("data"), data}};
}

RpcError RpcError::fromJson(const QJsonObject& error)
{
    RpcError e;
    e.rpcCode = error.value(QStringLiteral("code")).toInt(-32000);
    QJsonObject data = error.value(QStringLiteral("data")).toObject();
    e.code = data.value(QStringLiteral("code")).toString();
    if (e.code.isEmpty()) // a foreign JSON-RPC peer: fall back to its message
        e.code = error.value(QStringLiteral("message")).toString(QString::fromLatin1(codes::kInternalError));
    data.remove(QStringLiteral("code"));
    e.params = data;
    return e;
}

} // namespace twinha::protocol
