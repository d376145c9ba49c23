#include "agent/replication/CommandReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace twinha::agent {

std::optional<CommandReport> CommandReport::parse(const QByteArray& output, QString* detail)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *detail = error.error != QJsonParseError::NoError ? QStringLiteral("not JSON: ") + error.errorString()
                                                          : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    CommandReport r;
    const QJsonValue lag = o.value(QStringLiteral("lag_s"));
    if (!lag.isDouble() || lag.toDouble() < 0) {
        *detail = QStringLiteral("lag_s is missing or not a number >= 0");
        return std::nullopt;
    }
    r.lagS = lag.toDouble();
    const QJsonValue bytes = o.value(QStringLiteral("lag_bytes"));
    if (bytes.isDouble() && bytes.toDouble() >= 0) {
        r.lagBytes = bytes.toDouble();
    } else if (!bytes.isUndefined() && !bytes.isNull()) {
        *detail = QStringLiteral("lag_bytes is not a number >= 0");
        return std::nullopt;
    }
    const QJsonValue lastSync = o.value(QStringLiteral("last_sync"));
    if (lastSync.isString()) {
        r.lastSync = QDateTime::fromString(lastSync.toString(), Qt::ISODateWithMs);
        if (!r.lastSync.isValid()) {
            *detail = QStringLiteral("last_sync is not an ISO 8601 time");
            return std::nullopt;
        }
    } else if (!lastSync.isUndefined() && !lastSync.isNull()) {
        *detail = QStringLiteral("last_sync is not a string");
        return std::nullopt;
    }
    static const QStringList kStates{QStringLiteral("in_sync"), QStringLiteral("syncing"), QStringLiteral("lagging"),
                                     QStringLiteral("error"), QStringLiteral("unknown")};
    const QJsonValue state = o.value(QStringLiteral("state"));
    if (state.isString() && kStates.contains(state.toString())) {
        r.state = state.toString();
    } else if (!state.isUndefined() && !state.isNull()) {
        *detail = QStringLiteral("state is not one of ") + kStates.join(QLatin1Char('|'));
        return std::nullopt;
    }
    return r;
}

} // namespace twinha::agent
