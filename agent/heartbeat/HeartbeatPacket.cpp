#include "agent/heartbeat/HeartbeatPacket.h"

#include "agent/heartbeat/SignedDatagram.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <chrono>

namespace twinha::agent {

namespace {
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

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

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
    if (mono >= 0)
        o.insert(QStringLiteral("mono"), mono);
    if (!echo.isNull()) {
        o.insert(QStringLiteral("echo"), QJsonObject{{QStringLiteral("seq"), echo.seq},
                                                     {QStringLiteral("sent"), echo.sent},
                                                     {QStringLiteral("held_ms"), echo.heldMs}});
    }
    return SignedDatagram::seal(magic(), QJsonDocument(o).toJson(QJsonDocument::Compact), key, kMaxDatagramBytes);
}

HeartbeatPacket::DecodeResult HeartbeatPacket::decode(const QByteArray& datagram, const QString& cluster,
                                                      const QByteArray& key, HeartbeatPacket* packet)
{
    QByteArray json;
    switch (SignedDatagram::open(datagram, magic(), key, kMaxDatagramBytes, &json)) {
    case SignedDatagram::Result::Malformed:
        return DecodeResult::Malformed;
    case SignedDatagram::Result::Forged:
        return DecodeResult::Forged;
    case SignedDatagram::Result::Ok:
        break;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return DecodeResult::Malformed;
    const QJsonObject o = doc.object();
    if (count(o, QStringLiteral("v")) != kVersion || !o.value(QStringLiteral("cluster")).isString())
        return DecodeResult::Malformed;
    if (o.value(QStringLiteral("cluster")).toString() != cluster)
        return DecodeResult::WrongCluster;

    static const QRegularExpression bootId(QStringLiteral("^[0-9a-f]{16}\\z"));
    HeartbeatPacket p;
    p.cluster = cluster;
    p.from = o.value(QStringLiteral("from")).toString();
    p.link = o.value(QStringLiteral("link")).toString();
    p.boot = o.value(QStringLiteral("boot")).toString();
    p.bootTime = count(o, QStringLiteral("boot_time"));
    p.seq = count(o, QStringLiteral("seq"));
    p.sent = count(o, QStringLiteral("sent"));
    const bool hasMono = o.contains(QStringLiteral("mono"));
    p.mono = hasMono ? count(o, QStringLiteral("mono")) : -1;
    const QJsonValue payload = o.value(QStringLiteral("p"));
    p.payload = payload.toObject();
    if (p.from.isEmpty() || p.link.isEmpty() || !bootId.match(p.boot).hasMatch() || p.bootTime < 0 || p.seq < 1 ||
        p.sent < 0 || (hasMono && p.mono < 0) || !(payload.isObject() || payload.isUndefined()) ||
        !readEcho(o.value(QStringLiteral("echo")), &p.echo))
        return DecodeResult::Malformed;
    if (packet)
        *packet = p;
    return DecodeResult::Ok;
}

} // namespace twinha::agent
