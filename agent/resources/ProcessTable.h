#pragma once

#include <QList>

#include <functional>

namespace twinha::agent {

// What /proc says about process groups, and ending one for sure.
namespace ProcessTable {
// The live processes of process group `pgid`. Zombies do not count: where nothing reaps orphans
// (some containers' init), killed children stay zombies forever but run nothing.
QList<qint64> liveMembers(qint64 pgid);
// Calls visit(pid, state) for each process of group `pgid`, zombies too; state is the letter of
// /proc/PID/stat ('R', 'S', 'T', 'Z', ...). One read of /proc.
void forEachMember(qint64 pgid, const std::function<void(qint64 pid, char state)>& visit);
// The process group of `pid`, or 0 when there is no such process.
qint64 groupOf(qint64 pid);
// SIGTERM to the group, SIGKILL to what is left after graceMs, and back only when nothing of it
// runs any more (or a second after the SIGKILL). Blocks: for the moments when nothing may go on
// before the group is gone (a receiver that stops must not write into a folder that is about to
// serve). True when the group is gone.
bool endGroup(qint64 pgid, int graceMs);
// For the group of a daemon that forks a worker per connection (rsync's daemon): the group is
// frozen (SIGSTOP, which nothing can ignore and which a fork in progress cannot slip past) and,
// when no worker runs the daemon's program beside it, killed at once. rsync sleeps 400 ms on
// SIGTERM before it exits, and a switchover's target waits for that. With a worker (a push being
// written), or when the group cannot be read, it goes on as endGroup, so workers clean up after
// themselves. A worker that exits by itself within 100 ms (a push that has just ended) is waited
// for first.
bool endDaemonGroup(qint64 pgid, int graceMs);
} // namespace ProcessTable

} // namespace twinha::agent
