#include "agent/journal/JournalVerifyCommand.h"

#include "agent/ExitCodes.h"
#include "agent/config/ConfigLoader.h"
#include "agent/heartbeat/ClusterKey.h"
#include "agent/journal/JournalReader.h"

#include <QDir>

namespace twinha::agent {

namespace {
QString reason(JournalReader::Break why)
{
    switch (why) {
    case JournalReader::Break::Unreadable:
        return QStringLiteral("the line is not a journal entry");
    case JournalReader::Break::Sequence:
        return QStringLiteral("its number is out of order: an entry was removed or inserted");
    case JournalReader::Break::Link:
        return QStringLiteral("it does not link to the entry before: that one was changed or removed");
    case JournalReader::Break::Unkeyed:
        return QStringLiteral("it is not keyed although earlier entries are: rewritten without the cluster key");
    case JournalReader::Break::Hash:
    case JournalReader::Break::None:
        break;
    }
    return QStringLiteral("its hash does not match its content under the cluster key: it was changed");
}
} // namespace

int JournalVerifyCommand::run(const QString& configPath, const QString& stateDir, QTextStream& out)
{
    const ConfigLoader::Result config = ConfigLoader::loadFile(configPath);
    if (config.config.cluster.keyFilePath.isEmpty()) {
        out << configPath << ": no cluster.key_file; the journal is keyed with the cluster key\n";
        return exitcodes::kUsage;
    }
    protocol::RpcError keyError;
    const QByteArray key = ClusterKey::load(config.config.cluster.keyFilePath, &keyError);
    if (key.isEmpty()) {
        out << config.config.cluster.keyFilePath << ": " << keyError.params.value(QStringLiteral("detail")).toString()
            << '\n';
        return exitcodes::kUsage;
    }
    const QString path = QDir(stateDir).filePath(QStringLiteral("journal.jsonl"));
    const JournalReader::Result r = JournalReader::read(path, key);
    if (!r.ok) {
        out << path << ": cannot read: " << r.detail << '\n';
        return exitcodes::kFailure;
    }
    if (r.brokenSeq >= 0) {
        out << path << ": the first bad entry is seq " << r.brokenSeq << ": " << reason(r.brokenWhy) << ".\n"
            << "Entries before it are intact; from it on the history cannot be trusted.\n";
        return exitcodes::kFailure;
    }
    out << path << ": " << r.entries << " entries, the chain is intact";
    if (r.firstKeyedSeq > 1)
        out << " (keyed from seq " << r.firstKeyedSeq << "; the ones before are from a version without a key)";
    else if (r.entries > 0 && r.firstKeyedSeq < 0)
        out << " (none keyed yet: written by a version without a key)";
    out << ".\n";
    return exitcodes::kOk;
}

} // namespace twinha::agent
