#include "agent/journal/JournalEntry.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace twinha::agent {

const QString JournalEntry::kGenesis = QString(64, QLatin1Char('0'));

namespace {
QJsonObject withoutHash(const JournalEntry& e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},     {QStringLiteral("time"), e.time},
                  {QStringLiteral("type"), e.type},   {QStringLiteral("node"), e.node},
                  {QStringLiteral("actor"), e.actor}, {QStringLiteral("data"), e.data},
                  {QStringLiteral("prev"), e.prev}};
    // Only when there is one, so that the entries written before it existed hash as they did.
    if (!e.claimedSshClient.isEmpty())
        o.insert(JournalEntry::kClaimKey, e.claimedSshClient);
    return o;
}
} // namespace

QString JournalEntry::computeHash(const QByteArray& key) const
{
    // QJsonObject keeps its keys sorted and Qt prints numbers in their shortest round-trip form,
    // so the compact document is a stable canonical form: a line read back hashes the same.
    const QByteArray message = prev.toUtf8() + QJsonDocument(withoutHash(*this)).toJson(QJsonDocument::Compact);
    if (key.isEmpty())
        return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
    return kKeyedPrefix +
           QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o = withoutHash(*this);
    o.insert(QStringLiteral("hash"), hash);
    return o;
}

QJsonObject JournalEntry::toClientJson() const
{
    QJsonObject o = toJson();
    if (!persisted)
        o.insert(QStringLiteral("persisted"), false);
    return o;
}

QByteArray JournalEntry::toLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject& json)
{
    const auto isString = [&json](const char* key) { return json.value(QLatin1String(key)).isString(); };
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    // Exactly the known fields: an added field would otherwise escape the hash.
    const QJsonValue claim = json.value(kClaimKey);
    // An empty claim is never written (it would not be under the hash), so it is never read either.
    if (json.size() != (claim.isUndefined() ? 8 : 9) ||
        !(claim.isUndefined() || (claim.isString() && !claim.toString().isEmpty())) || !seq.isDouble() ||
        seq.toInteger(-1) < 1 || !isString("time") || !isString("type") || !isString("node") || !isString("actor") ||
        !json.value(QStringLiteral("data")).isObject() || !isString("prev") || !isString("hash"))
        return std::nullopt;
    JournalEntry e;
    e.seq = seq.toInteger();
    e.time = json.value(QStringLiteral("time")).toString();
    e.type = json.value(QStringLiteral("type")).toString();
    e.node = json.value(QStringLiteral("node")).toString();
    e.actor = json.value(QStringLiteral("actor")).toString();
    e.claimedSshClient = claim.toString();
    e.data = json.value(QStringLiteral("data")).toObject();
    e.prev = json.value(QStringLiteral("prev")).toString();
    e.hash = json.value(QStringLiteral("hash")).toString();
    return e;
}

} // namespace twinha::agent
