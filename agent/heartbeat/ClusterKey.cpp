#include "agent/heartbeat/ClusterKey.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QFile>

#include <sys/stat.h>

namespace twinha::agent {

namespace {
QByteArray fail(protocol::RpcError* error, const QString& path, const QString& detail)
{
    if (error) {
        *error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kClusterKeyUnreadable),
                                          {{QStringLiteral("path"), path}, {QStringLiteral("detail"), detail}});
    }
    return {};
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
} // namespace

QByteArray ClusterKey::load(const QString& path, protocol::RpcError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, path, file.errorString());
    // Whoever can read the key can forge heartbeats and lease requests: an open key is refused, not
    // used with a warning.
    struct stat st
    {};
    if (::fstat(file.handle(), &st) == 0 && (st.st_mode & 0066) != 0)
        return fail(error, path,
                    QStringLiteral("mode %1 lets others read or write it; chmod 600 %2")
                        .arg(QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')), path));
    // A key file is tiny; reading a little past the limit is enough to refuse a wrong file.
    constexpr qint64 kMaxBytes = 64 * 1024;
    QByteArray key = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(error, path, file.errorString());
    if (key.size() > kMaxBytes)
        return fail(error, path, QStringLiteral("larger than %1 bytes").arg(kMaxBytes));
    qsizetype end = key.size();
    while (end > 0 && isWhitespace(key.at(end - 1)))
        --end;
    key.truncate(end);
    if (key.size() < kMinimumBytes)
        return fail(error, path, QStringLiteral("%1 bytes, at least %2 required").arg(key.size()).arg(kMinimumBytes));
    return key;
}

} // namespace twinha::agent
