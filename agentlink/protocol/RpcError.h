#pragma once

#include <QJsonObject>
#include <QString>

namespace twinha::protocol {

// A typed error: a stable code plus its parameters. On the wire it is a JSON-RPC error object
// whose "message" is the code and whose "data" holds {"code": ..., <params>}.
struct RpcError
{
    QString code;
    QJsonObject params;
    int rpcCode = -32000; // JSON-RPC numeric code; -32000 is "server error"

    bool isNull() const { return code.isEmpty(); }
    QJsonObject toJson() const;
    static RpcError fromJson(const QJsonObject& error);
    static RpcError make(const QString& code, const QJsonObject& params = {});
};

} // namespace twinha::protocol
