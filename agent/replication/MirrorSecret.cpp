#include "agent/replication/MirrorSecret.h"

#include <QMessageAuthenticationCode>

namespace twinha::agent {

QByteArray MirrorSecret::password(const QByteArray& clusterKey, const QString& channel)
{
    // A purpose prefix keeps this key apart from every other use of the cluster key (heartbeats).
    return QMessageAuthenticationCode::hash(QByteArray("mirror:" + channel.toUtf8()), clusterKey,
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace twinha::agent
