#include "agent/replication/MirrorServe.h"

#include "agent/ExitCodes.h"
#include "agent/replication/MirrorServers.h"
#include "agent/replication/MirrorTransport.h"
#include "agent/replication/ReceiverGate.h"
#include "agent/replication/RsyncReceiver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace twinha::agent {

QString MirrorServe::channelOf(const QString& command)
{
    // The channel pattern is the config's name rule (ConfigValidator::checkName): no path, no shell.
    static const QRegularExpression shape(
        QStringLiteral("^%1 ([A-Za-z0-9][A-Za-z0-9_-]{0,62}) --server --daemon \\.\\z")
            .arg(QLatin1String(MirrorTransport::kServeMarker)));
    const QRegularExpressionMatch m = shape.match(command);
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList MirrorServe::serverArguments(const QString& stateDir, const QString& channel)
{
    return {QStringLiteral("rsync"), QStringLiteral("--server"), QStringLiteral("--daemon"),
            QStringLiteral("--config=") + RsyncReceiver::configPath(stateDir, channel), QStringLiteral(".")};
}

int MirrorServe::run(const QString& stateDir, const QString& command, QTextStream& err)
{
    const QString channel = channelOf(command);
    if (channel.isEmpty()) {
        err << "twinha-agent mirror-serve: refused: this key may only start a TwinHA mirror\n";
        return exitcodes::kUsage;
    }
    // Registered before the gate is looked at: see MirrorServers.
    QString error;
    if (!MirrorServers::enter(stateDir, channel, &error)) {
        err << "twinha-agent mirror-serve: " << error << '\n';
        return exitcodes::kFailure;
    }
    if (!QFile::exists(RsyncReceiver::configPath(stateDir, channel)) ||
        !ReceiverGate::isHeld(RsyncReceiver::gatePath(stateDir, channel))) {
        err << "twinha-agent mirror-serve: refused: this node does not receive channel " << channel << " now\n";
        return exitcodes::kFailure;
    }
    err.flush();
    const QStringList args = serverArguments(stateDir, channel);
    std::vector<QByteArray> encoded;
    for (const QString& a : args)
        encoded.push_back(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& a : encoded)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execvp(argv.front(), argv.data());
    err << "twinha-agent mirror-serve: rsync: " << std::strerror(errno) << '\n';
    return exitcodes::kFailure;
}

} // namespace twinha::agent
