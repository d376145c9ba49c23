#pragma once

#include "agent/journal/JournalEntry.h"

#include <QString>

#include <functional>

namespace twinha::agent {

// Reads journal.jsonl front to back and checks the hash chain on the way, keyed entries with the
// cluster key. A bad link is recorded (the first one only, with why) and reading goes on from the
// entry as stored: one tampered line must not hide the rest of the history. Once an entry is
// keyed, a plain one after it is a bad link: the old form is no way around the key.
class JournalReader
{
public:
    // Why the chain breaks at brokenSeq.
    enum class Break
    {
        None,
        Unreadable, // the line is not a journal entry
        Sequence,   // its number is out of order
        Link,       // it does not link to the entry before
        Unkeyed,    // not keyed, although earlier entries are
        Hash,       // its hash does not match its content under the key
    };
    struct Result
    {
        bool ok = true; // false: the file exists but could not be read
        QString detail; // why not
        qint64 brokenSeq = -1;
        Break brokenWhy = Break::None;
        qint64 entries = 0;
        qint64 firstKeyedSeq = -1;
        qint64 lastSeq = 0;
        QString lastHash = JournalEntry::kGenesis;
        bool endsWithNewline = true; // false after a crash mid-write; the next append must fix it
    };
    // Returns false to stop reading early.
    using Visitor = std::function<bool(const JournalEntry&)>;

    // A missing file is an empty journal. Only regular files are read: a device such as
    // /dev/full would never end.
    static Result read(const QString& path, const QByteArray& key, const Visitor& visit = {});
};

} // namespace twinha::agent
