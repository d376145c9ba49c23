#pragma once

#include "agent/guard/DeadManGuard.h"

#include <QObject>
#include <QStringList>

namespace twinha::agent {

// Passes the coordinator's word to the dead-man guard from the heartbeat's thread, at the pace of
// the heartbeat rather than of the busy main loop: the guard must stop the groups before the peer
// could take them over, and the peer takes over when the heartbeats stop, not when the main loop
// is slow. What depends on the lease is kept as a point in time (our steady clock), so that a
// word relayed long after the main loop gave it never stretches the lease.
class GuardRelay : public QObject
{
    Q_OBJECT

public:
    explicit GuardRelay(const DeadManGuard::Launch& launch, QObject* parent = nullptr);

    // `stopAfterMs`: from now, as long as the heartbeats go on (< 0: never); `leaseUntilMs`: the
    // groups may run until then in any case (steadyMs(); < 0: no lease).
    // `resumeWithinMs`: see DeadManGuard::Heartbeats.
    void setWord(const QStringList& held, qint64 stopAfterMs, qint64 leaseUntilMs, qint64 resumeWithinMs);
    // Tells the guard the current word and when the heartbeats went out (lastAt, previousRoundAt);
    // called at every heartbeat tick, and as each heartbeat goes out, while they go out.
    void relay(qint64 nowMs, qint64 heartbeatAtMs, qint64 previousRoundAtMs);

    // What the guard is told at `nowMs`: the lease's end, if later than stopAfterMs from now.
    static qint64 stopAfterAt(qint64 stopAfterMs, qint64 leaseUntilMs, qint64 nowMs);
    // The guard, whose guardStop() says when it stops a group for want of a word.
    const DeadManGuard* guard() const { return &m_guard; }

private:
    DeadManGuard m_guard;
    QStringList m_held;
    qint64 m_stopAfterMs = -1;
    qint64 m_leaseUntilMs = -1;
    qint64 m_resumeWithinMs = -1;
    bool m_haveWord = false;
};

} // namespace twinha::agent
