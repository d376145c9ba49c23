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
// plainCommand() gives the program and its arguments only where that is the whole of what the
// shell would do:
//   - nothing the shell would read otherwise: only letters, digits, spaces, tabs and _-./,:@+=%
//     (no quote, $, `, \, glob, redirection, ~, #, ; or newline);
//   - the first word is an absolute path (the shell would pass a name found through PATH as
//     typed, as argv[0], and search on past a program that cannot start), and not one of the
//     shell's built-in commands or an assignment;
//   - it names an executable file that starts with "#!" or an ELF header (a script without "#!"
//     runs in the shell that finds it).
// Otherwise nullopt, and the command goes through the shell as written. The one difference left
// is a program that cannot start (its "#!" interpreter missing): the shell's exit status 127 and
// message, or the runner's failure to start with the system's reason; a failure either way.
// CommandRunner sets PWD for it as the shell would.
std::optional<QStringList> plainCommand(const QString& command);

} // namespace twinha::agent
