#pragma once

#include "agent/heartbeat/HeartbeatPacket.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace twinha::agent {

// What we know of the peer across all links. Liveness takes any valid packet; the payload is taken
// only from a packet newer than the one that set it. The newest boot wins; within a boot, the link
// that set the payload may replace it in sequence order, and another link only with a packet sent
// later (sender's clock), so a delayed packet on a slow link cannot undo a change.
class PeerView
{
public:
    // Records a packet that passed the replay guard of `link`. True when the payload changed (or
    // this is the first packet ever).
    bool offer(const QString& link, const HeartbeatPacket& packet);
    // That link's packets stop holding the payload, so any other link may replace it.
    void linkDown(const QString& link);

    qint64 silenceMs() const { return m_heard.isValid() ? m_heard.elapsed() : -1; }
    QString boot() const { return m_boot; }
    QJsonObject payload() const { return m_payload; }

private:
    bool supersedes(const QString& link, const HeartbeatPacket& packet) const;

    QElapsedTimer m_heard;
    QString m_boot;
    qint64 m_bootTime = -1;
    QJsonObject m_payload;
    QString m_link; // the link whose packet set the payload; empty when that link went down
    qint64 m_seq = 0;
    qint64 m_sent = 0;
};

} // namespace twinha::agent
