#include "agent/resources/ArpProbe.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cstring>
#include <net/if_arp.h>
#include <netpacket/packet.h>
#include <sys/socket.h>

namespace twinha::agent {

ArpProbe::ArpProbe(const QString& interface, const QHostAddress& address, const QString& netns, QObject* parent)
    : QObject(parent)
    , m_interface(interface)
    , m_address(address)
    , m_netns(netns)
{
    m_probes.setInterval(kIntervalMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kWaitMs);
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_probes.setTimerType(Qt::PreciseTimer);
    connect(&m_probes, &QTimer::timeout, this, &ArpProbe::sendProbe);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(Outcome::Free, {}); });
}

ArpProbe::~ArpProbe() = default;

void ArpProbe::start()
{
    QString why;
    if (m_address.protocol() != QAbstractSocket::IPv4Protocol) {
        why = QStringLiteral("not an IPv4 address");
    } else if (m_socket.open(m_interface, m_netns, true, &why)) {
        m_packet = m_socket.packet(ARPOP_REQUEST, 0, m_address.toIPv4Address()); // sender 0.0.0.0: a probe
        m_notifier = std::make_unique<QSocketNotifier>(m_socket.fd(), QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &ArpProbe::onReadable);
        m_deadline.start();
        m_probes.start();
        sendProbe();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, why] { finish(Outcome::Failed, why); }, Qt::QueuedConnection);
}

void ArpProbe::sendProbe()
{
    QString why;
    if (!m_socket.broadcast(m_packet, &why)) {
        finish(Outcome::Failed, why);
        return;
    }
    if (++m_sent >= kProbes)
        m_probes.stop();
}

void ArpProbe::onReadable()
{
    const quint32 ip = htonl(m_address.toIPv4Address());
    for (;;) {
        uchar buf[64];
        sockaddr_ll from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n =
            ::recvfrom(m_socket.fd(), buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &fromLength);
        if (n < 0)
            return; // EAGAIN: all read
        if (n < 28 || from.sll_pkttype == PACKET_OUTGOING || std::memcmp(buf + 8, m_socket.mac().constData(), 6) == 0)
            continue;                                           // not ARP for IPv4 over Ethernet, or our own probe
        const bool claims = std::memcmp(buf + 14, &ip, 4) == 0; // sender IP is the address
        const quint32 zero = 0;
        const bool probes = std::memcmp(buf + 14, &zero, 4) == 0 && std::memcmp(buf + 24, &ip, 4) == 0;
        if (claims || probes) {
            const QByteArray mac(reinterpret_cast<const char*>(buf + 8), 6);
            finish(Outcome::InUse, QString::fromLatin1(mac.toHex(':')));
            return;
        }
    }
}

void ArpProbe::finish(Outcome outcome, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_probes.stop();
    m_deadline.stop();
    m_notifier.reset();
    m_socket.close();
    Q_EMIT finished(outcome, detail);
}

} // namespace twinha::agent
