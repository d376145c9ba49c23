#include "agent/heartbeat/PacketValidator.h"

#include "agent/AgentLog.h"

namespace twinha::agent {

PacketValidator::PacketValidator(const HeartbeatIdentity& identity, const QString& link, int deadTimeMs)
    : m_cluster(identity.cluster)
    , m_peer(identity.peer)
    , m_key(identity.key)
    , m_link(link)
    , m_guard(deadTimeMs)
{}

std::optional<HeartbeatPacket> PacketValidator::check(const QByteArray& datagram, const QHostAddress& from,
                                                      qint64 nowMs, qint64 monoMs, qint64* lateMs)
{
    HeartbeatPacket p;
    const HeartbeatPacket::DecodeResult result = HeartbeatPacket::decode(datagram, m_cluster, m_key, &p);
    switch (result) {
    case HeartbeatPacket::DecodeResult::Ok:
        break;
    case HeartbeatPacket::DecodeResult::Forged:
        ++m_forged;
        warn(m_forgedLog, "a forged heartbeat (wrong key?)", m_forged, from);
        return std::nullopt;
    case HeartbeatPacket::DecodeResult::WrongCluster:
        // Another cluster signing with our key: a configuration mistake worth a warning.
        ++m_malformed;
        warn(m_forgedLog, "a heartbeat of another cluster", m_malformed, from);
        return std::nullopt;
    case HeartbeatPacket::DecodeResult::Malformed:
        ++m_malformed;
        AgentLog::get("agent.heartbeat")
            ->debug("link {}: dropped a malformed datagram from {}", m_link.toStdString(),
                    from.toString().toStdString());
        return std::nullopt;
    }
    if (p.from != m_peer || p.link != m_link) {
        ++m_misdirected;
        warn(m_replayLog, "a heartbeat meant for another node or link", replayed(), from);
        return std::nullopt;
    }
    const ReplayGuard::Verdict verdict =
        m_guard.check({p.boot, p.bootTime, p.seq, p.sent, p.mono}, nowMs, monoMs, lateMs);
    if (verdict != ReplayGuard::Verdict::Accepted) {
        warn(m_replayLog, std::string("a replayed heartbeat (") + ReplayGuard::verdictName(verdict) + ")", replayed(),
             from);
        return std::nullopt;
    }
    return p;
}

void PacketValidator::warn(LogThrottle& throttle, const std::string& what, quint64 total,
                           const QHostAddress& from) const
{
    qint64 held = 0;
    if (!throttle.allow(&held))
        return;
    AgentLog::get("agent.heartbeat")
        ->warn("link {}: dropped {} from {} ({} so far; {} similar not logged since the last report)",
               m_link.toStdString(), what, from.toString().toStdString(), total, held);
}

} // namespace twinha::agent
