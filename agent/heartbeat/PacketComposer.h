#pragma once

#include "agent/heartbeat/HeartbeatIdentity.h"
#include "agent/heartbeat/HeartbeatPacket.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace twinha::agent {

// Builds the next signed datagram of one link. When the datagram would be too large, the echo (an
// RTT sample for the peer) is left out first; a payload still too large is refused, with one
// warning, and the last payload that fitted is sent instead, so the heartbeat never stops.
class PacketComposer
{
public:
    PacketComposer(const HeartbeatIdentity& identity, const QString& link);

    // False when it equals the current payload.
    bool setPayload(const QJsonObject& payload);
    QJsonObject payload() const { return m_payload; }

    // The next datagram, numbered lastSeq() + 1; `echo`: the last packet heard from the peer;
    // nowMs: the wall clock, monoMs: the steady clock.
    QByteArray next(const HeartbeatPacket::Echo& echo, qint64 nowMs, qint64 monoMs);
    qint64 lastSeq() const { return m_seq; }
    // When (monoMs) the packet that `echo` answers was made, if it is one of the last kRemembered
    // and this boot's: an echo on our own steady clock, which no step of the wall clock moves.
    std::optional<qint64> madeAt(const HeartbeatPacket::Echo& echo) const;

    static constexpr int kRemembered = 64;

private:
    HeartbeatIdentity m_id;
    QString m_link;
    qint64 m_seq = 0;
    struct Made
    {
        qint64 seq = 0;
        qint64 sent = 0; // wall clock
        qint64 mono = 0;
    };
    std::array<Made, kRemembered> m_made{}; // packet seq lives in slot seq % kRemembered
    QJsonObject m_payload;
    QJsonObject m_fitting; // the last payload that fitted in a datagram
    bool m_oversizeLogged = false;
};

} // namespace twinha::agent
