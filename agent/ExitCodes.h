#pragma once

// The agent's exit codes; scripts and the console's deployment step rely on them.
namespace twinha::agent::exitcodes {

constexpr int kOk = 0;
constexpr int kFailure = 1;           // a runtime failure: state unreadable, socket cannot be created
constexpr int kUsage = 2;             // bad command line, bad config, or another daemon already running
constexpr int kDaemonUnreachable = 3; // `session` could not reach the daemon or lost it

} // namespace twinha::agent::exitcodes
