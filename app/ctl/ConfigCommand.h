#pragma once

#include "app/ctl/CtlCommand.h"

namespace twinha::agentlink {
class ConfigApplyRun;
}

namespace twinha::app {

// twinhactl config apply FILE: puts FILE (a cluster.toml kept, say, in git) on both nodes as one
// change (agentlink::ConfigApplyRun): both agents validate and stage it, then both commit, with
// automatic failover frozen in between, and the command waits until the nodes hear each other on
// it. A refusal on either node changes nothing on both. Needs both nodes; operators only.
class ConfigCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;
    // The words after "config": "apply FILE".
    static bool validArguments(const QStringList& afterConfig);

private:
    void report();
    QJsonObject resultJson() const;
    int exitCode() const;

    agentlink::ConfigApplyRun* m_run = nullptr;
    int m_printedPhase = -1;
};

} // namespace twinha::app
