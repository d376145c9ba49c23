#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace twinha::tests {

struct RunOptions
{
    bool stdoutOnly = false;         // output: stdout alone instead of stdout and stderr merged
    QProcessEnvironment environment; // empty: this process's
};

// The tests' one way to run a program to its end: its exit code, or -1 when it crashed or did not
// finish within timeoutMs (it is killed then). `output` gets what it printed, even on a timeout.
int run(const QString& program, const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 30000,
        const RunOptions& options = {});

} // namespace twinha::tests
