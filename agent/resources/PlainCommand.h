#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace twinha::agent {

// A command line from the config that `/bin/sh -c` would only split into words and run the first
// of as a program: "/usr/local/bin/app-ctl start 8080". Run straight away, it costs one process
// (and on a busy machine a few milliseconds) less: the shell would start, fork, run the program
// and wait for it, and a planned switchover runs a stop and a start inside the service's gap.
//
// plainCommand() gives the program (its absolute path) and its arguments only where that is the
// whole of what the shell would do:
//   - nothing the shell would read otherwise: only letters, digits, spaces, tabs and _-./,:@+=%
//     (no quote, $, `, \, glob, redirection, ~, #, ; or newline);
//   - the first word is neither an assignment (FOO=bar) nor one of the shell's built-in commands
//     (echo, test, kill, exit, cd, ...: the shell would run its own);
//   - it names, by absolute path or through an absolute PATH, an executable file that starts with
//     "#!" or an ELF header (a script without "#!" runs in the shell that finds it).
// Otherwise nullopt, and the command goes through the shell as written.
std::optional<QStringList> plainCommand(const QString& command, const QString& pathVariable);

} // namespace twinha::agent
