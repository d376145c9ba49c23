#pragma once

#include "agent/resources/ProcessTable.h"

#include <QString>

namespace twinha::agent {

// The rsync servers that sshd started for a channel (MirrorServe), which are not the agent's
// children: each registers its pid in STATE/rsync/CHAN.servers/ before it checks the gate, and
// the receiver ends them all after it closed the gate. Either a server registered in time to be
// ended, or it finds the gate closed: a node that stops receiving takes no push after that, as
// when the plain transport's daemon is stopped.
class MirrorServers
{
public:
    // This process, which is about to become the channel's server. Forgets servers that are gone.
    static bool enter(const QString& stateDir, const QString& channel, QString* error);
    // Kills each registered server still running, its whole process group, and is back once they
    // are all gone (ProcessTable::killFrozen, which shows each frozen group to beforeKill first);
    // returns how many ran.
    static int endAll(const QString& stateDir, const QString& channel, const ProcessTable::BeforeKill& beforeKill = {});

private:
    static QString folder(const QString& stateDir, const QString& channel);
    // The process pid still runs as the channel's server (or is about to: mirror-serve itself).
    static bool isServer(qint64 pid, const QString& stateDir, const QString& channel);
};

} // namespace twinha::agent
