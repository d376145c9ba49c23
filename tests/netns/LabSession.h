#pragma once

#include "tests/netns/ClusterAgents.h"
#include "tests/netns/NetnsLab.h"
#include "tests/netns/ProbeRun.h"

#include <memory>

namespace twinha::tests::netns {

// A netns lab with its two agents and the probing client, for one test function. The lab's files
// stay behind when the test failed, for the agents' logs and the probe's record.
class LabSession
{
public:
    explicit LabSession(const QStringList& options = {});
    ~LabSession();

    // Waits for the cluster to settle with `holder` serving, then starts the client and waits for
    // the first answer from the holder. False with `why` set otherwise.
    bool ready(QString* why, const QString& holder = QStringLiteral("node1"));

    NetnsLab lab;
    ClusterAgents agents;
    ProbeRun probe;
};

} // namespace twinha::tests::netns
