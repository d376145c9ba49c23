#include "agent/journal/JournalReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinha::agent {

JournalReader::Result JournalReader::read(const QString& path, const QByteArray& key, const Visitor& visit)
{
    Result r;
    const QFileInfo info(path);
    if (!info.exists() || (!info.isFile() && !info.isDir()))
        return r;
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        r.ok = false;
        r.detail = info.isDir() ? QStringLiteral("is a directory") : file.errorString();
        return r;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        r.endsWithNewline = line.endsWith('\n');
        if (line.trimmed().isEmpty())
            continue;
        const qint64 expectedSeq = r.lastSeq + 1;
        const std::optional<JournalEntry> entry = JournalEntry::fromJson(QJsonDocument::fromJson(line).object());
        ++r.entries;
        const auto broken = [&r, expectedSeq](Break why) {
            if (r.brokenSeq >= 0)
                return;
            r.brokenSeq = expectedSeq;
            r.brokenWhy = why;
        };
        if (!entry) {
            broken(Break::Unreadable);
            r.lastSeq = expectedSeq; // count the unreadable line so later entries keep their numbers
            continue;
        }
        if (entry->seq != expectedSeq)
            broken(Break::Sequence);
        else if (entry->prev != r.lastHash)
            broken(Break::Link);
        else if (!entry->isKeyed() && r.firstKeyedSeq >= 0)
            broken(Break::Unkeyed);
        else if (!entry->hashMatches(key))
            broken(Break::Hash);
        if (entry->isKeyed() && r.firstKeyedSeq < 0)
            r.firstKeyedSeq = entry->seq;
        r.lastSeq = std::max(r.lastSeq, entry->seq);
        r.lastHash = entry->hash;
        if (visit && !visit(*entry))
            break;
    }
    if (file.error() != QFileDevice::NoError) {
        r.ok = false;
        r.detail = file.errorString();
    }
    return r;
}

} // namespace twinha::agent
