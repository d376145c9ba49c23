#include "agent/heartbeat/PacketComposer.h"

#include "agent/AgentLog.h"

namespace twinha::agent {

PacketComposer::PacketComposer(const HeartbeatIdentity& identity, const QString& link)
    : m_id(identity)
    , m_link(link)
{}

bool PacketComposer::setPayload(const QJsonObject& payload)
{
    if (payload == m_payload)
        return false;
    m_payload = payload;
    m_oversizeLogged = false;
    return true;
}

QByteArray PacketComposer::next(const HeartbeatPacket::Echo& echo, qint64 nowMs, qint64 monoMs)
{
    HeartbeatPacket p;
    p.cluster = m_id.cluster;
    p.from = m_id.self;
    p.link = m_link;
    p.boot = m_id.boot;
    p.bootTime = m_id.bootTime;
    p.seq = ++m_seq;
    p.sent = nowMs;
    p.mono = monoMs;
    m_made[p.seq % kRemembered] = {p.seq, nowMs, monoMs};
    p.echo = echo;
    p.payload = m_payload;
    QByteArray datagram = p.encode(m_id.key);
    if (datagram.isEmpty() && !echo.isNull()) {
        // The echo feeds the peer's RTT figure, and tells a peer whose guard stopped a group that
        // we heard it again (Coordinator, the restart after a guard stop, waits up to 10 s without
        // it): left out before the payload goes stale.
        p.echo = {};
        datagram = p.encode(m_id.key);
    }
    if (!datagram.isEmpty()) {
        m_fitting = m_payload;
        return datagram;
    }
    if (!m_oversizeLogged) {
        AgentLog::get("agent.heartbeat")
            ->warn("link {}: payload too large for a {}-byte datagram; sending the last one that fitted",
                   m_link.toStdString(), HeartbeatPacket::kMaxDatagramBytes);
        m_oversizeLogged = true;
    }
    p.payload = m_fitting;
    datagram = p.encode(m_id.key);
    if (datagram.isEmpty()) { // the stamps grew by a few digits since it fitted; never stop for that
        p.payload = {};
        datagram = p.encode(m_id.key);
    }
    return datagram;
}

std::optional<qint64> PacketComposer::madeAt(const HeartbeatPacket::Echo& echo) const
{
    if (echo.seq <= 0)
        return std::nullopt;
    const Made& m = m_made[echo.seq % kRemembered];
    // The wall clock too: after our restart the peer may still echo a packet of the last boot.
    if (m.seq != echo.seq || m.sent != echo.sent)
        return std::nullopt;
    return m.mono;
}

} // namespace twinha::agent
