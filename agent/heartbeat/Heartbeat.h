#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/guard/DeadManGuard.h"
#include "agent/heartbeat/HeartbeatIdentity.h"
#include "agent/heartbeat/ThreadHoldWatch.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace twinha::agent {

class GuardRelay;
class HeartbeatWorker;

// The agent's heartbeat, on a thread of its own so that no other work of the daemon (an fsync, a
// walk of a big tree, a slow child) can hold back a datagram or the verdict on the peer: sending,
// receiving, checking and judging the peer all happen there (HeartbeatWorker), and the guard's
// keep-alives go out from there too (GuardRelay). This object is the main loop's view of it: the
// verdicts arrive as queued signals, in order.
//
// A main loop that does not come back is not hidden behind a healthy heartbeat: once it has not
// run for stallLimitMs, the heartbeat and the guard's keep-alives stop, so the guard stops the
// groups and the peer takes over as from a dead node.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLoopBeatMs = 100; // how often the main loop proves it runs

    Heartbeat(const AgentConfig& config, const QString& selfNode, const QByteArray& key, QObject* parent = nullptr);
    ~Heartbeat() override;

    // Binds every link; on failure none stays bound and *error holds kHeartbeatBindFailed.
    bool start(protocol::RpcError* error);
    // Sent at once on every link when it differs from the current one.
    void setLocalPayload(const QJsonObject& payload);

    bool peerAlive() const { return m_alive; }
    // Since the last valid packet on any link, as the heartbeat's thread knows it now; -1 when none
    // was ever heard.
    qint64 peerSilenceMs() const;
    // Since a late packet last showed the peer alive (HeartbeatLink::lateSignOfLife), when that was
    // after the last valid packet; -1 otherwise.
    qint64 peerLateSignMs() const;
    // True once a heartbeat of the peer answers one we sent at atMs (steadyMs()) or later: the
    // claims it came with (peerPayload, already delivered) are newer than anything the peer did
    // before it heard us then. On the steady clock: a step of the wall clock changes nothing.
    bool peerHeardUsSince(qint64 atMs) const;
    QJsonObject peerPayload() const { return m_payload; }
    QString peerBoot() const { return m_boot; }
    QJsonArray linksJson() const;

    // This run's identity as the peer sees it.
    QString bootId() const { return m_id.boot; }
    QString peerName() const { return m_id.peer; }

    // The dead-man guard, fed from the heartbeat's thread (see GuardRelay).
    void enableGuard(const DeadManGuard::Launch& launch);
    void reportToGuard(const QStringList& held, qint64 stopAfterMs, qint64 leaseUntilMs, qint64 resumeWithinMs);

    // max(10 s, 10 dead times) by default.
    qint64 stallLimitMs() const { return m_stallLimitMs; }
    void setStallLimitMs(qint64 ms) { m_stallLimitMs = ms; }

Q_SIGNALS:
    void peerAliveChanged(bool alive);
    void peerPayloadChanged(const QJsonObject& payload);
    void linkStateChanged(const QString& link, bool up);
    // A heartbeat of the peer answered a newer one of ours (peerHeardUsSince).
    void peerHeardUs();
    // The dead-man guard is stopping the group, or has (`over`), for want of a word in time
    // (DeadManGuard::guardStop).
    void guardStop(const QString& group, bool over, bool ok);

private:
    void watch();                    // on the heartbeat's thread, every interval
    void relayToGuard(qint64 nowMs); // on the heartbeat's thread, with m_relay set

    HeartbeatIdentity m_id;
    int m_intervalMs;
    QThread m_thread;
    HeartbeatWorker* m_worker = nullptr; // lives on m_thread
    GuardRelay* m_relay = nullptr;       // lives on m_thread
    QTimer* m_watch = nullptr;           // lives on m_thread
    ThreadHoldWatch m_holdWatch;         // used on m_thread only, from watch()
    QTimer m_loopBeat;                   // on the main loop
    std::atomic<qint64> m_loopBeatAt;    // steadyMs() of the main loop's last beat
    std::atomic<qint64> m_stallLimitMs;
    bool m_alive = false;
    QJsonObject m_payload;
    QString m_boot;
    qint64 m_peerHeardUsSent = -1; // steadyMs() when we sent the newest of our packets the peer echoed
};

} // namespace twinha::agent
