#include "tests/integration/RunProcess.h"

#include <QProcess>

namespace twinha::tests {

int run(const QString& program, const QStringList& args, QByteArray* output, int timeoutMs, const RunOptions& options)
{
    QProcess p;
    p.setProcessChannelMode(options.stdoutOnly ? QProcess::SeparateChannels : QProcess::MergedChannels);
    if (!options.environment.isEmpty())
        p.setProcessEnvironment(options.environment);
    p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (output)
        *output = options.stdoutOnly ? p.readAllStandardOutput() : p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace twinha::tests
