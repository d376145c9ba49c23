#include "agent/heartbeat/HeartbeatPacket.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

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

// A whole number >= 0, or -1.
qint64 count(const QJsonObject& o, const QString& name)
{
    const QJsonValue v = o.value(name);
    return v.isDouble() ? v.toInteger(-1) : -1;
}

bool readEcho(const QJsonValue& value, HeartbeatPacket::Echo* echo)
{
    if (value.isUndefined())
        return true;
    const QJsonObject o = value.toObject();
    echo->seq = count(o, QStringLiteral("seq"));
    echo->sent = count(o, QStringLiteral("sent"));
    echo->heldMs = count(o, QStringLiteral("held_ms"));
    return value.isObject() && echo->seq >= 0 && echo->sent >= 0 && echo->heldMs >= 0;
}
} // namespace

const QByteArray& HeartbeatPacket::magic()
{
    static const QByteArray m("THB1");
    return m;
}

QByteArray HeartbeatPacket::encode(const QByteArray& key) const
{
    QJsonObject o{
        {QStringLiteral("v"), kVersion}, {QStringLiteral("cluster"), cluster}, {QStringLiteral("from"), from},
        {QStringLiteral("link"), link},  {QStringLiteral("boot"), boot},       {QStringLiteral("boot_time"), bootTime},
        {QStringLiteral("seq"), seq},    {QStringLiteral("sent"), sent},       {QStringLiteral("p"), payload}};
    if (!echo.isNull()) {
        o.insert(QStringLiteral("echo"), QJsonObject{{QStringLiteral("seq"), echo.seq},
                                                     {QStringLiteral("sent"), echo.sent},
                                                     {QStringLiteral("held_ms"), echo.heldMs}});
    }
    QByteArray datagram = magic();
    datagram.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    datagram.append(macOf(datagram, key));
    return datagram.size() > kMaxDatagramBytes ? QByteArray() : datagram;
}

HeartbeatPacket::DecodeResult HeartbeatPacket::decode(const QByteArray& datagram, const QString& cluster,
                                                      const QByteArray& key, HeartbeatPacket* packet)
{
    const qsizetype jsonSize = datagram.size() - magic().size() - kMacBytes;
    if (jsonSize < 2 || datagram.size() > kMaxDatagramBytes || !datagram.startsWith(magic()))
        return DecodeResult::Malformed;
    const QByteArrayView signedPart = QByteArrayView(datagram).first(datagram.size() - kMacBytes);
    // Framing only, no parsing: a cut-off datagram is reported as damaged rather than as an attack.
    if (!signedPart.endsWith('}') || signedPart.at(magic().size()) != '{')
        return DecodeResult::Malformed;
    if (!equalInConstantTime(macOf(signedPart, key), QByteArrayView(datagram).last(kMacBytes)))
        return DecodeResult::Forged;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(datagram.mid(magic().size(), jsonSize), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return DecodeResult::Malformed;
    const QJsonObject o = doc.object();
    if (count(o, QStringLiteral("v")) != kVersion || !o.value(QStringLiteral("cluster")).isString())
        return DecodeResult::Malformed;
    if (o.value(QStringLiteral("cluster")).toString() != cluster)
        return DecodeResult::WrongCluster;

    static const QRegularExpression bootId(QStringLiteral("^[0-9a-f]{16}$"));
    HeartbeatPacket p;
    p.cluster = cluster;
    p.from = o.value(QStringLiteral("from")).toString();
    p.link = o.value(QStringLiteral("link")).toString();
    p.boot = o.value(QStringLiteral("boot")).toString();
    p.bootTime = count(o, QStringLiteral("boot_time"));
    p.seq = count(o, QStringLiteral("seq"));
    p.sent = count(o, QStringLiteral("sent"));
    const QJsonValue payload = o.value(QStringLiteral("p"));
    p.payload = payload.toObject();
    if (p.from.isEmpty() || p.link.isEmpty() || !bootId.match(p.boot).hasMatch() || p.bootTime < 0 || p.seq < 1 ||
        p.sent < 0 || !(payload.isObject() || payload.isUndefined()) ||
        !readEcho(o.value(QStringLiteral("echo")), &p.echo))
        return DecodeResult::Malformed;
    if (packet)
        *packet = p;
    return DecodeResult::Ok;
}

} // namespace twinha::agent
