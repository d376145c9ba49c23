#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace twinha::protocol {

// The agent's answer to "hello": who it is and what it speaks.
struct Hello
{
    int protocolMajor = 0;
    int protocolMinor = 0;
    QString agentVersion;
    QString node;
    QString cluster;
    QStringList capabilities;

    QJsonObject toJson() const;
    static Hello fromJson(const QJsonObject& o);

    // The console speaks exactly one major version; any minor of it is fine.
    bool isCompatible() const;
};

// The parameters the console sends with "hello".
QJsonObject helloParams(const QString& clientName);

} // namespace twinha::protocol
