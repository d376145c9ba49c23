#pragma once

// twinhactl's exit codes, for scripts. Documented in `twinhactl --help` and the README.
namespace twinha::app::exitcodes {

constexpr int kOk = 0;
constexpr int kUnreachable = 1; // a node (or every node able to answer) could not be reached
constexpr int kUsage = 2;       // bad command line or cluster profile
constexpr int kNotReady = 3;    // pre-checks failed: switchover refused or "check" not ready
constexpr int kFailed = 4;      // the operation ran and failed or was rolled back
constexpr int kDenied = 5;      // the agent refused: this SSH user may observe, not operate

} // namespace twinha::app::exitcodes
