#pragma once

#include <QList>

namespace twinha::agent {

// What /proc says about process groups.
namespace ProcessTable {
// The live processes of process group `pgid`. Zombies do not count: where nothing reaps orphans
// (some containers' init), killed children stay zombies forever but run nothing.
QList<qint64> liveMembers(qint64 pgid);
// The process group of `pid`, or 0 when there is no such process.
qint64 groupOf(qint64 pid);
} // namespace ProcessTable

} // namespace twinha::agent
