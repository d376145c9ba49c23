#include "agent/replication/DivergenceHooks.h"

#include "agent/replication/KeptSet.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace twinha::agent {

DivergenceHooks::DivergenceHooks(const QString& stateDir, const QString& channel)
    : m_dir(stateDir + QStringLiteral("/divergence"))
    , m_channel(channel)
{}

QString DivergenceHooks::preXferScript(const QString& id, const QString& acceptedPath)
{
    // RSYNC_ARG1.. are the options the client sent, up to "."; rsync may pass --backup-dir and
    // its value as one argument or as two.
    return QStringLiteral("#!/bin/sh\n"
                          "# Written by twinha-agent while kept set %1 is armed; edits are lost.\n"
                          "want=%2\n"
                          "i=1 prev= ok=\n"
                          "while eval \"[ \\\"\\${RSYNC_ARG$i+set}\\\" = set ]\"; do\n"
                          "    eval \"arg=\\$RSYNC_ARG$i\"\n"
                          "    [ \"$arg\" = . ] && break\n"
                          "    if [ \"$arg\" = \"--backup-dir=$want\" ] || { [ \"$prev\" = --backup-dir ] && "
                          "[ \"$arg\" = \"$want\" ]; }; then ok=1; fi\n"
                          "    prev=$arg\n"
                          "    i=$((i + 1))\n"
                          "done\n"
                          "if [ -n \"$ok\" ]; then\n"
                          "    echo \"$RSYNC_PID\" >%3 && exit 0\n"
                          "fi\n"
                          "echo %4\n"
                          "exit 1\n")
        .arg(id, protocol::shellQuote(KeptSet::relativePath(id)), protocol::shellQuote(acceptedPath),
             protocol::shellQuote(QLatin1String(kRequestTag) + id));
}

QString DivergenceHooks::postXferScript(const QString& acceptedPath, const QString& donePath)
{
    return QStringLiteral("#!/bin/sh\n"
                          "# Written by twinha-agent while a kept set is armed; edits are lost.\n"
                          "[ \"$(cat %1 2>/dev/null)\" = \"$RSYNC_PID\" ] || exit 0\n"
                          "echo \"$RSYNC_EXIT_STATUS\" >%2.tmp && mv -f %2.tmp %2\n")
        .arg(protocol::shellQuote(acceptedPath), protocol::shellQuote(donePath));
}

bool DivergenceHooks::write(const QString& id, QString* detail) const
{
    if (!QDir().mkpath(m_dir)) {
        *detail = m_dir + QStringLiteral(": cannot create");
        return false;
    }
    QFile::remove(acceptedPath());
    QFile::remove(donePath());
    const mode_t ownerOnly = 0700;
    return protocol::AtomicFile::write(preXferPath(), preXferScript(id, acceptedPath()).toUtf8(), ownerOnly, detail) &&
           protocol::AtomicFile::write(postXferPath(), postXferScript(acceptedPath(), donePath()).toUtf8(), ownerOnly,
                                       detail);
}

void DivergenceHooks::remove() const
{
    for (const QString& path : {preXferPath(), postXferPath(), acceptedPath(), donePath()})
        QFile::remove(path);
}

std::optional<int> DivergenceHooks::doneStatus() const
{
    QFile f(donePath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const int status = f.readAll().trimmed().toInt(&ok);
    return ok ? std::optional<int>(status) : std::optional<int>(-1);
}

QString DivergenceHooks::requestIn(const QByteArray& rsyncStderr)
{
    static const QRegularExpression line(QStringLiteral("(?:^|\\n)") + QLatin1String(kRequestTag) +
                                         QStringLiteral("([A-Za-z0-9_-]+)\\s*(?:\\n|$)"));
    const QString id = line.match(QString::fromLocal8Bit(rsyncStderr)).captured(1);
    return KeptSet::isValidId(id) ? id : QString();
}

} // namespace twinha::agent
