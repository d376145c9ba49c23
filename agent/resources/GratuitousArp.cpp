#include "agent/resources/GratuitousArp.h"

#include "agent/AgentLog.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netpacket/packet.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
QString systemError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

// A packet socket belongs to the namespace it was created in, so entering the namespace just for
// socket() is enough. The daemon is single-threaded and setns() affects only this thread.
int packetSocketIn(const QString& netns, QString* error)
{
    if (netns.isEmpty()) {
        const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ARP));
        if (fd < 0)
            *error = systemError("socket");
        return fd;
    }
    const QByteArray path = QByteArrayLiteral("/run/netns/") + netns.toLocal8Bit();
    const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    const int own = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    int fd = -1;
    if (target < 0 || own < 0) {
        *error = systemError("open netns");
    } else if (::setns(target, CLONE_NEWNET) != 0) {
        *error = systemError("setns");
    } else {
        fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ARP));
        if (fd < 0)
            *error = systemError("socket");
        if (::setns(own, CLONE_NEWNET) != 0) // cannot fail for our own namespace; log if it does
            AgentLog::get("agent.resources")->critical("could not return to the daemon's network namespace");
    }
    if (target >= 0)
        ::close(target);
    if (own >= 0)
        ::close(own);
    return fd;
}
} // namespace

GratuitousArp::GratuitousArp(const QString& interface, const QHostAddress& address, const QString& netns,
                             QObject* parent)
    : QObject(parent)
    , m_interface(interface)
    , m_address(address)
    , m_netns(netns)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GratuitousArp::onTimer);
}

GratuitousArp::~GratuitousArp()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool GratuitousArp::start(QString* error)
{
    QString why;
    if (!openSocket(&why) || !sendOne(&why)) {
        if (error)
            *error = why;
        return false;
    }
    m_timer.start();
    return true;
}

bool GratuitousArp::openSocket(QString* error)
{
    if (m_address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = QStringLiteral("not an IPv4 address");
        return false;
    }
    m_fd = packetSocketIn(m_netns, error);
    if (m_fd < 0)
        return false;
    // Looked up through the socket, so inside its namespace rather than ours.
    ifreq ifr{};
    const QByteArray name = m_interface.toLocal8Bit();
    std::strncpy(ifr.ifr_name, name.constData(), IFNAMSIZ - 1);
    if (::ioctl(m_fd, SIOCGIFINDEX, &ifr) != 0) {
        *error = systemError("SIOCGIFINDEX");
        return false;
    }
    m_ifindex = ifr.ifr_ifindex;
    if (::ioctl(m_fd, SIOCGIFHWADDR, &ifr) != 0) {
        *error = systemError("SIOCGIFHWADDR");
        return false;
    }
    if (ifr.ifr_hwaddr.sa_family != ARPHRD_ETHER) {
        *error = QStringLiteral("not an Ethernet interface");
        return false;
    }
    const quint32 ip = htonl(m_address.toIPv4Address());
    // ARP over Ethernet for IPv4 (RFC 826): a request whose sender and target are both the VIP.
    m_packet = QByteArray(28, '\0');
    uchar* p = reinterpret_cast<uchar*>(m_packet.data());
    p[1] = ARPHRD_ETHER;                                  // hardware type
    p[2] = 0x08;                                          // protocol type 0x0800 (IPv4)
    p[4] = ETH_ALEN;                                      // hardware address length
    p[5] = 4;                                             // protocol address length
    p[7] = ARPOP_REQUEST;                                 // opcode
    std::memcpy(p + 8, ifr.ifr_hwaddr.sa_data, ETH_ALEN); // sender MAC
    std::memcpy(p + 14, &ip, 4);                          // sender IP
    std::memcpy(p + 24, &ip, 4);                          // target IP; target MAC stays zero
    return true;
}

bool GratuitousArp::sendOne(QString* error)
{
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_protocol = htons(ETH_P_ARP);
    to.sll_ifindex = m_ifindex;
    to.sll_halen = ETH_ALEN;
    std::memset(to.sll_addr, 0xff, ETH_ALEN);
    if (::sendto(m_fd, m_packet.constData(), m_packet.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to) < 0) {
        *error = systemError("sendto");
        return false;
    }
    ++m_sent;
    return true;
}

void GratuitousArp::onTimer()
{
    QString why;
    if (!sendOne(&why))
        AgentLog::get("agent.resources")
            ->warn("gratuitous ARP for {} on {}: {}", m_address.toString().toStdString(), m_interface.toStdString(),
                   why.toStdString());
    if (m_sent >= kCount || !why.isEmpty()) {
        m_timer.stop();
        ::close(m_fd);
        m_fd = -1;
        Q_EMIT finished(m_sent);
    }
}

} // namespace twinha::agent
