#include "agent/heartbeat/PeerView.h"

namespace twinha::agent {

bool PeerView::offer(const QString& link, const HeartbeatPacket& packet)
{
    m_heard.start();
    if (!supersedes(link, packet))
        return false;
    const bool first = m_boot.isEmpty();
    m_boot = packet.boot;
    m_bootTime = packet.bootTime;
    m_link = link;
    m_seq = packet.seq;
    m_sent = packet.sent;
    if (!first && packet.payload == m_payload)
        return false;
    m_payload = packet.payload;
    return true;
}

void PeerView::linkDown(const QString& link)
{
    if (m_link == link)
        m_link.clear();
}

bool PeerView::supersedes(const QString& link, const HeartbeatPacket& packet) const
{
    if (m_boot.isEmpty() || packet.bootTime > m_bootTime)
        return true;
    if (packet.boot != m_boot) // a late packet from a boot the peer has left
        return false;
    if (link == m_link)
        return packet.seq > m_seq;
    // Strictly later: a packet sent in the same millisecond as a change may still carry the old
    // payload. The link that carried the change follows in sequence order anyway.
    return m_link.isEmpty() || packet.sent > m_sent;
}

} // namespace twinha::agent
