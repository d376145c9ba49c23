#include "agent/resources/ArpSocket.h"

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

// A packet socket belongs to the namespace it was created in, so entering the namespace just for
// socket() is enough. The daemon is single-threaded and setns() affects only this thread.
int packetSocketIn(const QString& netns, QString* error)
{
    if (netns.isEmpty()) {
        const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ARP));
        if (fd < 0)
            *error = ArpSocket::systemError("socket");
        return fd;
    }
    const QByteArray path = QByteArrayLiteral("/run/netns/") + netns.toLocal8Bit();
    const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    const int own = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    int fd = -1;
    if (target < 0 || own < 0) {
        *error = ArpSocket::systemError("open netns");
    } else if (::setns(target, CLONE_NEWNET) != 0) {
        *error = ArpSocket::systemError("setns");
    } else {
        fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ARP));
        if (fd < 0)
            *error = ArpSocket::systemError("socket");
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

ArpSocket::~ArpSocket()
{
    close();
}

QString ArpSocket::systemError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

void ArpSocket::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool ArpSocket::open(const QString& interface, const QString& netns, bool receive, QString* error)
{
    close();
    m_fd = packetSocketIn(netns, error);
    if (m_fd < 0)
        return false;
    // Looked up through the socket, so inside its namespace rather than ours.
    ifreq ifr{};
    const QByteArray name = interface.toLocal8Bit();
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
    m_mac = QByteArray(ifr.ifr_hwaddr.sa_data, ETH_ALEN);
    if (receive) {
        sockaddr_ll at{};
        at.sll_family = AF_PACKET;
        at.sll_protocol = htons(ETH_P_ARP);
        at.sll_ifindex = m_ifindex;
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&at), sizeof at) != 0) {
            *error = systemError("bind");
            return false;
        }
    }
    return true;
}

QByteArray ArpSocket::packet(int opcode, quint32 senderIp, quint32 targetIp) const
{
    const quint32 sender = htonl(senderIp);
    const quint32 target = htonl(targetIp);
    QByteArray out(28, '\0');
    uchar* p = reinterpret_cast<uchar*>(out.data());
    p[1] = ARPHRD_ETHER;                             // hardware type
    p[2] = 0x08;                                     // protocol type 0x0800 (IPv4)
    p[4] = ETH_ALEN;                                 // hardware address length
    p[5] = 4;                                        // protocol address length
    p[7] = uchar(opcode);                            // opcode
    std::memcpy(p + 8, m_mac.constData(), ETH_ALEN); // sender MAC
    std::memcpy(p + 14, &sender, 4);                 // sender IP
    std::memcpy(p + 24, &target, 4);                 // target IP; target MAC stays zero
    return out;
}

bool ArpSocket::broadcast(const QByteArray& packet, QString* error) const
{
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_protocol = htons(ETH_P_ARP);
    to.sll_ifindex = m_ifindex;
    to.sll_halen = ETH_ALEN;
    std::memset(to.sll_addr, 0xff, ETH_ALEN);
    if (::sendto(m_fd, packet.constData(), size_t(packet.size()), 0, reinterpret_cast<const sockaddr*>(&to),
                 sizeof to) < 0) {
        *error = systemError("sendto");
        return false;
    }
    return true;
}

} // namespace twinha::agent
