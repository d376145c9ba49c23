#pragma once

#include <QString>

namespace twinha::agent {

// `twinha-agent guard --config FILE --node NAME --state-dir DIR`: the dead-man switch that the
// daemon starts beside itself (DeadManGuard). It outlives the daemon on purpose: while the daemon
// lives it reports, several times a second, which groups it runs and how long they may keep running
// without a further word ("stop_after_ms": the lease's remaining time, or less than the dead time
// without a witness). When the daemon dies, freezes or stops, no word comes, and the guard stops
// those groups at that deadline, before the peer can take them over. A daemon started again within
// the deadline takes the guard over (STATE_DIR/guard.sock) and nothing is stopped.
class GuardCommand
{
public:
    static int run(const QString& configPath, const QString& node, const QString& stateDir, bool verbose);
    static QString socketPath(const QString& stateDir);
};

} // namespace twinha::agent
