#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/heartbeat/HeartbeatIdentity.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/LogThrottle.h"
#include "agent/heartbeat/LossMeter.h"
#include "agent/heartbeat/PacketComposer.h"
#include "agent/heartbeat/PacketValidator.h"
#include "agent/heartbeat/RttEstimator.h"
#include "agentlink/protocol/RpcError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <array>

namespace twinha::agent {

class PeerAddress;

// One heartbeat link: a UDP socket on this node's endpoint that sends to the peer's endpoint every
// interval and at once when the payload changes, and checks, counts and measures what comes back.
// The link is up while a valid packet was heard within the dead time. A genuine packet of the
// peer's current boot that was held back on the way too long to be taken (replay protection) is
// not heard, but it shows the peer alive when it sent it: lateSignOfLife, which holds back a
// takeover (ClusterDecider), never a link or the peer's claims.
class HeartbeatLink : public QObject
{
    Q_OBJECT

public:
    // Changes made in one turn of the event loop go out as one datagram, at the end of the turn.
    // Those of separate turns go out at once, up to kSendBurst of them within kSendBurst gaps of
    // kMinSendGapMs (a switchover's steps follow each other within milliseconds, and each one
    // waits for the peer's answer); beyond that, one per gap, with the newest payload.
    static constexpr int kMinSendGapMs = 10;
    static constexpr int kSendBurst = 8;

    HeartbeatLink(const LinkConfig& link, const TimingConfig& timing, const HeartbeatIdentity& identity,
                  QObject* parent = nullptr);
    ~HeartbeatLink() override;

    // Binds and starts sending; kHeartbeatBindFailed {link, address, detail} on failure.
    bool start(protocol::RpcError* error);
    // Closes the socket and stops the timers; the link is then down.
    void stop();
    // Sent at once if it differs from the current one.
    void setPayload(const QJsonObject& payload);
    // A muted link keeps listening but sends nothing.
    void setMuted(bool muted) { m_muted = muted; }
    // One datagram now, whatever the timers say (the daemon's last word as it stops).
    void sendNow() { send(); }

    QString name() const { return m_name; }
    bool isUp() const { return m_up; }
    qint64 lastHeardMs() const { return m_heard.isValid() ? m_heard.elapsed() : -1; }
    double rttMs() const { return m_rtt.smoothedMs(); } // -1 before the first sample
    double lastRttMs() const { return m_rtt.lastMs(); }
    double lossPct() const;
    quint64 sent() const { return m_sent; }
    quint64 received() const { return m_received; }
    quint64 forged() const { return m_validator.forged(); }
    quint64 replayed() const { return m_validator.replayed(); }
    quint64 malformed() const { return m_validator.malformed(); }
    // The last packet accepted from the peer; valid in a slot connected to packetReceived.
    const HeartbeatPacket& lastPacket() const { return m_lastPacket; }
    // steadyMs() when we sent the packet that lastPacket() echoes; -1 when unknown (no echo, or
    // one too old or of our last boot). Valid in a slot connected to packetReceived.
    qint64 lastEchoedSentMs() const { return m_composer.madeAt(m_lastPacket.echo).value_or(-1); }
    // {name, state, rtt_ms, rtt_last_ms, loss_pct, last_heard_ms, sent, received, forged, replayed,
    // malformed, address, peer_address}
    QJsonObject toJson() const;

Q_SIGNALS:
    void stateChanged(bool up);
    void packetReceived(const QJsonObject& payload, const QString& boot, qint64 seq);
    // A late packet showed the peer alive at `atMs` (our steady clock), later than any before it.
    void lateSignOfLife(qint64 atMs);
    void datagramSent(); // a heartbeat went out to the peer

private:
    void requestSend();
    void send();
    void readPending();
    void accept(const HeartbeatPacket& packet);
    void noteLateSign(qint64 atMs);
    void onDeadline();
    void setUp(bool up, bool logIt = true);

    QString m_name;
    LinkEndpoint m_local;
    LinkEndpoint m_peer;
    TimingConfig m_timing;
    HeartbeatIdentity m_id;

    QUdpSocket m_socket;
    PeerAddress* m_peerAddress = nullptr;
    QTimer m_sendTimer;                             // periodic, restarted by every send
    QTimer m_gapTimer;                              // the next send: at the end of this turn, or when the burst allows
    QTimer m_deadlineTimer;                         // fires when the dead time has passed since the last valid packet
    std::array<qint64, kSendBurst> m_recentSends{}; // steady ms of the last sends, a ring
    int m_oldestSend = 0;                           // its oldest slot, overwritten by the next send
    QElapsedTimer m_heard;
    qint64 m_lateSignAt = -1; // steady ms of the latest sign of life a late packet gave

    PacketComposer m_composer;
    PacketValidator m_validator;
    HeartbeatPacket m_lastPacket;
    LossMeter m_loss;
    RttEstimator m_rtt;
    LogThrottle m_sendFailureLog; // an unplugged cable fails every send
    bool m_up = false;
    bool m_muted = false;
    quint64 m_sent = 0;
    quint64 m_received = 0;
};

} // namespace twinha::agent
