#include "agent/witness/WitnessMessage.h"

#include "agent/heartbeat/SignedDatagram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace twinha::agent {

namespace {
const QByteArray kRequestMagic("TWQ1");
const QByteArray kReplyMagic("TWA1");

std::optional<QJsonObject> openAs(const QByteArray& datagram, const QByteArray& magic, const QByteArray& key)
{
    QByteArray json;
    if (SignedDatagram::open(datagram, magic, key, WitnessRequest::kMaxDatagramBytes, &json) !=
        SignedDatagram::Result::Ok)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInteger(-1) != WitnessRequest::kVersion)
        return std::nullopt;
    return o;
}

QString str(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1String(name)).toString();
}

qint64 num(const QJsonObject& o, const char* name, qint64 fallback = -1)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isDouble() ? v.toInteger(fallback) : fallback;
}

bool isBootId(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{16}\\z"));
    return re.match(s).hasMatch();
}
} // namespace

QByteArray WitnessRequest::encode(const QByteArray& key) const
{
    const QJsonObject o{{QStringLiteral("v"), kVersion},
                        {QStringLiteral("cluster"), cluster},
                        {QStringLiteral("group"), group},
                        {QStringLiteral("node"), node},
                        {QStringLiteral("boot"), boot},
                        {QStringLiteral("seq"), seq},
                        {QStringLiteral("kind"), kind == Kind::Acquire   ? QStringLiteral("acquire")
                                                 : kind == Kind::Release ? QStringLiteral("release")
                                                                         : QStringLiteral("probe")},
                        {QStringLiteral("ttl_ms"), ttlMs},
                        {QStringLiteral("epoch"), epoch}};
    return SignedDatagram::seal(kRequestMagic, QJsonDocument(o).toJson(QJsonDocument::Compact), key, kMaxDatagramBytes);
}

std::optional<WitnessRequest> WitnessRequest::decode(const QByteArray& datagram, const QList<Keyed>& keys)
{
    for (const Keyed& k : keys) {
        const std::optional<QJsonObject> o = openAs(datagram, kRequestMagic, k.key);
        if (!o)
            continue;
        WitnessRequest r;
        r.cluster = str(*o, "cluster");
        r.group = str(*o, "group");
        r.node = str(*o, "node");
        r.boot = str(*o, "boot");
        r.seq = num(*o, "seq");
        const QString kind = str(*o, "kind");
        r.kind = kind == QLatin1String("release") ? Kind::Release
                 : kind == QLatin1String("probe") ? Kind::Probe
                                                  : Kind::Acquire;
        r.ttlMs = num(*o, "ttl_ms");
        r.epoch = num(*o, "epoch", 0);
        // Signed by this cluster's key but naming another: refused, so one cluster's key never
        // speaks for another's leases.
        const bool kindOk =
            kind == QLatin1String("acquire") || kind == QLatin1String("release") || kind == QLatin1String("probe");
        if (r.cluster != k.cluster || r.group.isEmpty() || r.node.isEmpty() || !isBootId(r.boot) || r.seq < 1 ||
            !kindOk || r.ttlMs < 1 || r.epoch < 0)
            return std::nullopt;
        return r;
    }
    return std::nullopt;
}

QByteArray WitnessRequest::hello()
{
    return QByteArray("TWH1").leftJustified(kHelloBytes, ' ');
}

bool WitnessRequest::isHello(const QByteArray& datagram)
{
    return datagram.size() == kHelloBytes && datagram.startsWith("TWH1");
}

QByteArray WitnessRequest::helloReply()
{
    return QByteArray(R"(TWI1{"v":1,"service":"twinha-witness"})");
}

bool WitnessRequest::isHelloReply(const QByteArray& datagram)
{
    return datagram == helloReply();
}

QByteArray WitnessReply::encode(const QByteArray& key) const
{
    QJsonObject o{{QStringLiteral("v"), WitnessRequest::kVersion},
                  {QStringLiteral("cluster"), cluster},
                  {QStringLiteral("group"), group},
                  {QStringLiteral("node"), node},
                  {QStringLiteral("boot"), boot},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("granted"), granted},
                  {QStringLiteral("holder"), holder},
                  {QStringLiteral("remaining_ms"), remainingMs},
                  {QStringLiteral("generation"), generation}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    return SignedDatagram::seal(kReplyMagic, QJsonDocument(o).toJson(QJsonDocument::Compact), key,
                                WitnessRequest::kMaxDatagramBytes);
}

std::optional<WitnessReply> WitnessReply::decode(const QByteArray& datagram, const QString& cluster,
                                                 const QByteArray& key)
{
    const std::optional<QJsonObject> o = openAs(datagram, kReplyMagic, key);
    if (!o || str(*o, "cluster") != cluster || !o->value(QStringLiteral("granted")).isBool())
        return std::nullopt;
    WitnessReply r;
    r.cluster = cluster;
    r.group = str(*o, "group");
    r.node = str(*o, "node");
    r.boot = str(*o, "boot");
    r.seq = num(*o, "seq");
    r.granted = o->value(QStringLiteral("granted")).toBool();
    r.holder = str(*o, "holder");
    r.remainingMs = num(*o, "remaining_ms");
    r.generation = num(*o, "generation", 0);
    r.code = str(*o, "code");
    if (r.group.isEmpty() || r.node.isEmpty() || r.seq < 1)
        return std::nullopt;
    return r;
}

} // namespace twinha::agent
