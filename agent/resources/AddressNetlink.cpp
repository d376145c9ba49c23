#include "agent/resources/AddressNetlink.h"

#include <QByteArray>

#include <cerrno>
#include <cstring>

#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace twinha::agent::AddressNetlink {

namespace {

constexpr int kAnswerTimeoutMs = 1000; // the kernel answers at once; this only bounds a surprise

struct Request
{
    nlmsghdr header;
    ifaddrmsg message;
    char attributes[64];
};

void addAttribute(Request& r, unsigned short type, const void* data, int size)
{
    auto* attribute = reinterpret_cast<rtattr*>(reinterpret_cast<char*>(&r) + NLMSG_ALIGN(r.header.nlmsg_len));
    attribute->rta_type = type;
    attribute->rta_len = RTA_LENGTH(size);
    std::memcpy(RTA_DATA(attribute), data, size);
    r.header.nlmsg_len = NLMSG_ALIGN(r.header.nlmsg_len) + RTA_ALIGN(attribute->rta_len);
}

int change(const VipAddress& address, const QString& interface, bool add)
{
    if (!address.isValid())
        return EINVAL;
    const unsigned index = ::if_nametoindex(interface.toLocal8Bit().constData());
    if (index == 0)
        return ENODEV;
    Request r{};
    r.header.nlmsg_len = NLMSG_LENGTH(sizeof(ifaddrmsg));
    r.header.nlmsg_type = add ? RTM_NEWADDR : RTM_DELADDR;
    r.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | (add ? NLM_F_CREATE | NLM_F_EXCL : 0);
    r.header.nlmsg_seq = 1;
    r.message.ifa_family = address.isIpv6() ? AF_INET6 : AF_INET;
    r.message.ifa_prefixlen = static_cast<unsigned char>(address.prefix());
    r.message.ifa_scope = RT_SCOPE_UNIVERSE;
    r.message.ifa_index = index;
    r.message.ifa_flags = address.isIpv6() && add ? IFA_F_NODAD : 0;
    if (address.isIpv6()) {
        const Q_IPV6ADDR ip = address.ip().toIPv6Address();
        addAttribute(r, IFA_LOCAL, ip.c, 16);
        addAttribute(r, IFA_ADDRESS, ip.c, 16);
    } else {
        const quint32 ip = htonl(address.ip().toIPv4Address());
        addAttribute(r, IFA_LOCAL, &ip, 4);
        addAttribute(r, IFA_ADDRESS, &ip, 4);
    }

    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0)
        return errno;
    const timeval timeout{kAnswerTimeoutMs / 1000, (kAnswerTimeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    int result = 0;
    if (::sendto(fd, &r, r.header.nlmsg_len, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel) < 0) {
        result = errno;
    } else {
        alignas(nlmsghdr) char answer[1024];
        const ssize_t n = ::recv(fd, answer, sizeof answer, 0);
        const auto* h = reinterpret_cast<const nlmsghdr*>(answer);
        if (n < 0)
            result = errno;
        else if (!NLMSG_OK(h, unsigned(n)) || h->nlmsg_type != NLMSG_ERROR)
            result = EPROTO;
        else
            result = -static_cast<const nlmsgerr*>(NLMSG_DATA(h))->error;
    }
    ::close(fd);
    return result;
}

} // namespace

int add(const VipAddress& address, const QString& interface)
{
    return change(address, interface, true);
}

int remove(const VipAddress& address, const QString& interface)
{
    return change(address, interface, false);
}

} // namespace twinha::agent::AddressNetlink
