#include "agent/resources/IcmpEcho.h"

#include <QRandomGenerator>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
constexpr unsigned char kEchoRequestV4 = 8;
constexpr unsigned char kEchoReplyV4 = 0;
constexpr unsigned char kEchoRequestV6 = 128;
constexpr unsigned char kEchoReplyV6 = 129;
constexpr int kHeaderBytes = 8;  // type, code, checksum, identifier, sequence
constexpr int kPayloadBytes = 8; // the token

// RFC 1071: the ones' complement of the ones' complement sum of the 16-bit words.
quint16 internetChecksum(const unsigned char* data, int size)
{
    quint32 sum = 0;
    for (int i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i]) << 8 | data[i + 1];
    if (size % 2)
        sum += quint32(data[size - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

void putWord(unsigned char* at, quint16 value)
{
    at[0] = static_cast<unsigned char>(value >> 8);
    at[1] = static_cast<unsigned char>(value & 0xff);
}

quint16 word(const unsigned char* at)
{
    return quint16(at[0] << 8 | at[1]);
}
} // namespace

IcmpEcho::IcmpEcho(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] { done(false, -1, QStringLiteral("no reply")); });
}

IcmpEcho::~IcmpEcho()
{
    closeSocket();
}

bool IcmpEcho::openSocket(int family)
{
    const int protocol = family == AF_INET6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP);
    m_raw = false;
    m_fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    if (m_fd < 0) {
        m_raw = true;
        m_fd = ::socket(family, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    }
    return m_fd >= 0;
}

bool IcmpEcho::start(const QHostAddress& address)
{
    closeSocket();
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    m_ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if ((!v4 && !m_ipv6) || !address.scopeId().isEmpty() || !openSocket(v4 ? AF_INET : AF_INET6))
        return false;

    sockaddr_storage to{};
    socklen_t toSize = 0;
    if (v4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&to);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        toSize = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&to);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        toSize = sizeof(sockaddr_in6);
    }
    QRandomGenerator* random = QRandomGenerator::global();
    m_id = quint16(random->generate());
    m_sequence = quint16(random->generate());
    m_token = random->generate64();

    unsigned char packet[kHeaderBytes + kPayloadBytes] = {};
    packet[0] = m_ipv6 ? kEchoRequestV6 : kEchoRequestV4;
    putWord(packet + 4, m_id);
    putWord(packet + 6, m_sequence);
    std::memcpy(packet + kHeaderBytes, &m_token, sizeof m_token);
    if (!m_ipv6) // the kernel computes ICMPv6's, and a datagram socket's
        putWord(packet + 2, internetChecksum(packet, sizeof packet));

    m_done = false;
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpEcho::onReadable);
    m_sent.start();
    // connect(): the kernel then hands this socket only what comes from that address.
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), toSize) != 0 ||
        ::send(m_fd, packet, sizeof packet, 0) != qsizetype(sizeof packet)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QTimer::singleShot(0, this, [this, why] { done(false, -1, why); });
        return true;
    }
    m_timeout.start(kReplyTimeoutMs);
    return true;
}

bool IcmpEcho::isOurReply(const unsigned char* data, qsizetype size) const
{
    qsizetype offset = 0;
    if (m_raw && !m_ipv6) {
        if (size < 20)
            return false;
        offset = (data[0] & 0x0f) * 4; // the IP header comes first
    }
    if (size - offset < kHeaderBytes + kPayloadBytes)
        return false;
    const unsigned char* icmp = data + offset;
    if (icmp[0] != (m_ipv6 ? kEchoReplyV6 : kEchoReplyV4) || icmp[1] != 0)
        return false;
    // A datagram socket's identifier is the kernel's, and its replies reach only this socket.
    if (m_raw && word(icmp + 4) != m_id)
        return false;
    return word(icmp + 6) == m_sequence && std::memcmp(icmp + kHeaderBytes, &m_token, sizeof m_token) == 0;
}

void IcmpEcho::onReadable()
{
    unsigned char buffer[1500];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // EAGAIN: nothing more now. An ICMP error is left to the timeout, as ping does.
        }
        if (isOurReply(buffer, n)) {
            done(true, double(m_sent.nsecsElapsed()) / 1e6, QString());
            return;
        }
    }
}

void IcmpEcho::done(bool reachable, double rttMs, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    closeSocket();
    Q_EMIT finished(reachable, rttMs, detail);
}

void IcmpEcho::closeSocket()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace twinha::agent
