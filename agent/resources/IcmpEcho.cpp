#include "agent/resources/IcmpEcho.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <linux/icmp.h> // ICMP_FILTER, which glibc's headers lack
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
QString systemError(const char* what, int err)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(err)));
}

// The address as the socket calls want it; the scope of a link-local IPv6 address included.
socklen_t toSockaddr(const QHostAddress& address, sockaddr_storage* out)
{
    std::memset(out, 0, sizeof *out);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(out);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof *in;
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
    in6->sin6_family = AF_INET6;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
    const QString scope = address.scopeId();
    if (!scope.isEmpty()) {
        bool numeric = false;
        const uint index = scope.toUInt(&numeric);
        in6->sin6_scope_id = numeric ? index : uint(QNetworkInterface::interfaceIndexFromName(scope));
    }
    return sizeof *in6;
}
} // namespace

IcmpEcho::IcmpEcho(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // never a "no reply" before the time given
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        onReadable(); // a reply the event loop has not handed us yet still counts
        finish(false, QStringLiteral("no reply"));
    });
}

IcmpEcho::~IcmpEcho()
{
    delete m_notifier; // before its socket: it still watches it
    if (m_fd >= 0)
        ::close(m_fd);
}

bool IcmpEcho::start(const QHostAddress& address, int timeoutMs, QString* error)
{
    Q_ASSERT(m_fd < 0); // one echo per object
    // An IPv4 address written as IPv6 (::ffff:a.b.c.d) is pinged over IPv4, as ping(8) does.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    m_address = mapped ? QHostAddress(v4) : address;
    m_family = m_address.protocol() == QAbstractSocket::IPv6Protocol ? icmp::Family::V6 : icmp::Family::V4;
    if (!openSocket(error))
        return false;
    m_done = false;
    m_timeout.setInterval(timeoutMs);
    QRandomGenerator* random = QRandomGenerator::system();
    m_echo.id = quint16(random->generate());
    m_echo.sequence = quint16(random->generate());
    const quint64 cookie = random->generate64();
    m_echo.cookie = QByteArray(reinterpret_cast<const char*>(&cookie), sizeof cookie);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpEcho::onReadable);
    // Sent from the event loop, so that finished() always comes after start() has returned.
    QTimer::singleShot(0, this, &IcmpEcho::send);
    return true;
}

bool IcmpEcho::openSocket(QString* error)
{
    const bool v6 = m_family == icmp::Family::V6;
    const int domain = v6 ? AF_INET6 : AF_INET;
    const int protocol = v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP);
    m_fd = ::socket(domain, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, protocol);
    m_raw = m_fd < 0;
    if (m_raw)
        m_fd = ::socket(domain, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, protocol);
    if (m_fd < 0) {
        *error = systemError("ICMP socket", errno);
        return false;
    }
    if (!m_raw)
        return true;
    // A raw socket sees every ICMP message of the host: only echo replies, please.
    if (v6) {
        icmp6_filter filter;
        ICMP6_FILTER_SETBLOCKALL(&filter);
        ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
        ::setsockopt(m_fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
    } else {
        icmp_filter filter{~(1U << ICMP_ECHOREPLY)};
        ::setsockopt(m_fd, SOL_RAW, ICMP_FILTER, &filter, sizeof filter);
    }
    return true;
}

void IcmpEcho::send()
{
    if (m_done)
        return;
    // Connected: the kernel looks up the route now (no route is an answer at once), and a raw
    // socket then receives from this address only.
    sockaddr_storage to;
    const socklen_t length = toSockaddr(m_address, &to);
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), length) != 0) {
        finish(false, systemError("connect", errno));
        return;
    }
    const QByteArray request = icmp::echoRequest(m_family, m_echo);
    m_elapsed.start();
    // The time for an answer counts from here, as ping(8)'s -W does: an event loop held up between
    // start() and now must not eat into it. A send that fails for want of buffers (ENOBUFS,
    // EAGAIN) is a lost echo: no reply within the time, as on the wire.
    m_timeout.start();
    if (::send(m_fd, request.constData(), size_t(request.size()), 0) < 0 && errno != ENOBUFS && errno != EAGAIN &&
        errno != EWOULDBLOCK && errno != ENOMEM)
        finish(false, systemError("send", errno));
}

void IcmpEcho::onReadable()
{
    char buffer[1500];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // Otherwise nothing more to read, or a pending ICMP error. A raw socket's error may be
            // about another program's packet to the same address (the kernel matches it by the
            // addresses it quotes only): the timeout decides, never such an error.
            return;
        }
        const QByteArray message(buffer, n);
        const bool withIpHeader = m_raw && m_family == icmp::Family::V4;
        if (icmp::isReplyTo(m_family, message, withIpHeader, m_echo, m_raw)) {
            finish(true, QString());
            return;
        }
    }
}

void IcmpEcho::finish(bool answered, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    const double rttMs = answered ? double(m_elapsed.nsecsElapsed()) / 1e6 : -1;
    m_timeout.stop();
    // We may be inside its activated(): disabled, it no longer watches the socket, and goes later.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    Q_EMIT finished(answered, rttMs, detail);
}

} // namespace twinha::agent
