#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace twinha::protocol {

// An SSH key's fingerprint as OpenSSH prints it: "SHA256:" and the base64 of the SHA-256 of the
// key blob, without padding. `base64Blob`: the second field of a known_hosts or .pub line.
inline QString sshFingerprint(const QByteArray& base64Blob)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromBase64(base64Blob), QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace twinha::protocol
