#include "agent/replication/RsyncPush.h"

#include "agent/replication/DivergenceHooks.h"
#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorSecret.h"
#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QTimer>

namespace twinha::agent {

namespace {
constexpr int kVanishedFiles = 24; // files deleted while rsync ran: the deletion is a newer change
} // namespace

RsyncPush::RsyncPush(QObject* parent)
    : QObject(parent)
{}

RsyncPush::~RsyncPush() = default; // a run still going is a child: deleting it kills its group

QStringList RsyncPush::arguments(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                                 const QString& keepIn, const MirrorTransport& transport)
{
    const QString source = sourceDir.endsWith(QLatin1Char('/')) ? sourceDir : sourceDir + QLatin1Char('/');
    // --contimeout: without it a peer that drops packets holds the connect for minutes (over ssh,
    // ssh's ConnectTimeout does that).
    // A file that rsync itself interrupts (the link cut, its timeout) waits in a partial folder
    // beside it for the next push to resume it; a receiver stopped mid-file (its node promoted) is
    // killed, and its agent removes the half file. Never plain --partial: an interrupted receiver
    // would rename the half-received file over the good one it was replacing.
    QStringList args{QStringLiteral("-a"), QStringLiteral("--delete"), QStringLiteral("--partial-dir=") + kPartialDir,
                     QStringLiteral("--numeric-ids"), QStringLiteral("--timeout=30")};
    if (transport.overSsh) {
        const QStringList ssh = transport.rsyncOptions(port);
        if (ssh.isEmpty()) // never fall back to a plain `ssh` with the user's settings
            return {};
        args << ssh;
    } else
        args << QStringLiteral("--contimeout=10");
    args << QStringLiteral("--exclude=/%1/").arg(QLatin1String(KeptSet::kFolder));
    // Nanoseconds: rsync's quick check compares whole seconds by default, so a file rewritten in
    // the second of the push that shipped it, to the same size (a counter, a database page, both
    // sides after a split), would be taken for the copy the peer already has, and never shipped.
    args << QStringLiteral("--modify-window=-1");
    // Relative: the daemon roots it in the module, the receiver's own folder, whatever we say.
    if (!keepIn.isEmpty())
        args << QStringLiteral("--backup-dir=") + KeptSet::relativePath(keepIn);
    return args << source << transport.destination(MirrorSecret::user(), host, port, module);
}

void RsyncPush::start(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                      const QByteArray& password, const QString& keepIn)
{
    if (m_run)
        return;
    m_keepRequest.clear();
    const QStringList args = arguments(sourceDir, host, port, module, keepIn, m_transport);
    if (args.isEmpty()) { // reported from the event loop, as a failure to start would be
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(false,
                            protocol::RpcError::make(
                                QString::fromLatin1(protocol::codes::kReplicationSyncFailed),
                                {{QStringLiteral("exit_status"), -1},
                                 {QStringLiteral("detail"),
                                  QString(m_transport.keyFile + QStringLiteral(": cannot be quoted for rsync -e"))}}));
        });
        return;
    }
    // No overall timeout: a first copy may take hours. rsync's own --timeout ends a stalled one.
    m_run = new CommandRunner(this);
    m_run->setTimeoutMs(0);
    m_run->setExtraEnvironment({{QStringLiteral("RSYNC_PASSWORD"), QString::fromLatin1(password)}});
    connect(m_run, &CommandRunner::finished, this, &RsyncPush::onFinished);
    m_run->run(QStringLiteral("rsync"), args);
}

void RsyncPush::abort()
{
    delete std::exchange(m_run, nullptr); // kills the whole group: rsync, and ssh under it
}

void RsyncPush::onFinished(const CommandRunner::Result& result)
{
    std::exchange(m_run, nullptr)->deleteLater();
    if (result.exitCode == 0 || result.exitCode == kVanishedFiles) {
        Q_EMIT finished(true, {});
        return;
    }
    // The tail of stderr holds the receiver's refusal, and the kept set it names, if any.
    const QByteArray stderrText = result.stderrTail.toUtf8();
    m_keepRequest = DivergenceHooks::requestIn(stderrText);
    Q_EMIT finished(false,
                    protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationSyncFailed),
                                             {{QStringLiteral("exit_status"), result.exitCode},
                                              {QStringLiteral("detail"), ProcessOutput::detailLine(stderrText)}}));
}

} // namespace twinha::agent
