#include "agentlink/protocol/PrivateAddress.h"

#include <QStringList>

#include <optional>

namespace twinha::protocol {

namespace {
std::optional<quint32> ipv4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 ip = 0;
    for (const QString& p : parts) {
        bool ok = false;
        const uint octet = p.toUInt(&ok, 10);
        if (!ok || p.isEmpty() || p.size() > 3 || octet > 255)
            return std::nullopt;
        ip = (ip << 8) | octet;
    }
    return ip;
}

bool privateIpv4(quint32 ip)
{
    return (ip >> 24) == 127 || (ip >> 24) == 10 || (ip >> 20) == ((172u << 4) | 1u) ||
           (ip >> 16) == ((192u << 8) | 168u) || (ip >> 16) == ((169u << 8) | 254u);
}

// Lower case, without brackets or an IPv6 zone ("fe80::1%eth0").
QString bare(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h.section(QLatin1Char('%'), 0, 0);
}
} // namespace

bool PrivateAddress::isThisMachine(const QString& host)
{
    const QString h = bare(host);
    if (h == QLatin1String("localhost") || h == QLatin1String("::1") || h == QLatin1String("::"))
        return true;
    const QString v4 = h.startsWith(QLatin1String("::ffff:")) ? h.mid(7) : h;
    const std::optional<quint32> ip = ipv4(v4);
    return ip && ((*ip >> 24) == 127 || *ip == 0);
}

bool PrivateAddress::isPrivate(const QString& host)
{
    const QString h = bare(host);
    if (h == QLatin1String("localhost"))
        return true;
    if (const std::optional<quint32> ip = ipv4(h))
        return privateIpv4(*ip);
    if (!h.contains(QLatin1Char(':')))
        return false; // a host name
    if (h == QLatin1String("::1"))
        return true;
    if (h.startsWith(QLatin1String("::ffff:"))) { // an IPv4-mapped address
        const std::optional<quint32> ip = ipv4(h.mid(7));
        return ip && privateIpv4(*ip);
    }
    bool ok = false;
    const uint first = h.section(QLatin1Char(':'), 0, 0).toUInt(&ok, 16);
    if (!ok || h.startsWith(QLatin1Char(':')))
        return false;
    return (first & 0xffc0) == 0xfe80 || (first & 0xfe00) == 0xfc00;
}

} // namespace twinha::protocol
