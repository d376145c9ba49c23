#pragma once

#include <QByteArray>
#include <QString>

namespace twinha::agent {

// The rsync daemon's user and password for a mirror channel. The password is derived from the
// cluster key, so the key stays the only secret the operator has to place on both nodes.
class MirrorSecret
{
public:
    static QString user() { return QStringLiteral("twinha"); }
    static QString module(const QString& channel) { return QStringLiteral("twinha-") + channel; }
    // hex(HMAC-SHA256(cluster key, "mirror:" + channel))
    static QByteArray password(const QByteArray& clusterKey, const QString& channel);
};

} // namespace twinha::agent
