#include "agent/heartbeat/PeerAddress.h"

#include "agent/AgentLog.h"

#include <QHostInfo>

namespace twinha::agent {

PeerAddress::PeerAddress(const QString& host, QAbstractSocket::NetworkLayerProtocol family, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_family(family)
    , m_address(pick({QHostAddress(host)}, family))
{}

QHostAddress PeerAddress::address()
{
    if (m_address.isNull() && !m_pending && (!m_lastLookup.isValid() || m_lastLookup.elapsed() >= kRetryMs))
        lookUp();
    return m_address;
}

QHostAddress PeerAddress::pick(const QList<QHostAddress>& addresses, QAbstractSocket::NetworkLayerProtocol family)
{
    QHostAddress other;
    for (const QHostAddress& a : addresses) {
        if (a.isNull())
            continue;
        if (family == QAbstractSocket::AnyIPProtocol || a.protocol() == family)
            return a;
        if (other.isNull())
            other = a;
    }
    // Still worth a try (a dual-stack socket sends to IPv4), and a failed send is logged.
    return other;
}

void PeerAddress::lookUp()
{
    m_pending = true;
    m_lastLookup.start();
    QHostInfo::lookupHost(m_host, this, [this](const QHostInfo& info) {
        m_pending = false;
        m_address = pick(info.addresses(), m_family);
        if (m_address.isNull()) {
            AgentLog::get("agent.heartbeat")
                ->warn("cannot resolve peer {}: {}", m_host.toStdString(), info.errorString().toStdString());
        }
    });
}

} // namespace twinha::agent
