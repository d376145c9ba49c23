#pragma once

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QObject>
#include <QStringList>

namespace twinha::agent {

// The daemon's side of the dead-man switch (GuardCommand): starts `twinha-agent guard` when none
// answers on STATE_DIR/guard.sock, and tells it, at every evaluation, which groups this node runs
// and how long they may go on without a further word. The guard runs detached, in its own session,
// so that neither kill -9 of the daemon nor its crash takes the guard with it.
class DeadManGuard : public QObject
{
    Q_OBJECT

public:
    struct Launch
    {
        QString agent; // this daemon's own executable
        QString config;
        QString node;
        QString stateDir;
    };
    static constexpr int kRespawnMs = 1000; // at most one start attempt per second
    // When this node's heartbeats went out (steadyMs(), -1: not yet; HeartbeatWorker), and how long
    // after the round before the last a heartbeat still reaches the peer before its dead time
    // (-1: not known). With them, a word that reaches the guard after its deadline can still show
    // that the heartbeats went on in time (GuardKeeper), as after a pause of the whole machine.
    struct Heartbeats
    {
        qint64 lastAt = -1;
        qint64 previousRoundAt = -1;
        qint64 resumeWithinMs = -1;
    };

    explicit DeadManGuard(const Launch& launch, QObject* parent = nullptr);

    // `stopAfterMs` < 0: never (manual failover, maintenance mode, or nothing held). When the
    // socket is not connected yet, the word goes out as soon as it is, less the time it waited:
    // a restarted daemon must take over its predecessor's guard before that guard's deadline.
    void report(const QStringList& held, qint64 stopAfterMs, const Heartbeats& heartbeats);
    void report(const QStringList& held, qint64 stopAfterMs) { report(held, stopAfterMs, Heartbeats()); }
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }

Q_SIGNALS:
    // The guard is stopping the group because no word came in time (`over` false), or has stopped
    // it (`over`; `ok`: the stop succeeded).
    void guardStop(const QString& group, bool over, bool ok);

private:
    void spawn();
    void send();
    void readNotices();

    Launch m_launch;
    QLocalSocket m_socket;
    QElapsedTimer m_lastSpawn;
    QStringList m_held;
    qint64 m_stopAfterMs = -1;
    Heartbeats m_heartbeats;
    QElapsedTimer m_wordAge; // since the last report()
};

} // namespace twinha::agent
