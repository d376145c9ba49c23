#include "agent/replication/KeptSet.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace twinha::agent {

QString KeptSet::folderIn(const QString& dataDir)
{
    return dataDir + QLatin1Char('/') + QLatin1String(kFolder);
}

QString KeptSet::pathIn(const QString& dataDir, const QString& id)
{
    return folderIn(dataDir) + QLatin1Char('/') + id;
}

QString KeptSet::relativePath(const QString& id)
{
    return QLatin1String(kFolder) + QLatin1Char('/') + id;
}

bool KeptSet::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}\\z"));
    return pattern.match(id).hasMatch();
}

void KeptSet::walk(const QString& setDir, const QString& dataDir, const std::function<bool(const Entry&)>& visit)
{
    // Not following symlinks: a kept symlink is a file of the set, wherever it points.
    QDirIterator it(setDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const qsizetype prefix = setDir.size() + 1;
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isDir() && !info.isSymLink())
            continue;
        Entry e;
        e.path = info.filePath().mid(prefix);
        e.size = info.isSymLink() ? 0 : info.size();
        const QFileInfo now(dataDir + QLatin1Char('/') + e.path);
        e.overwritten = now.exists() || now.isSymLink();
        if (!visit(e))
            return;
    }
}

KeptSet::Counts KeptSet::count(const QString& setDir, const QString& dataDir)
{
    Counts c;
    walk(setDir, dataDir, [&c](const Entry& e) {
        ++c.files;
        ++(e.overwritten ? c.overwritten : c.deleted);
        c.bytes += e.size;
        return true;
    });
    return c;
}

QList<KeptSet::Entry> KeptSet::entries(const QString& setDir, const QString& dataDir, int limit, bool* more)
{
    QList<Entry> out;
    *more = false;
    walk(setDir, dataDir, [&](const Entry& e) {
        if (out.size() >= limit) {
            *more = true;
            return false;
        }
        out << e;
        return true;
    });
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.path < b.path; });
    return out;
}

} // namespace twinha::agent
