#pragma once

#include <QString>
#include <QTextStream>

namespace twinha::agent {

// `twinha-agent journal verify [--config FILE] [--state-dir DIR]`: reads STATE/journal.jsonl,
// checks every link of its hash chain (keyed entries with the cluster key that the config names)
// and says how many entries are intact or which is the first bad one, and why. For a terminal,
// so English is fine here.
class JournalVerifyCommand
{
public:
    // 0 when the chain is intact, 1 when an entry is bad, 2 when the config or the key cannot be
    // read, 1 when the journal cannot be read.
    static int run(const QString& configPath, const QString& stateDir, QTextStream& out);
};

} // namespace twinha::agent
