#pragma once

// For TestVipResource and TestTiebreaker: a throwaway network namespace, so the test never touches
// the host's interfaces, a way to open sockets inside it, and a way to watch the ARP packets sent
// inside it.

#include "agent/resources/CommandRunner.h"

#include <QProcess>
#include <QStringList>

#include <arpa/inet.h>
#include <cstring>
#include <fcntl.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <netpacket/packet.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent::test {

// Runs `ip` synchronously (fine in a test) and returns its exit code; output in `out`.
inline int ip(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(CommandRunner::findTool(QStringLiteral("ip")), args);
    if (!p.waitForFinished(10000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Deletes the namespace when the test object goes away, whatever happened before: a failed or
// skipped initTestCase must not leave it behind either.
struct NamespaceGuard
{
    QString name;
    ~NamespaceGuard()
    {
        if (!name.isEmpty())
            ip({QStringLiteral("netns"), QStringLiteral("del"), name});
    }
};

// While it lives, this thread is in namespace `ns`: sockets opened meanwhile belong to it.
class InNamespace
{
public:
    explicit InNamespace(const QString& ns)
        : m_own(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC))
    {
        const int target = ::open(QByteArray("/run/netns/" + ns.toLocal8Bit()).constData(), O_RDONLY | O_CLOEXEC);
        m_entered = target >= 0 && m_own >= 0 && ::setns(target, CLONE_NEWNET) == 0;
        if (target >= 0)
            ::close(target);
    }
    ~InNamespace()
    {
        if (m_entered)
            ::setns(m_own, CLONE_NEWNET);
        if (m_own >= 0)
            ::close(m_own);
    }
    InNamespace(const InNamespace&) = delete;
    InNamespace& operator=(const InNamespace&) = delete;
    bool entered() const { return m_entered; }

private:
    int m_own = -1;
    bool m_entered = false;
};

// An ARP listener on `dev` inside the test namespace (the socket belongs to the namespace it
// is created in). -1 on failure.
inline int arpListener(const QString& ns, const QString& dev)
{
    const int target = ::open(QByteArray("/run/netns/" + ns.toLocal8Bit()).constData(), O_RDONLY);
    const int own = ::open("/proc/self/ns/net", O_RDONLY);
    int fd = -1;
    if (target >= 0 && own >= 0 && ::setns(target, CLONE_NEWNET) == 0) {
        fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_NONBLOCK, htons(ETH_P_ARP));
        ::setns(own, CLONE_NEWNET);
    }
    ::close(target);
    ::close(own);
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, dev.toLocal8Bit().constData(), IFNAMSIZ - 1);
    sockaddr_ll at{};
    at.sll_family = AF_PACKET;
    at.sll_protocol = htons(ETH_P_ARP);
    if (fd >= 0 && ::ioctl(fd, SIOCGIFINDEX, &ifr) == 0) {
        at.sll_ifindex = ifr.ifr_ifindex;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&at), sizeof at) == 0)
            return fd;
    }
    if (fd >= 0)
        ::close(fd);
    return -1;
}

} // namespace twinha::agent::test
