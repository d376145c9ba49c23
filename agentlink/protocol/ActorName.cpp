#include "agentlink/protocol/ActorName.h"

#include <QRegularExpression>

#include <arpa/inet.h>

namespace twinha::protocol {

QString ActorName::sshClientAddress(const QString& sshClientVariable)
{
    const QString address = sshClientVariable.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    // Only a plain address, as inet_pton reads it: no scope ("%eth0"), no names, no text.
    const QByteArray bytes = address.toLatin1();
    unsigned char buffer[16];
    const bool ip = address.size() <= 45 && (::inet_pton(AF_INET, bytes.constData(), buffer) == 1 ||
                                             ::inet_pton(AF_INET6, bytes.constData(), buffer) == 1);
    return ip ? address : QString();
}

QString ActorName::compose(const QString& user, const QString& claimedSshClient)
{
    const QString address = sshClientAddress(claimedSshClient);
    return address.isEmpty() ? user : QStringLiteral("%1 (ssh %2)").arg(user, address);
}

ActorName ActorName::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(.*) \\(ssh ([0-9A-Fa-f:.]+)\\)\\z"));
    const QRegularExpressionMatch m = form.match(text);
    if (m.hasMatch() && !sshClientAddress(m.captured(2)).isEmpty())
        return {m.captured(1), m.captured(2)};
    return {text, {}};
}

} // namespace twinha::protocol
