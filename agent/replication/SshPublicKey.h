#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace twinha::agent {

// An OpenSSH public key as one line ("TYPE BASE64 [COMMENT]"), checked before the agent writes it
// into authorized_keys or known_hosts: a known type, and a blob that decodes and names that same
// type. The comment is dropped, so nothing the caller sent but the key itself reaches the files.
struct SshPublicKey
{
    QString type;
    QString base64;

    QString line() const { return type + QLatin1Char(' ') + base64; }
    // "SHA256:..." as ssh-keygen -l prints it.
    QString fingerprint() const;

    // allowedTypes: e.g. {"ssh-ed25519"}.
    static std::optional<SshPublicKey> parse(const QString& text, const QStringList& allowedTypes);
    static QStringList hostKeyTypes(); // what an sshd offers
};

} // namespace twinha::agent
