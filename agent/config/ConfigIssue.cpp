#include "agent/config/ConfigIssue.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QJsonArray>

namespace twinha::agent {

QString ConfigIssue::toString() const
{
    QString s = file % QLatin1Char(':') % QString::number(line) % QLatin1Char(':') % QString::number(column) %
                QLatin1String(": ");
    if (!field.isEmpty())
        s += field % QLatin1String(": ");
    if (severity == Severity::Warning)
        s += QLatin1String("warning: ");
    return s % message();
}

protocol::RpcError ConfigIssue::toError() const
{
    namespace codes = protocol::codes;
    if (is(protocol::rules::kMissing))
        return protocol::RpcError::make(QString::fromLatin1(codes::kConfigFieldMissing),
                                        {{QStringLiteral("field"), field}});
    // The rule's code and arguments, which the console words; the English detail is for people
    // reading the raw reply, and for older consoles.
    QJsonObject params{{QStringLiteral("rule"), rule.code},
                       {QStringLiteral("args"), QJsonArray::fromStringList(rule.args)},
                       {QStringLiteral("detail"), message()}};
    if (field.isEmpty()) {
        params.insert(QStringLiteral("line"), line);
        params.insert(QStringLiteral("column"), column);
        return protocol::RpcError::make(QString::fromLatin1(codes::kConfigSyntax), params);
    }
    params.insert(QStringLiteral("field"), field);
    return protocol::RpcError::make(QString::fromLatin1(codes::kConfigFieldInvalid), params);
}

} // namespace twinha::agent
