#include "agent/coordinator/GroupRecovery.h"

#include <algorithm>

namespace twinha::agent {

GroupRecovery::GroupRecovery(int localRestarts, qint64 windowMs)
    : m_localRestarts(std::max(0, localRestarts))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void GroupRecovery::forgetOld(Record& r, qint64 nowMs) const
{
    r.failures.removeIf([&](qint64 at) { return nowMs - at >= m_windowMs; });
    if (r.arrivedMs >= 0 && nowMs - r.arrivedMs >= m_windowMs)
        r.arrivedMs = -1;
    if (r.movedMs >= 0 && nowMs - r.movedMs >= m_windowMs)
        r.movedMs = -1;
}

void GroupRecovery::failed(const QString& group, qint64 nowMs)
{
    Record& r = m_records[group];
    forgetOld(r, nowMs);
    if (r.attemptOpen) { // what was tried did not work
        r.attemptOpen = false;
        ++r.failedAttempts;
    } else if (r.upSinceMs >= 0) { // it did, but did it last?
        if (nowMs - r.upSinceMs >= kStableMs)
            r.failedAttempts = 0;
        else
            ++r.failedAttempts;
    }
    r.upSinceMs = -1;
    if (r.incidentOpen)
        return; // another resource of the same incident
    r.incidentOpen = true;
    r.failures.append(nowMs);
}

void GroupRecovery::succeeded(const QString& group, qint64 nowMs)
{
    Record& r = m_records[group];
    r.attemptOpen = false;
    r.incidentOpen = false;
    r.upSinceMs = nowMs;
}

void GroupRecovery::seenRunning(const QString& group)
{
    if (auto it = m_records.find(group); it != m_records.end())
        it->incidentOpen = false;
}

void GroupRecovery::arrived(const QString& group, qint64 nowMs)
{
    m_records[group].arrivedMs = nowMs;
}

int GroupRecovery::failures(const QString& group, qint64 nowMs)
{
    Record& r = m_records[group];
    forgetOld(r, nowMs);
    return int(r.failures.size());
}

GroupRecovery::Plan GroupRecovery::next(const QString& group, qint64 nowMs, bool peerCanTake)
{
    Record& r = m_records[group];
    forgetOld(r, nowMs);
    Plan p;
    p.failures = std::max<int>(1, int(r.failures.size())); // a failure seen before this node counted any
    if (p.failures <= m_localRestarts)
        return p; // Restart
    if (peerCanTake && r.arrivedMs < 0 && r.movedMs < 0) {
        p.step = Step::Move;
        return p;
    }
    p.arrivedByMove = peerCanTake && r.arrivedMs >= 0;
    p.movedBefore = peerCanTake && !p.arrivedByMove && r.movedMs >= 0;
    // Beyond the restarts here and with nowhere to go: again, at once after a restart that worked
    // and lasted, else each pause twice the last.
    const qint64 pause =
        r.failedAttempts == 0 ? 0 : std::min(kLongestPauseMs, kFirstPauseMs << std::min(r.failedAttempts - 1, 16));
    p.step = Step::Wait;
    p.atMs = r.lastAttemptMs < 0 ? nowMs : r.lastAttemptMs + pause;
    if (p.atMs <= nowMs)
        p.step = Step::Restart;
    return p;
}

void GroupRecovery::attempted(const QString& group, qint64 nowMs, Step step)
{
    Record& r = m_records[group];
    r.lastAttemptMs = nowMs;
    r.incidentOpen = false;
    r.attemptOpen = true;
    if (step == Step::Move)
        r.movedMs = nowMs;
}

} // namespace twinha::agent
