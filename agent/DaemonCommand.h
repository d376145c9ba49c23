#pragma once

namespace twinha::agent {

class CommandLine;

// `twinha-agent daemon`: loads and checks the config, finds this node in it, restores the node's
// state, serves the control socket and runs until SIGTERM or SIGINT. Needs a QCoreApplication.
class DaemonCommand
{
public:
    // Returns the exit code (see ExitCodes.h).
    static int run(const CommandLine& commandLine);
};

} // namespace twinha::agent
