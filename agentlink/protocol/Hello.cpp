#include "agentlink/protocol/Hello.h"

#include "agentlink/protocol/ProtocolVersion.h"

#include <QJsonArray>

namespace twinha::protocol {

namespace {
QJsonObject versionObject(int major, int minor)
{
    return {{QStringLiteral("major"), major}, {QStringLiteral("minor"), minor}};
}
} // namespace

QJsonObject Hello::toJson() const
{
    return {
        {QStringLiteral("protocol"), versionObject(protocolMajor, protocolMinor)},
        {QStringLiteral("agent_version"), agentVersion},
        {QStringLiteral("node"), node},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)},
    };
}

Hello Hello::fromJson(const QJsonObject& o)
{
    Hello h;
    const QJsonObject p = o.value(QStringLiteral("protocol")).toObject();
    h.protocolMajor = p.value(QStringLiteral("major")).toInt();
    h.protocolMinor = p.value(QStringLiteral("minor")).toInt();
    h.agentVersion = o.value(QStringLiteral("agent_version")).toString();
    h.node = o.value(QStringLiteral("node")).toString();
    h.cluster = o.value(QStringLiteral("cluster")).toString();
    for (const QJsonValue& c : o.value(QStringLiteral("capabilities")).toArray())
        h.capabilities << c.toString();
    return h;
}

bool Hello::isCompatible() const
{
    return protocolMajor == kProtocolMajor;
}

QJsonObject helloParams(const QString& clientName)
{
    return {{QStringLiteral("protocol"), versionObject(kProtocolMajor, kProtocolMinor)},
            {QStringLiteral("client"), clientName}};
}

} // namespace twinha::protocol
