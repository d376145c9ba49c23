#include "agent/resources/VipAddress.h"

#include <QStringList>

namespace twinha::agent {

VipAddress VipAddress::parse(const QString& text)
{
    VipAddress vip;
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return vip;
    QHostAddress ip;
    bool ok = false;
    const int prefix = parts[1].toInt(&ok);
    if (!ip.setAddress(parts[0]) || !ok)
        return vip;
    const int maxPrefix = ip.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    if (prefix < 0 || prefix > maxPrefix || !ip.scopeId().isEmpty())
        return vip;
    vip.m_ip = ip;
    vip.m_prefix = prefix;
    return vip;
}

bool VipAddress::isListedIn(const QByteArray& ipAddrShowOutput) const
{
    if (!isValid())
        return false;
    // Lines look like "2: eth0    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\ ...".
    for (const QByteArray& line : ipAddrShowOutput.split('\n')) {
        const QList<QByteArray> tokens = line.simplified().split(' ');
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (tokens[i] != "inet" && tokens[i] != "inet6")
                continue;
            const VipAddress listed = parse(QString::fromLatin1(tokens[i + 1]));
            if (listed.isValid() && listed.m_ip.isEqual(m_ip) && listed.m_prefix == m_prefix)
                return true;
        }
    }
    return false;
}

} // namespace twinha::agent
