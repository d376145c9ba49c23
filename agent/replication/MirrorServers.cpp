#include "agent/replication/MirrorServers.h"

#include "agent/replication/RsyncReceiver.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace twinha::agent {

QString MirrorServers::folder(const QString& stateDir, const QString& channel)
{
    return stateDir + QStringLiteral("/rsync/") + channel + QStringLiteral(".servers");
}

bool MirrorServers::isServer(qint64 pid, const QString& stateDir, const QString& channel)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray args = cmdline.readAll();
    // Before its exec, the process is `twinha-agent mirror-serve`; after it, rsync on the config.
    return args.contains(QByteArray("mirror-serve\0", 13)) ||
           args.contains(QFile::encodeName(QStringLiteral("--config=") + RsyncReceiver::configPath(stateDir, channel)));
}

bool MirrorServers::enter(const QString& stateDir, const QString& channel, QString* error)
{
    const QDir dir(folder(stateDir, channel));
    if (!QDir().mkpath(dir.path())) {
        *error = dir.path() + QStringLiteral(": cannot create");
        return false;
    }
    for (const QString& name : dir.entryList(QDir::Files)) {
        if (!isServer(name.toLongLong(), stateDir, channel))
            QFile::remove(dir.filePath(name));
    }
    QFile mine(dir.filePath(QString::number(::getpid())));
    if (!mine.open(QIODevice::WriteOnly)) {
        *error = mine.fileName() + QStringLiteral(": ") + mine.errorString();
        return false;
    }
    // Its own process group, so that ending it ends the rsync processes it forks as well.
    ::setpgid(0, 0);
    return true;
}

int MirrorServers::endAll(const QString& stateDir, const QString& channel, const ProcessTable::BeforeKill& beforeKill)
{
    const QDir dir(folder(stateDir, channel));
    int ended = 0;
    for (const QString& name : dir.entryList(QDir::Files)) {
        const qint64 pid = name.toLongLong();
        // Back only when none of them writes any more: the caller may be about to serve the folder.
        // One that has not made its own process group yet has not passed the gate either: it
        // finds it closed.
        if (pid > 1 && isServer(pid, stateDir, channel)) {
            ProcessTable::killFrozen(pid, beforeKill);
            ++ended;
        }
        QFile::remove(dir.filePath(name));
    }
    return ended;
}

} // namespace twinha::agent
