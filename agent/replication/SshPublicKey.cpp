#include "agent/replication/SshPublicKey.h"

#include "agentlink/protocol/SshFingerprint.h"

#include <QByteArray>
#include <QRegularExpression>

namespace twinha::agent {

std::optional<SshPublicKey> SshPublicKey::parse(const QString& text, const QStringList& allowedTypes)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z0-9@.-]+) ([A-Za-z0-9+/]+={0,2})(?: [!-~ ]*)?\\z"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch() || !allowedTypes.contains(m.captured(1)))
        return std::nullopt;
    const QByteArray type = m.captured(1).toLatin1();
    const auto blob = QByteArray::fromBase64Encoding(m.captured(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // The wire format begins with the type as an SSH string: a 4-byte big-endian length, then it.
    if (!blob || blob.decoded.size() < 4 + type.size() + 4)
        return std::nullopt;
    const QByteArray& b = blob.decoded;
    const quint32 length = (quint32(quint8(b[0])) << 24) | (quint32(quint8(b[1])) << 16) |
                           (quint32(quint8(b[2])) << 8) | quint32(quint8(b[3]));
    if (length != quint32(type.size()) || b.mid(4, type.size()) != type)
        return std::nullopt;
    // An ed25519 key is its type and exactly 32 bytes: string "ssh-ed25519", string key (51 bytes).
    if (type == "ssh-ed25519" && b.size() != 4 + type.size() + 4 + 32)
        return std::nullopt;
    return SshPublicKey{m.captured(1), m.captured(2)};
}

QString SshPublicKey::fingerprint() const
{
    return protocol::sshFingerprint(base64.toLatin1());
}

QStringList SshPublicKey::hostKeyTypes()
{
    return {QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ecdsa-sha2-nistp384"),
            QStringLiteral("ecdsa-sha2-nistp521"), QStringLiteral("ssh-rsa")};
}

} // namespace twinha::agent
