#include "agent/replication/FolderTimes.h"

#include <QFile>

#include <fts.h>
#include <sys/stat.h>

namespace twinha::agent::FolderTimes {

namespace {
qint64 msOf(const struct timespec& t)
{
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
} // namespace

bool changedSince(const QString& root, qint64 sinceMs)
{
    QByteArray path = QFile::encodeName(root);
    char* const paths[] = {path.data(), nullptr};
    FTS* fts = ::fts_open(paths, FTS_PHYSICAL | FTS_NOCHDIR, nullptr);
    if (!fts)
        return true;
    bool changed = false;
    while (FTSENT* e = ::fts_read(fts)) {
        if (e->fts_info == FTS_DP)
            continue; // a folder again, on the way back up: seen already
        if (e->fts_info == FTS_DNR || e->fts_info == FTS_ERR || e->fts_info == FTS_NS) {
            changed = true; // unreadable: nothing can be ruled out
            break;
        }
        if (msOf(e->fts_statp->st_mtim) >= sinceMs || msOf(e->fts_statp->st_ctim) >= sinceMs) {
            changed = true;
            break;
        }
    }
    ::fts_close(fts);
    return changed;
}

} // namespace twinha::agent::FolderTimes
