#include "agentlink/StatusDigest.h"

#include <QJsonArray>
#include <QSet>

namespace twinha::agentlink {

namespace {
const QSet<QString>& volatileKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("sent_at"),     QStringLiteral("uptime_s"),      QStringLiteral("system_uptime_s"),
        QStringLiteral("load"),        QStringLiteral("silence_ms"),    QStringLiteral("rtt_ms"),
        QStringLiteral("rtt_last_ms"), QStringLiteral("loss_pct"),      QStringLiteral("last_heard_ms"),
        QStringLiteral("sent"),        QStringLiteral("received"),      QStringLiteral("lag_s"),
        QStringLiteral("lag_bytes"),   QStringLiteral("pending_files"), QStringLiteral("pending_bytes"),
        QStringLiteral("last_sync"),   QStringLiteral("last_check"),    QStringLiteral("last_operation_ms"),
        QStringLiteral("entries"),     QStringLiteral("forged"),        QStringLiteral("replayed"),
        QStringLiteral("malformed"),   QStringLiteral("last_probe"),    QStringLiteral("rtt_avg_ms"),
        QStringLiteral("probed_at"),
    };
    return keys;
}

QJsonValue strip(const QJsonValue& v);

QJsonObject stripObject(const QJsonObject& o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!volatileKeys().contains(it.key()))
            out.insert(it.key(), strip(it.value()));
    return out;
}

QJsonValue strip(const QJsonValue& v)
{
    if (v.isObject())
        return stripObject(v.toObject());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(strip(e));
        return out;
    }
    return v;
}
} // namespace

QJsonObject statusDigest(const QJsonObject& status)
{
    return stripObject(status);
}

} // namespace twinha::agentlink
