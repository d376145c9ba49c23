#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace twinha::protocol {

// One JSON-RPC 2.0 message: exactly one JSON object per line on the link.
struct RpcMessage
{
    enum class Kind
    {
        Request,
        Notification,
        Result,
        Error
    };

    Kind kind = Kind::Notification;
    QJsonValue id; // integer or string for requests and responses; undefined for notifications
    QString method;
    QJsonObject params;
    QJsonValue result;
    RpcError error;

    static RpcMessage request(qint64 id, const QString& method, const QJsonObject& params = {});
    static RpcMessage notification(const QString& method, const QJsonObject& params = {});
    static RpcMessage resultFor(const QJsonValue& id, const QJsonValue& result);
    static RpcMessage errorFor(const QJsonValue& id, const RpcError& error);
    // The reply to a request whose parameters are wrong: INVALID_PARAMS {detail}.
    static RpcMessage invalidParams(const RpcMessage& request, const QString& detail);

    // Serialises to compact JSON followed by '\n'.
    QByteArray toLine() const;

    // Parses one line (without or with its trailing newline). On failure returns nullopt and sets
    // *error to PARSE_ERROR, INVALID_REQUEST or LINE_TOO_LONG with a short "detail" parameter.
    static std::optional<RpcMessage> parse(const QByteArray& line, RpcError* error = nullptr);
};

} // namespace twinha::protocol
