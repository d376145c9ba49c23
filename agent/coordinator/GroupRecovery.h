#pragma once

#include "agentlink/protocol/RecoveryTerms.h"

#include <QHash>
#include <QList>
#include <QString>

namespace twinha::agent {

// What to do about a group whose resource failed on the node that holds it, as an experienced
// administrator would: restart it where it is a few times (`localRestarts` within `windowMs`, as
// Pacemaker's migration-threshold and failure-timeout), then move it to a peer that can run it,
// and where no peer can, go on restarting it here, pausing longer after each restart that failed
// (a restart that worked ends the pauses), so that the service comes back by itself once the
// cause is gone. A group that came here by such a move within the window is not moved back, and a
// group is moved away at most once within the window: two nodes that both fail it would otherwise
// pass it to and fro, and a move that rolled back would be retried at once.
// One incident counts once: every resource of the group found down, until a restart or move
// begins. Pure bookkeeping on a steady clock in milliseconds; the Coordinator acts.
class GroupRecovery
{
public:
    using Step = protocol::RecoveryStep; // Restart, Move or Wait (until `atMs`); never None
    struct Plan
    {
        Step step = Step::Restart;
        qint64 atMs = 0;  // Wait: when the restart may begin
        int failures = 0; // within the window, the one being answered included
        // Why a peer that could take the group does not: it came here by a move, or a move away
        // was tried already, within the window.
        bool arrivedByMove = false;
        bool movedBefore = false;
    };

    static constexpr qint64 kFirstPauseMs = 5000;
    static constexpr qint64 kLongestPauseMs = 300000;
    static constexpr qint64 kStableMs = 60000;

    GroupRecovery(int localRestarts, qint64 windowMs);

    // The group failed here at `nowMs` (a resource found down, or a restart that failed).
    void failed(const QString& group, qint64 nowMs);
    // A restart brought the group back at `nowMs` (or a move is over). It counts as having worked
    // once the group has run for kStableMs: a service that dies again sooner is flapping, and the
    // pauses go on growing.
    void succeeded(const QString& group, qint64 nowMs);
    // The group runs: a failure from now on is a new incident.
    void seenRunning(const QString& group);
    // The group arrived on this node by a recovery move at `nowMs`.
    void arrived(const QString& group, qint64 nowMs);
    // The group failed and nothing is under way for it: what to do now. `peerCanTake`: a healthy
    // peer that automatic failover allows to run it.
    Plan next(const QString& group, qint64 nowMs, bool peerCanTake);
    // A restart or move was begun at `nowMs`.
    void attempted(const QString& group, qint64 nowMs, Step step = Step::Restart);
    // Failures (incidents) of the group within the window.
    int failures(const QString& group, qint64 nowMs);

private:
    struct Record
    {
        QList<qint64> failures;
        bool incidentOpen = false; // failed, and no restart or move begun since
        bool attemptOpen = false;  // a restart or move begun, and not known to have worked
        int failedAttempts = 0;    // in a row, since the last restart that worked
        qint64 upSinceMs = -1;     // the last restart that brought it back
        qint64 lastAttemptMs = -1;
        qint64 arrivedMs = -1;
        qint64 movedMs = -1;
    };
    void forgetOld(Record& r, qint64 nowMs) const;

    int m_localRestarts;
    qint64 m_windowMs;
    QHash<QString, Record> m_records;
};

} // namespace twinha::agent
