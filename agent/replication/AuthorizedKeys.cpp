#include "agent/replication/AuthorizedKeys.h"

#include "agent/replication/SshPublicKey.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

namespace twinha::agent {

namespace {
bool carriable(const QString& path)
{
    return !path.isEmpty() && std::none_of(path.cbegin(), path.cend(), [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control;
    });
}
} // namespace

QString AuthorizedKeys::marker(const QString& stateDir)
{
    return QStringLiteral("twinha-mirror:") + QString::fromLatin1(QUrl::toPercentEncoding(stateDir, "/"));
}

QString AuthorizedKeys::entry(const QString& agentProgram, const QString& stateDir, const SshPublicKey& key)
{
    if (!carriable(agentProgram) || !carriable(stateDir))
        return {};
    // sshd runs the command with the user's shell (sh -c), hence the shell quoting inside.
    const QString command = protocol::shellQuote(agentProgram) + QStringLiteral(" mirror-serve --state-dir ") +
                            protocol::shellQuote(stateDir);
    return QStringLiteral("restrict,command=\"%1\" %2 %3").arg(command, key.line(), marker(stateDir));
}

QByteArray AuthorizedKeys::withEntry(const QByteArray& existing, const QString& marker, const QString& entry)
{
    const QByteArray mark = marker.toUtf8();
    QByteArray out;
    for (const QByteArray& line : existing.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype space = std::max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
        if (space >= 0 && trimmed.mid(space + 1) == mark)
            continue;
        out += line + '\n';
    }
    while (out.endsWith("\n\n") || out == "\n") // the split leaves one empty piece after the last newline
        out.chop(1);
    return out + entry.toUtf8() + '\n';
}

QString AuthorizedKeys::defaultPath()
{
    const passwd* pw = ::getpwuid(::geteuid());
    const QString home = pw ? QFile::decodeName(pw->pw_dir) : QDir::homePath();
    return home + QStringLiteral("/.ssh/authorized_keys");
}

bool AuthorizedKeys::install(const QString& path, const QString& marker, const QString& entry, QString* error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir) &&
        (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))) {
        *error = dir + QStringLiteral(": cannot create");
        return false;
    }
    QFile file(path);
    QByteArray existing;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": ") + file.errorString();
            return false;
        }
        existing = file.readAll();
    }
    return protocol::AtomicFile::write(path, withEntry(existing, marker, entry), 0600, error);
}

} // namespace twinha::agent
