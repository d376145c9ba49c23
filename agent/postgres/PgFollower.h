#pragma once

#include "agent/postgres/PgTask.h"
#include "agent/replication/RetryBackoff.h"
#include "agentlink/protocol/EventType.h"
#include "agentlink/protocol/RpcError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

namespace twinha::agent {

// Keeps this node's PostgreSQL running as a standby of the peer while the peer holds the group.
// tend() is called whenever the local server does not answer; it takes one step:
//   - held (hold file): nothing, ever, until a person deletes the file;
//   - otherwise, once the peer answers as a primary (before that there is nothing to follow):
//     pg_rewind onto the peer's timeline, which does nothing when this copy did not go its own way
//     (a clean switchover) and otherwise discards what it wrote past the fork (a crashed primary
//     the peer took over from; a split-brain's loser), journaled as pg_rewound; then standby.signal
//     and primary_conninfo, and start it. It can never come up as a primary.
//   - if pg_rewind fails for any reason but the connection, it is held (pg_held) and stays
//     stopped: never a second primary, and never started on a copy that went its own way.
// realign() stops a running standby that does not stream from a primary peer, so that tend()
// rewinds it: a standby that forked off before the primary's timeline cannot follow it.
class PgFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStartTimeoutMs = 120000;
    static constexpr int kRewindTimeoutMs = 30 * 60 * 1000;

    explicit PgFollower(const PgInstance& instance, QObject* parent = nullptr);

    void tend();
    void realign();
    void cancel();
    bool isBusy() const { return m_task.isRunning(); }
    // Why the standby is not running, or null while it is fine or starting.
    protocol::RpcError problem() const { return m_problem; }
    void clearProblem() { m_problem = {}; }

Q_SIGNALS:
    void changed();
    void journalEvent(protocol::EventType type, const QJsonObject& data);

private:
    void onStatus(const CommandRunner::Result& status);
    void start();
    void checkPeerIsPrimary();
    void rewind();
    void setProblem(const protocol::RpcError& problem);

    PgTask m_task;
    protocol::Backoff m_backoff = replicationRetryBackoff();
    QElapsedTimer m_sinceFailure; // invalid while the last start did not fail
    int m_waitMs = 0;
    QJsonObject m_before; // own checkpoint before a rewind, for the journal
    protocol::RpcError m_problem;
};

} // namespace twinha::agent
