#pragma once

#include <QString>

namespace twinha::agent::FolderTimes {

// Whether anything in the tree under root (root included, symlinks not followed) has a
// modification or change time at or after sinceMs (milliseconds since the epoch). What inotify
// cannot see: a write through a shared mapping reports no event, but the kernel stamps the
// file's mtime. The same test as rsync's quick check. True as well when the tree cannot be read
// in full, since the caller then cannot rule a change out.
bool changedSince(const QString& root, qint64 sinceMs);

} // namespace twinha::agent::FolderTimes
