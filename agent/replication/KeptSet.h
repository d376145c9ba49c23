#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace twinha::agent {

// What a resync after a split or an unplanned failover would have deleted or overwritten on this
// node, kept by rsync (--backup-dir) under DATA/.twinha-divergence/ID/ with the paths it had in DATA.
// The folder lies inside the mirrored folder because an rsync daemon roots every --backup-dir in
// its module; so every push excludes it, and while no set is being filled the receiving module
// excludes it too: a kept set is never shipped, overwritten or deleted by the mirror.
class KeptSet
{
public:
    static constexpr char kFolder[] = ".twinha-divergence";

    struct Counts
    {
        qint64 files = 0;
        qint64 deleted = 0;     // no file at that path in DATA any more
        qint64 overwritten = 0; // DATA has another version now
        qint64 bytes = 0;
    };

    struct Entry
    {
        QString path; // relative to the set, which is relative to DATA as well
        qint64 size = 0;
        bool overwritten = false;
    };

    static QString folderIn(const QString& dataDir);                  // DATA/.twinha-divergence
    static QString pathIn(const QString& dataDir, const QString& id); // DATA/.twinha-divergence/ID
    static QString relativePath(const QString& id);                   // .twinha-divergence/ID
    // Ids name folders and files and appear in the daemon's hook scripts: letters, digits, '-'
    // and '_', at most 100.
    static bool isValidId(const QString& id);

    // Every kept file (symlinks and other non-folders count as files) of the set in setDir. Walks
    // the whole set: not on the event loop for a set that may be big.
    static Counts count(const QString& setDir, const QString& dataDir);
    // At most `limit` entries, in the order the folders list them, then sorted by path; *more says
    // whether there are others. Stops walking there, so it stays cheap whatever the set's size.
    static QList<Entry> entries(const QString& setDir, const QString& dataDir, int limit, bool* more);

private:
    // visit returns false to stop.
    static void walk(const QString& setDir, const QString& dataDir, const std::function<bool(const Entry&)>& visit);
};

} // namespace twinha::agent
