#include "agent/config/ConfigFile.h"

#include "agent/config/ConfigLoader.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twinha::agent {

using protocol::RpcError;

namespace {
QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

} // namespace

ConfigFile::ConfigFile(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
{}

bool ConfigFile::exists() const
{
    return QFileInfo::exists(m_path);
}

std::optional<QByteArray> ConfigFile::read(RpcError* error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = RpcError::make(QString::fromLatin1(protocol::codes::kInternalError),
                                    {{QStringLiteral("path"), m_path}, {QStringLiteral("detail"), file.errorString()}});
        return std::nullopt;
    }
    return file.read(ConfigLoader::kMaxFileBytes + 1);
}

QString ConfigFile::currentChecksum() const
{
    if (!exists())
        return {};
    const std::optional<QByteArray> bytes = read();
    // An unreadable file matches no checksum, so an apply against it is refused, not guessed.
    return bytes ? ConfigLoader::checksumOf(*bytes) : QStringLiteral("unreadable");
}

RpcError ConfigFile::writeFailed(const char* stage, int err) const
{
    return RpcError::make(QString::fromLatin1(protocol::codes::kConfigWriteFailed),
                          {{QStringLiteral("path"), m_path},
                           {QStringLiteral("stage"), QLatin1String(stage)},
                           {QStringLiteral("errno"), err},
                           {QStringLiteral("detail"), QString::fromLocal8Bit(std::strerror(err))}});
}

bool ConfigFile::write(const QByteArray& bytes, const std::optional<QString>& expectedChecksum, Written* written,
                       RpcError* error, const QDateTime& now)
{
    if (expectedChecksum) {
        const QString actual = currentChecksum();
        if (actual != *expectedChecksum) {
            *error = RpcError::make(QString::fromLatin1(protocol::codes::kConfigChangedOnDisk),
                                    {{QStringLiteral("path"), m_path},
                                     {QStringLiteral("expected"), *expectedChecksum},
                                     {QStringLiteral("actual"), actual}});
            return false;
        }
    }
    struct stat old
    {};
    const bool hadFile = ::stat(encoded(m_path).constData(), &old) == 0;
    // The key file is separate; the config itself holds no secret, but keep the old mode anyway.
    const mode_t mode = hadFile ? (old.st_mode & 07777) : 0644;

    protocol::AtomicFile file(m_path);
    if (!file.prepare(bytes, mode)) {
        *error = writeFailed(file.failedStage(), file.failedErrno());
        return false;
    }
    QString backup;
    if (hadFile && !makeBackup(now, &backup, error))
        return false;
    if (!file.commit()) {
        if (!backup.isEmpty())
            ::unlink(encoded(backup).constData());
        *error = writeFailed(file.failedStage(), file.failedErrno());
        return false;
    }
    pruneBackups();
    written->checksum = ConfigLoader::checksumOf(bytes);
    written->backup = backup;
    return true;
}

bool ConfigFile::makeBackup(const QDateTime& now, QString* backup, RpcError* error) const
{
    const QString base = m_path + QStringLiteral(".bak-") + now.toString(QStringLiteral("yyyyMMddTHHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    // A hard link costs no space, so a full disk cannot stop it; the rename then leaves the old
    // version under the backup name only. Copy where links are not supported.
    if (::link(encoded(m_path).constData(), encoded(name).constData()) != 0) {
        const int linkErr = errno;
        if (linkErr != EPERM && linkErr != EXDEV && linkErr != EOPNOTSUPP && linkErr != EMLINK) {
            *error = writeFailed("backup", linkErr);
            return false;
        }
        if (!QFile::copy(m_path, name)) {
            ::unlink(encoded(name).constData());
            *error = writeFailed("backup", linkErr);
            return false;
        }
    }
    *backup = name;
    return true;
}

QStringList ConfigFile::backups() const
{
    const QFileInfo info(m_path);
    QStringList names =
        QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".bak-*")}, QDir::Files, QDir::Name);
    // The timestamp sorts by name; "-N" suffixes (same second) sort after their base.
    for (QString& n : names)
        n = info.absolutePath() + QLatin1Char('/') + n;
    return names;
}

void ConfigFile::pruneBackups() const
{
    const QStringList all = backups();
    for (qsizetype i = 0; i + kKeepBackups < all.size(); ++i)
        QFile::remove(all.at(i));
}

} // namespace twinha::agent
