#pragma once

#include <QList>
#include <QStringList>

namespace twinha::agent {

// rsync's receiving side writes each file to a temporary ".NAME.XXXXXX" beside it and renames it
// into place once complete. A receiver killed mid-file (RsyncReceiver::stop, which never waits
// for a push) leaves that half file in the folder, where the node would serve it and later ship
// it. It is found among the killed processes' open files while they are frozen, and removed
// once they are gone: a user's file of the same shape is never touched.
namespace RsyncTempFiles {
// rsync's name for a temporary file: a dot, the file's name, a dot and six letters or digits.
bool isTempName(const QString& fileName);
// Files under `folder` that one of `pids` holds open for writing and that have rsync's temporary
// name. Reads /proc/PID/fd; the processes must be stopped, so that the list cannot change.
QStringList heldBy(const QList<qint64>& pids, const QString& folder);
// Removes each of `files` that still exists; returns how many went.
int remove(const QStringList& files);
} // namespace RsyncTempFiles

} // namespace twinha::agent
