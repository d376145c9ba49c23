#pragma once

#include "agentlink/protocol/RpcError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace twinha::agent {

// The cluster config file as config.apply replaces it: never half written, never lost. A new
// version is written to a temporary file in the same folder, synced and renamed over the old one,
// which stays next to it as PATH.bak-YYYYmmddTHHMMSS (the newest kKeepBackups are kept). Any
// failure (a full disk, a read-only folder) leaves the old file exactly as it was.
class ConfigFile
{
public:
    static constexpr int kKeepBackups = 5;

    struct Written
    {
        QString checksum; // of the new text
        QString backup;   // path of the previous version; empty when there was none
    };

    explicit ConfigFile(const QString& path);

    QString path() const { return m_path; }
    bool exists() const;
    // The file's bytes; nullopt when it is missing or unreadable (*error says which, if given).
    std::optional<QByteArray> read(protocol::RpcError* error = nullptr) const;
    // The checksum of the file now (ConfigLoader::checksumOf); empty when it does not exist.
    QString currentChecksum() const;

    // Replaces the file with `bytes`. With `expectedChecksum`, refuses with CONFIG_CHANGED_ON_DISK
    // unless the file still has that checksum (an empty one: unless there is no file yet).
    // Errors: CONFIG_CHANGED_ON_DISK {path, expected, actual}, CONFIG_WRITE_FAILED {path, stage, detail}.
    bool write(const QByteArray& bytes, const std::optional<QString>& expectedChecksum, Written* written,
               protocol::RpcError* error, const QDateTime& now = QDateTime::currentDateTime());

    // The backups of this file, oldest first.
    QStringList backups() const;

private:
    protocol::RpcError writeFailed(const char* stage, int err) const;
    bool makeBackup(const QDateTime& now, QString* backup, protocol::RpcError* error) const;
    void pruneBackups() const;

    QString m_path;
};

} // namespace twinha::agent
