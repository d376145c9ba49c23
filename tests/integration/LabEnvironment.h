#pragma once

#include "agentlink/ClusterProfile.h"
#include "tests/FreePort.h"

#include <QString>

// Where ctest's lab fixture put the two-node lab (tests/lab/lab.sh up), and the built programs.
namespace twinha::tests {

QString labDir();
QString labProfilePath();
agentlink::ClusterProfile labProfile(); // QFAILs through an empty profile if the lab is not up
QString binPath(const QString& program);

} // namespace twinha::tests
