#pragma once

#include "agent/journal/JournalEntry.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QThread>

#include <optional>

namespace twinha::agent {

class JournalWriter;

// The append-only record of events and operator actions, one JSON line per entry in
// STATE/journal.jsonl, each chained to the one before by its hash so tampering shows.
// The journal never stops the daemon: a broken chain is reported and new entries chain on from
// the last one; a failed write keeps the entry in memory and is retried on the next append.
// Entries are numbered and chained at once, on the caller's thread; the disk work (write and
// fsync) runs on a thread of its own (JournalWriter), so a slow or stalled disk never holds up the
// daemon's main loop. appended() is emitted once the entry's write has finished, either way.
class Journal : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMemoryEntries = 1000; // also the largest page list() returns

    // New entries are chained under `key` (the cluster key; see JournalEntry), and keyed entries
    // read back are checked with it.
    Journal(const QString& nodeName, const QByteArray& key, QObject* parent = nullptr);
    ~Journal() override;

    // Loads and verifies the file (missing: an empty journal). False only when an existing file
    // cannot be read; a broken chain is not a failure but shows in chainError().
    bool open(const QString& path, protocol::RpcError* error);

    // Numbers and chains the entry and hands it to the disk. While the disk is failing (the last
    // write failed) the entry stays listed (marked "persisted": false), the error is
    // JOURNAL_WRITE_FAILED {path, detail} and nullopt is returned; the write is tried again.
    std::optional<QJsonObject> append(const QString& type, const QString& actor, const QJsonObject& data,
                                      protocol::RpcError* error);
    // Waits until every entry handed to the disk so far has been written (or has failed).
    void flush();

    // Entries with seq > afterSeq, oldest first, at most limit (1..kMemoryEntries).
    QJsonArray list(qint64 afterSeq, int limit) const;

    // Re-reads the file: the first seq whose link is broken, or -1.
    qint64 verify() const;

    // JOURNAL_CHAIN_BROKEN {seq} found by open(), or null.
    protocol::RpcError chainError() const { return m_chainError; }
    qint64 lastSeq() const { return m_lastSeq; }
    // Entries that a failed write left in memory only.
    int unpersistedCount() const { return m_failing ? int(m_unpersisted.size()) : 0; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void appended(const QJsonObject& entry);

private:
    void persistPending();
    void onWritten(qint64 lastSeq, bool ok, const QString& detail);
    void announce(qint64 upToSeq);
    protocol::RpcError writeError() const;
    void remember(const JournalEntry& entry);
    JournalEntry* recent(qint64 seq);

    QString m_nodeName;
    QByteArray m_key;
    QString m_path;
    QThread m_thread;
    JournalWriter* m_writer; // lives on m_thread
    qint64 m_inFlight = 0;   // the last seq of the batch being written; 0: none
    qint64 m_announced = 0;  // appended() was emitted up to this seq
    bool m_failing = false;  // the last write failed
    QString m_failure;
    qint64 m_lastSeq = 0;
    QString m_lastHash = JournalEntry::kGenesis;
    QList<JournalEntry> m_recent;      // the newest kMemoryEntries, oldest first
    QList<JournalEntry> m_unpersisted; // waiting for the disk, oldest first
    protocol::RpcError m_chainError;
};

} // namespace twinha::agent
