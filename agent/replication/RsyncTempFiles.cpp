#include "agent/replication/RsyncTempFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>

namespace twinha::agent {

namespace {
// The "flags:" line of /proc/PID/fdinfo/FD, in octal; -1 when it cannot be read.
int openFlags(qint64 pid, const QString& fd)
{
    QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
    if (!info.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : info.readAll().split('\n')) {
        if (line.startsWith("flags:")) {
            bool ok = false;
            const int flags = line.mid(6).trimmed().toInt(&ok, 8);
            return ok ? flags : -1;
        }
    }
    return -1;
}
} // namespace

bool RsyncTempFiles::isTempName(const QString& fileName)
{
    // mkstemp's template ".NAME.XXXXXX" (rsync's get_tmpname): NAME is at least one character.
    constexpr int kSuffix = 7; // ".XXXXXX"
    if (fileName.size() < 2 + kSuffix || !fileName.startsWith(QLatin1Char('.')))
        return false;
    if (fileName.at(fileName.size() - kSuffix) != QLatin1Char('.'))
        return false;
    for (int i = fileName.size() - kSuffix + 1; i < fileName.size(); ++i) {
        const QChar c = fileName.at(i);
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

QStringList RsyncTempFiles::heldBy(const QList<qint64>& pids, const QString& folder)
{
    // /proc shows the real path: a folder named through a symlink would match nothing.
    const QString real = QFileInfo(folder).canonicalFilePath();
    const QString root = (real.isEmpty() ? QDir::cleanPath(folder) : real) + QLatin1Char('/');
    QStringList files;
    for (qint64 pid : pids) {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString& fd : fds.entryList(QDir::Files | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (!target.startsWith(root) || !isTempName(QFileInfo(target).fileName()))
                continue; // also a file already deleted: its link ends in " (deleted)"
            const int flags = openFlags(pid, fd);
            if (flags >= 0 && (flags & O_ACCMODE) != O_RDONLY && !files.contains(target))
                files << target;
        }
    }
    return files;
}

int RsyncTempFiles::remove(const QStringList& files)
{
    int removed = 0;
    for (const QString& file : files)
        removed += QFile::remove(file) ? 1 : 0;
    return removed;
}

} // namespace twinha::agent
