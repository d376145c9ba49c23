#include "agent/replication/RsyncPush.h"

#include "agent/replication/ChildProcesses.h"
#include "agent/replication/DivergenceHooks.h"
#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorSecret.h"
#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QProcess>
#include <QTimer>

#include <csignal>

namespace twinha::agent {

namespace {
constexpr int kVanishedFiles = 24; // files deleted while rsync ran: the deletion is a newer change
} // namespace

RsyncPush::RsyncPush(QObject* parent)
    : QObject(parent)
{}

RsyncPush::~RsyncPush()
{
    ChildProcesses::killAll(this);
}

QStringList RsyncPush::arguments(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                                 const QString& keepIn, const MirrorTransport& transport)
{
    const QString source = sourceDir.endsWith(QLatin1Char('/')) ? sourceDir : sourceDir + QLatin1Char('/');
    // --contimeout: without it a peer that drops packets holds the connect for minutes (over ssh,
    // ssh's ConnectTimeout does that).
    QStringList args{QStringLiteral("-a"), QStringLiteral("--delete"), QStringLiteral("--partial"),
                     QStringLiteral("--numeric-ids"), QStringLiteral("--timeout=30")};
    if (transport.overSsh) {
        const QStringList ssh = transport.rsyncOptions(port);
        if (ssh.isEmpty()) // never fall back to a plain `ssh` with the user's settings
            return {};
        args << ssh;
    } else
        args << QStringLiteral("--contimeout=10");
    args << QStringLiteral("--exclude=/%1/").arg(QLatin1String(KeptSet::kFolder));
    // Relative: the daemon roots it in the module, the receiver's own folder, whatever we say.
    // Nanoseconds: after a split both sides may have changed a file within the same second and
    // to the same size, which rsync's quick check (whole seconds) would take for the same file.
    if (!keepIn.isEmpty())
        args << QStringLiteral("--backup-dir=") + KeptSet::relativePath(keepIn) << QStringLiteral("--modify-window=-1");
    return args << source << transport.destination(MirrorSecret::user(), host, port, module);
}

void RsyncPush::start(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                      const QByteArray& password, const QString& keepIn)
{
    if (m_process)
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
    m_process = new QProcess(this);
    ChildProcesses::prepare(m_process);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RSYNC_PASSWORD"), QString::fromLatin1(password));
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFailedToStart();
    });
    m_process->start(QStringLiteral("rsync"), args);
}

void RsyncPush::abort()
{
    if (!m_process)
        return;
    QProcess* p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    ChildProcesses::signalGroup(p, SIGKILL);
}

void RsyncPush::onFinished(int exitCode, int exitStatus)
{
    QProcess* p = m_process;
    m_process = nullptr;
    p->deleteLater();
    const bool ok = exitStatus == QProcess::NormalExit && (exitCode == 0 || exitCode == kVanishedFiles);
    if (ok) {
        Q_EMIT finished(true, {});
        return;
    }
    const QByteArray stderrText = p->readAllStandardError();
    m_keepRequest = DivergenceHooks::requestIn(stderrText);
    const QString detail = ProcessOutput::detailLine(stderrText);
    Q_EMIT finished(false, protocol::RpcError::make(
                               QString::fromLatin1(protocol::codes::kReplicationSyncFailed),
                               {{QStringLiteral("exit_status"), exitStatus == QProcess::NormalExit ? exitCode : -1},
                                {QStringLiteral("detail"), detail}}));
}

void RsyncPush::onFailedToStart()
{
    QProcess* p = m_process;
    m_process = nullptr;
    const QString detail = p->errorString();
    p->deleteLater();
    Q_EMIT finished(
        false, protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationSyncFailed),
                                        {{QStringLiteral("exit_status"), -1}, {QStringLiteral("detail"), detail}}));
}

} // namespace twinha::agent
