#include "agentlink/HostKeyStore.h"

#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/SshFingerprint.h"

#include <QFile>

namespace twinha::agentlink {

namespace {
// True when the first field of a known_hosts line names the pattern (comma-separated list).
bool lineNames(const QByteArray& line, const QByteArray& pattern)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('#'))
        return false;
    const QByteArray hosts = trimmed.left(trimmed.indexOf(' '));
    for (const QByteArray& h : hosts.split(','))
        if (h == pattern)
            return true;
    return false;
}
} // namespace

HostKeyStore::HostKeyStore(QString knownHostsFile)
    : m_file(std::move(knownHostsFile))
{}

QString HostKeyStore::hostPattern(const QString& host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool HostKeyStore::contains(const QString& host, int port) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pattern = hostPattern(host, port).toUtf8();
    while (!file.atEnd())
        if (lineNames(file.readLine(), pattern))
            return true;
    return false;
}

QList<HostKeyInfo> HostKeyStore::keys(const QString& host, int port) const
{
    QList<HostKeyInfo> found;
    for (const QString& key : publicKeys(host, port))
        found.append({key.section(QLatin1Char(' '), 0, 0),
                      protocol::sshFingerprint(key.section(QLatin1Char(' '), 1, 1).toLatin1())});
    return found;
}

QStringList HostKeyStore::publicKeys(const QString& host, int port) const
{
    QStringList found;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    const QByteArray pattern = hostPattern(host, port).toUtf8();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (lineNames(line, pattern) && fields.size() >= 3)
            found << QString::fromLatin1(fields.at(1) + ' ' + fields.at(2));
    }
    return found;
}

int HostKeyStore::forget(const QString& host, int port, QString* error)
{
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return -1;
    }
    const QByteArray pattern = hostPattern(host, port).toUtf8();
    QByteArray kept;
    int removed = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (lineNames(line, pattern))
            ++removed;
        else
            kept += line;
    }
    in.close();
    if (removed == 0)
        return 0;
    if (!protocol::AtomicFile::write(m_file, kept, 0600, error))
        return -1;
    return removed;
}

} // namespace twinha::agentlink
