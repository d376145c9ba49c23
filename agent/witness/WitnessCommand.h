#pragma once

#include <QString>

namespace twinha::agent {

// `twinha-agent witness [--config FILE] [--verbose]` (CommandLine gives the default FILE): runs the witness until
// SIGTERM or SIGINT.
class WitnessCommand
{
public:
    static int run(const QString& configPath, bool verbose);
};

} // namespace twinha::agent
