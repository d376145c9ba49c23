#include "ui/wizard/DefaultLinkAddress.h"

#include <QJsonArray>

namespace twinha::ui {

QString defaultLinkAddress(const QJsonObject& facts, const QString& sshAddress)
{
    QString firstUsable;
    QString loopback;
    for (const QJsonValue& v : facts.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject iface = v.toObject();
        const bool isLoopback = iface.value(QStringLiteral("loopback")).toBool();
        const bool up = iface.value(QStringLiteral("up")).toBool(true);
        for (const QJsonValue& a : iface.value(QStringLiteral("addresses")).toArray()) {
            const QString ip = a.toString().section(QLatin1Char('/'), 0, 0);
            if (ip.isEmpty())
                continue;
            if (isLoopback) {
                if (loopback.isEmpty())
                    loopback = ip;
            } else if (ip.compare(sshAddress, Qt::CaseInsensitive) == 0) {
                return ip; // the console already reaches the node there: most likely the LAN
            } else if (up && firstUsable.isEmpty() && !ip.startsWith(QLatin1String("fe80:"), Qt::CaseInsensitive)) {
                firstUsable = ip; // link-local IPv6 is skipped: it needs an interface scope
            }
        }
    }
    if (!firstUsable.isEmpty())
        return firstUsable;
    return loopback.isEmpty() ? QStringLiteral("127.0.0.1") : loopback;
}

} // namespace twinha::ui
