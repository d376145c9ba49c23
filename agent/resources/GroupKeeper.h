#pragma once

#include "agent/resources/RunAs.h"

#include <optional>

namespace twinha::agent {

// How every command the agent runs is started, between fork and exec. Qt 6 runs this in a vfork()
// child that shares the agent's memory, so only async-signal-safe system calls are made here, and
// nothing long-lived: the child makes itself a session and process group of its own, starts a
// keeper, switches to `who` when given, and returns to be exec'd as the command.
// The keeper is a plain fork (its own copy of memory) that waits on a pidfd of the agent. If the
// agent dies (crash, SIGKILL, OOM) it kills the whole group: no half-run start script, rsync or
// fence agent runs on as an orphan. It ignores the signals sent to the group short of SIGKILL, so
// that a timeout's SIGTERM reaches the command and not it, and it dies with the command
// (a pidfd of it, and PR_SET_PDEATHSIG): what the command leaves behind in the group is then the caller's to end,
// as CommandRunner does after a timeout.
// What a command moves into a session of its own (a daemon that detaches) is its business: a
// start script may launch the service that way, and the stop script ends it.
// The group's id is the command's pid, which is what QProcess::processId() returns.
namespace GroupKeeper {
// `agent`: getpid() of the agent, taken before the fork.
void split(pid_t agent, const std::optional<RunAs>& who);
} // namespace GroupKeeper

} // namespace twinha::agent
