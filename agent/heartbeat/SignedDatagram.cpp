#include "agent/heartbeat/SignedDatagram.h"

#include <QMessageAuthenticationCode>

namespace twinha::agent {

namespace {
// Compares in time independent of where the first difference is, so a forger learns nothing from
// how quickly a guess is refused.
bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray macOf(QByteArrayView signedPart, const QByteArray& key)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(signedPart.data(), signedPart.size());
    return mac.result();
}
} // namespace

QByteArray SignedDatagram::seal(QByteArrayView magic, const QByteArray& json, const QByteArray& key, qsizetype maxBytes)
{
    QByteArray datagram = magic.toByteArray();
    datagram.append(json);
    datagram.append(macOf(datagram, key));
    return datagram.size() > maxBytes ? QByteArray() : datagram;
}

SignedDatagram::Result SignedDatagram::open(const QByteArray& datagram, QByteArrayView magic, const QByteArray& key,
                                            qsizetype maxBytes, QByteArray* json)
{
    const qsizetype jsonSize = datagram.size() - magic.size() - kMacBytes;
    if (jsonSize < 2 || datagram.size() > maxBytes || !datagram.startsWith(magic))
        return Result::Malformed;
    const QByteArrayView signedPart = QByteArrayView(datagram).first(datagram.size() - kMacBytes);
    // Framing only, no parsing: a cut-off datagram is reported as damaged rather than as an attack.
    if (!signedPart.endsWith('}') || signedPart.at(magic.size()) != '{')
        return Result::Malformed;
    if (!equalInConstantTime(macOf(signedPart, key), QByteArrayView(datagram).last(kMacBytes)))
        return Result::Forged;
    if (json)
        *json = datagram.mid(magic.size(), jsonSize);
    return Result::Ok;
}

} // namespace twinha::agent
