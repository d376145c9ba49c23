#pragma once

#include "agent/journal/JournalEntry.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace twinha::agent {

// The append-only record of events and operator actions, one JSON line per entry in
// STATE/journal.jsonl, each chained to the one before by its hash so tampering shows.
// The journal never stops the daemon: a broken chain is reported and new entries chain on from
// the last one; a failed write keeps the entry in memory and is retried on the next append.
class Journal : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMemoryEntries = 1000; // also the largest page list() returns

    explicit Journal(const QString& nodeName, QObject* parent = nullptr);
    ~Journal() override;

    // Loads and verifies the file (missing: an empty journal). False only when an existing file
    // cannot be read; a broken chain is not a failure but shows in chainError().
    bool open(const QString& path, protocol::RpcError* error);

    // Appends, flushes and fsyncs. On a write failure the entry stays listed (marked
    // "persisted": false), the error is JOURNAL_WRITE_FAILED {path, detail} and nullopt is returned.
    std::optional<QJsonObject> append(const QString& type, const QString& actor, const QJsonObject& data,
                                      protocol::RpcError* error);

    // Entries with seq > afterSeq, oldest first, at most limit (1..kMemoryEntries).
    QJsonArray list(qint64 afterSeq, int limit) const;

    // Re-reads the file: the first seq whose link is broken, or -1.
    qint64 verify() const;

    // JOURNAL_CHAIN_BROKEN {seq} found by open(), or null.
    protocol::RpcError chainError() const { return m_chainError; }
    qint64 lastSeq() const { return m_lastSeq; }
    int unpersistedCount() const { return int(m_unpersisted.size()); }
    QString path() const { return m_path; }

Q_SIGNALS:
    void appended(const QJsonObject& entry);

private:
    bool persistPending(protocol::RpcError* error);
    bool writeLines(const QByteArray& bytes, QString* detail);
    void closeFile();
    void remember(const JournalEntry& entry);
    void markPersisted();

    QString m_nodeName;
    QString m_path;
    int m_fd = -1; // open for appending between writes
    bool m_needsNewline = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash = JournalEntry::kGenesis;
    QList<JournalEntry> m_recent;      // the newest kMemoryEntries, oldest first
    QList<JournalEntry> m_unpersisted; // waiting for the disk, oldest first
    protocol::RpcError m_chainError;
};

} // namespace twinha::agent
