#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace twinha::agent {

// The changes not yet shipped to the peer: which paths, and since when. Every change gets a
// sequence number, so a sync can acknowledge exactly the changes recorded before it started and
// keep the ones that arrived while it ran. Times are monotonic milliseconds from the caller.
class PendingChanges
{
public:
    void add(const QString& path, qint64 nowMs);
    // Something changed, but not known what (events lost, watching just began): the next
    // successful sync covers it all the same.
    void addEverything(qint64 nowMs);

    // A cut to pass to shipped(): everything recorded up to now.
    qint64 cut() const { return m_seq; }
    // A sync that started at (cut, startMs) succeeded: drop what it covered.
    void shipped(qint64 cut, qint64 startMs);
    void clear();

    bool isEmpty() const { return m_paths.isEmpty() && !m_everything; }
    std::optional<qint64> oldestMs() const;
    int fileCount() const { return int(m_paths.size()); }
    // The current size of the pending paths that are files (deleted ones weigh nothing).
    qint64 byteCount() const;

private:
    struct Change
    {
        qint64 firstMs = 0; // the oldest change not yet shipped
        qint64 lastSeq = 0; // the newest change, to tell whether a sync covered it
    };

    qint64 m_seq = 0;
    QHash<QString, Change> m_paths;
    std::optional<Change> m_everything;
};

} // namespace twinha::agent
