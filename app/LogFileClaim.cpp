#include "app/LogFileClaim.h"

#include <QDir>
#include <QLockFile>

namespace twinha::app {

LogFileClaim::LogFileClaim() = default;

LogFileClaim::~LogFileClaim()
{
    release();
}

QString LogFileClaim::fileName(const QString& programName, int slot)
{
    return slot <= 1 ? programName + QStringLiteral(".log") : QStringLiteral("%1-%2.log").arg(programName).arg(slot);
}

bool LogFileClaim::claim(const QString& dir, const QString& programName)
{
    release();
    if (!QDir().mkpath(dir))
        return false;
    for (int slot = 1; slot <= kSlots; ++slot) {
        const QString path = QDir(dir).filePath(fileName(programName, slot));
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        // Never stale by age: a console runs for weeks. Only a dead owner's lock is taken over.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            m_path = path;
            return true;
        }
    }
    return false;
}

void LogFileClaim::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_path.clear();
}

} // namespace twinha::app
