#pragma once

#include "agent/heartbeat/HeartbeatIdentity.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/LogThrottle.h"
#include "agent/heartbeat/ReplayGuard.h"

#include <QHostAddress>

#include <optional>
#include <string>

namespace twinha::agent {

// Decides whether a datagram that arrived on a link is a fresh packet from the peer on that link,
// and counts and logs (forged and replayed at warn, at most every 10 s) what it refuses.
class PacketValidator
{
public:
    PacketValidator(const HeartbeatIdentity& identity, const QString& link, int deadTimeMs);

    // nowMs: the wall clock, monoMs: the steady clock. A genuine packet of the peer's current boot
    // refused only for having been held back on the way sets `lateMs` (see ReplayGuard::check).
    std::optional<HeartbeatPacket> check(const QByteArray& datagram, const QHostAddress& from, qint64 nowMs,
                                         qint64 monoMs, qint64* lateMs = nullptr);

    quint64 forged() const { return m_forged; }
    // Refused by the replay guard, or signed with our key but naming another sender or link
    // (reflected back to us, or moved from another link to dodge that link's guard).
    quint64 replayed() const { return m_guard.replayed() + m_misdirected; }
    quint64 malformed() const { return m_malformed; }

private:
    void warn(LogThrottle& throttle, const std::string& what, quint64 total, const QHostAddress& from) const;

    QString m_cluster;
    QString m_peer;
    QByteArray m_key;
    QString m_link;
    ReplayGuard m_guard;
    LogThrottle m_forgedLog;
    LogThrottle m_replayLog;
    quint64 m_forged = 0;
    quint64 m_misdirected = 0;
    quint64 m_malformed = 0;
};

} // namespace twinha::agent
