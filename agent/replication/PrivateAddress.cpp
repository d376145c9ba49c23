#include "agent/replication/PrivateAddress.h"

#include <QHostAddress>

namespace twinha::agent {

bool PrivateAddress::isPrivate(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress a;
    if (!a.setAddress(host))
        return false;
    if (a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast())
        return true;
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4); // also an IPv4-mapped IPv6 address
    if (!v4)
        return false;
    return (ip >> 24) == 10 || (ip >> 20) == ((172u << 4) | 1u) || (ip >> 16) == ((192u << 8) | 168u) ||
           (ip >> 16) == ((169u << 8) | 254u);
}

} // namespace twinha::agent
