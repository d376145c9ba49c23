#pragma once

#include "agent/journal/JournalEntry.h"

#include <QString>

#include <functional>

namespace twinha::agent {

// Reads journal.jsonl front to back and checks the hash chain on the way. A bad link is recorded
// (the first one only) and reading goes on from the entry as stored: one tampered line must not
// hide the rest of the history.
class JournalReader
{
public:
    struct Result
    {
        bool ok = true; // false: the file exists but could not be read
        QString detail; // why not
        qint64 brokenSeq = -1;
        qint64 lastSeq = 0;
        QString lastHash = JournalEntry::kGenesis;
        bool endsWithNewline = true; // false after a crash mid-write; the next append must fix it
    };
    // Returns false to stop reading early.
    using Visitor = std::function<bool(const JournalEntry&)>;

    // A missing file is an empty journal. Only regular files are read: a device such as
    // /dev/full would never end.
    static Result read(const QString& path, const Visitor& visit = {});
};

} // namespace twinha::agent
