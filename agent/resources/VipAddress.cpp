#include "agent/resources/VipAddress.h"

#include <QStringList>

#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

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

namespace {
int prefixOf(const sockaddr* mask)
{
    if (!mask)
        return -1;
    const auto* bytes =
        mask->sa_family == AF_INET
            ? reinterpret_cast<const unsigned char*>(&reinterpret_cast<const sockaddr_in*>(mask)->sin_addr)
            : reinterpret_cast<const unsigned char*>(&reinterpret_cast<const sockaddr_in6*>(mask)->sin6_addr);
    const int size = mask->sa_family == AF_INET ? 4 : 16;
    int bits = 0;
    for (int i = 0; i < size; ++i)
        bits += __builtin_popcount(bytes[i]);
    return bits;
}
} // namespace

VipAddress::Presence VipAddress::presenceOn(const QString& interface) const
{
    const QByteArray name = interface.toLocal8Bit();
    if (!isValid() || ::if_nametoindex(name.constData()) == 0)
        return isValid() ? Presence::NoInterface : Presence::Unknown;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return Presence::Unknown;
    const int family = isIpv6() ? AF_INET6 : AF_INET;
    Presence found = Presence::Absent;
    for (const ifaddrs* a = list; a && found == Presence::Absent; a = a->ifa_next) {
        // An IPv4 address with a label ("eth0:web") is listed under its label.
        const QByteArray on(a->ifa_name ? a->ifa_name : "");
        if (!a->ifa_addr || a->ifa_addr->sa_family != family || (on != name && !on.startsWith(QByteArray(name + ':'))))
            continue;
        if (QHostAddress(a->ifa_addr).isEqual(m_ip) && prefixOf(a->ifa_netmask) == m_prefix)
            found = Presence::Present;
    }
    ::freeifaddrs(list);
    return found;
}

} // namespace twinha::agent
