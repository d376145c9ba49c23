#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace twinha::agent {

// One journal record. Its hash covers the previous entry's hash plus every field of its own
// (canonical JSON: compact, keys sorted), so changing any earlier entry breaks every later link.
// The hash is keyed: "k:" + HMAC-SHA256 under the cluster key, so rewriting the history takes the
// key, not just sha256sum. Entries written before the journal was keyed carry a plain SHA-256.
struct JournalEntry
{
    qint64 seq = 0;
    QString time; // UTC, ISO 8601 with milliseconds
    QString type;
    QString node;
    QString actor;            // the user the kernel vouched for, or "agent"
    QString claimedSshClient; // the SSH client the user's session said it came from; a claim only
    QJsonObject data;
    QString prev; // hex hash of the entry before; kGenesis for the first
    QString hash;
    bool persisted = true; // false while it lives only in memory (e.g. disk full)

    static const QString kGenesis;

    static constexpr QLatin1StringView kKeyedPrefix{"k:"};

    // The hash this entry should carry, computed from its other fields: keyed with `key`, plain
    // SHA-256 (the old form) without one.
    QString computeHash(const QByteArray& key) const;
    bool isKeyed() const { return hash.startsWith(kKeyedPrefix); }
    // Keyed entries are checked with `key`; a plain one only matches its plain hash.
    bool hashMatches(const QByteArray& key) const { return hash == computeHash(isKeyed() ? key : QByteArray()); }

    // The stored form, without the in-memory "persisted" flag.
    QJsonObject toJson() const;
    // The form shown to clients: the stored form plus "persisted": false when it is not on disk.
    QJsonObject toClientJson() const;
    QByteArray toLine() const; // compact JSON plus '\n'

    // Null when a field is missing or of the wrong type.
    static std::optional<JournalEntry> fromJson(const QJsonObject& json);

    static constexpr QLatin1StringView kClaimKey{"ssh_client_claim"}; // absent when there is none
};

} // namespace twinha::agent
