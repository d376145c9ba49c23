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
// Called with the members of a frozen group (all stopped: none can write or fork) just before
// they are killed, to note what they would leave behind (rsync's temporary files).
using BeforeKill = std::function<void(const QList<qint64>& members)>;
// The group frozen (SIGSTOP, which nothing can ignore and which a fork in progress cannot slip
// past), shown to beforeKill, and killed; back once every member has exited (or a second after
// the SIGKILL). For a daemon that forks a worker per connection (rsync's): never SIGTERM, on
// which rsync sleeps 400 ms before it exits, and a worker whose peer vanished mid-push took 700 ms
// in the netns lab, while a takeover waited. What a killed worker leaves behind is the caller's
// to clear, from what beforeKill saw. A group not all stopped within 500 ms (a member stuck in
// the kernel) is shown as it is then, and killed all the same. True when the group is gone.
bool killFrozen(qint64 pgid, const BeforeKill& beforeKill = {});
} // namespace ProcessTable

} // namespace twinha::agent
