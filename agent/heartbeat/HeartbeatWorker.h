#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/heartbeat/HeartbeatIdentity.h"
#include "agent/heartbeat/PeerView.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>

namespace twinha::agent {

class HeartbeatLink;

// The heartbeat's work, on the thread of the event loop it lives in (see Heartbeat, which gives it
// a thread of its own): one HeartbeatLink per configured link, all carrying the same local payload.
// The peer is alive while ANY link is up; it is declared dead only when every link has been silent
// for longer than the dead time. Each link checks its silence with a deadline timer armed at every
// valid packet, so death is declared about dead_time after the last packet, not a send interval
// later.
class HeartbeatWorker : public QObject
{
    Q_OBJECT

public:
    HeartbeatWorker(const AgentConfig& config, const HeartbeatIdentity& identity, QObject* parent = nullptr);
    ~HeartbeatWorker() override;

    // Binds every link; on failure none stays bound and *error holds kHeartbeatBindFailed.
    bool start(protocol::RpcError* error);
    // Sent at once on every link when it differs from the current one.
    void setLocalPayload(const QJsonObject& payload);
    // A muted worker sends nothing, so that the peer declares this node dead; it still listens.
    void setMuted(bool muted);
    // A datagram on every link now.
    void sendNow();
    bool isMuted() const { return m_muted; }

    bool peerAlive() const { return m_alive; }
    // Since the last valid packet on any link; -1 when none was ever heard.
    qint64 peerSilenceMs() const { return m_peer.silenceMs(); }
    QJsonObject peerPayload() const { return m_peer.payload(); }
    // steadyMs() of the last valid packet on any link, -1 before the first; safe from any thread.
    qint64 lastHeardAtMs() const { return m_lastHeardAt.load(); }
    // steadyMs() that the latest late packet (HeartbeatLink::lateSignOfLife) showed the peer alive
    // at, on any link; -1 before the first; safe from any thread.
    qint64 lateSignAtMs() const { return m_lateSignAt.load(); }
    // When heartbeats went out, on the worker's thread (steadyMs(), -1 before any): the last
    // datagram on any link, and the last of the round before (a round: the datagrams of every link
    // sent within half an interval of each other). If the last round was lost on every link, the
    // peer last heard this node at the round before.
    qint64 lastSentAtMs() const { return m_lastSentAt; }
    qint64 previousRoundSentAtMs() const { return m_previousRoundAt; }
    QString peerBoot() const { return m_peer.boot(); }
    QJsonArray linksJson() const;

    // This run's identity as the peer sees it.
    QString bootId() const { return m_id.boot; }
    QString peerName() const { return m_id.peer; }
    // Null when there is no such link.
    HeartbeatLink* link(const QString& name) const;

Q_SIGNALS:
    void peerAliveChanged(bool alive);
    void peerPayloadChanged(const QJsonObject& payload, const QString& boot);
    void linkStateChanged(const QString& link, bool up);
    // A packet of the peer echoed one of ours, sent at `sentMs`. After peerPayloadChanged for the
    // same packet.
    void peerHeardUs(qint64 sentMs); // steadyMs() when we sent the packet it echoed
    void heartbeatSent();            // the first datagram of a round, on any link

private:
    void onPacket(HeartbeatLink* link);
    void onLinkState(HeartbeatLink* link, bool up);
    void onSent();

    QList<LinkConfig> m_linkConfigs;
    TimingConfig m_timing;
    HeartbeatIdentity m_id;
    QJsonObject m_localPayload;
    QList<HeartbeatLink*> m_links;
    PeerView m_peer;
    bool m_alive = false;
    bool m_muted = false;
    std::atomic<qint64> m_lastHeardAt{-1};
    std::atomic<qint64> m_lateSignAt{-1};
    qint64 m_lastSentAt = -1;
    qint64 m_roundStartAt = -1;
    qint64 m_previousRoundAt = -1;
};

} // namespace twinha::agent
