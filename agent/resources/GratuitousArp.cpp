#include "agent/resources/GratuitousArp.h"

#include "agent/AgentLog.h"

#include <net/if_arp.h>

namespace twinha::agent {

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

GratuitousArp::~GratuitousArp() = default;

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
    if (!m_socket.open(m_interface, m_netns, false, error))
        return false;
    // A request whose sender and target are both the VIP.
    m_packet = m_socket.packet(ARPOP_REQUEST, m_address.toIPv4Address(), m_address.toIPv4Address());
    return true;
}

bool GratuitousArp::sendOne(QString* error)
{
    if (!m_socket.broadcast(m_packet, error))
        return false;
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
        m_socket.close();
        Q_EMIT finished(m_sent);
    }
}

} // namespace twinha::agent
