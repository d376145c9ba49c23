#pragma once

#include <QCoreApplication>
#include <QString>

namespace twinha::agentlink {

class ConfigApplyRun;

// A config change that both nodes take together, in words: shared by the setup wizard's Apply
// page and `twinhactl config apply`.
class ConfigApplyText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigApplyText)

public:
    // What the run does now, e.g. "Committing on node1 and node2: …".
    static QString phase(const ConfigApplyRun& run);
    // The result: which node runs which configuration, whether failover is active, what to do.
    static QString outcome(const ConfigApplyRun& run);
};

} // namespace twinha::agentlink
