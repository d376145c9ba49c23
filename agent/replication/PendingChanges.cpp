#include "agent/replication/PendingChanges.h"

#include <QFileInfo>

namespace twinha::agent {

void PendingChanges::add(const QString& path, qint64 nowMs)
{
    auto it = m_paths.find(path);
    if (it == m_paths.end())
        m_paths.insert(path, Change{nowMs, ++m_seq});
    else
        it->lastSeq = ++m_seq;
}

void PendingChanges::addEverything(qint64 nowMs)
{
    if (m_everything)
        m_everything->lastSeq = ++m_seq;
    else
        m_everything = Change{nowMs, ++m_seq};
}

void PendingChanges::shipped(qint64 cut, qint64 startMs)
{
    // A change after the cut may or may not have made it into the sync; keep it, and count its
    // wait from the sync's start, the earliest it can have happened.
    const auto settle = [cut, startMs](Change& c) {
        if (c.lastSeq <= cut)
            return true;
        c.firstMs = std::max(c.firstMs, startMs);
        return false;
    };
    for (auto it = m_paths.begin(); it != m_paths.end();)
        it = settle(*it) ? m_paths.erase(it) : std::next(it);
    if (m_everything && settle(*m_everything))
        m_everything.reset();
}

void PendingChanges::clear()
{
    m_paths.clear();
    m_everything.reset();
}

std::optional<qint64> PendingChanges::oldestMs() const
{
    std::optional<qint64> oldest;
    if (m_everything)
        oldest = m_everything->firstMs;
    for (const Change& c : m_paths)
        oldest = oldest ? std::min(*oldest, c.firstMs) : c.firstMs;
    return oldest;
}

qint64 PendingChanges::byteCount() const
{
    qint64 bytes = 0;
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it) {
        const QFileInfo info(it.key());
        if (info.isFile() && !info.isSymLink())
            bytes += info.size();
    }
    return bytes;
}

} // namespace twinha::agent
