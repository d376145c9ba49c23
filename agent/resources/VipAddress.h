#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace twinha::agent {

// A floating address as written in the config, "ip/prefix". Unlike QHostAddress::parseSubnet it
// keeps the host part: 10.0.0.5/24 is the address 10.0.0.5, not the network 10.0.0.0.
class VipAddress
{
public:
    static VipAddress parse(const QString& text);

    bool isValid() const { return !m_ip.isNull(); }
    bool isIpv6() const { return m_ip.protocol() == QAbstractSocket::IPv6Protocol; }
    QHostAddress ip() const { return m_ip; }
    int prefix() const { return m_prefix; }
    QString ipText() const { return m_ip.toString(); }
    QString toString() const { return ipText() + QLatin1Char('/') + QString::number(m_prefix); }

    // Whether `ip -o addr show` output lists this address with this prefix.
    bool isListedIn(const QByteArray& ipAddrShowOutput) const;

    // The same question asked of this process's own network namespace (getifaddrs), without
    // running `ip`: a takeover waits for its answer.
    enum class Presence
    {
        Present,
        Absent,
        NoInterface, // no interface of that name
        Unknown      // the lookup failed
    };
    Presence presenceOn(const QString& interface) const;

private:
    QHostAddress m_ip;
    int m_prefix = -1;
};

} // namespace twinha::agent
