#include "agent/replication/RsyncPush.h"

#include "agent/replication/ChildProcesses.h"
#include "agent/replication/DivergenceHooks.h"
#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorSecret.h"
#include "agent/replication/ProcessOutput.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QProcess>

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
                                 const QString& keepIn)
{
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const QString url =
        QStringLiteral("rsync://%1@%2:%3/%4/").arg(MirrorSecret::user(), hostPart).arg(port).arg(module);
    const QString source = sourceDir.endsWith(QLatin1Char('/')) ? sourceDir : sourceDir + QLatin1Char('/');
    // --contimeout: without it a peer that drops packets holds the connect for minutes.
    QStringList args{QStringLiteral("-a"),
                     QStringLiteral("--delete"),
                     QStringLiteral("--partial"),
                     QStringLiteral("--numeric-ids"),
                     QStringLiteral("--timeout=30"),
                     QStringLiteral("--contimeout=10"),
                     QStringLiteral("--exclude=/%1/").arg(QLatin1String(KeptSet::kFolder))};
    // Relative: the daemon roots it in the module, the receiver's own folder, whatever we say.
    // Nanoseconds: after a split both sides may have changed a file within the same second and
    // to the same size, which rsync's quick check (whole seconds) would take for the same file.
    if (!keepIn.isEmpty())
        args << QStringLiteral("--backup-dir=") + KeptSet::relativePath(keepIn) << QStringLiteral("--modify-window=-1");
    return args << source << url;
}

void RsyncPush::start(const QString& sourceDir, const QString& host, quint16 port, const QString& module,
                      const QByteArray& password, const QString& keepIn)
{
    if (m_process)
        return;
    m_keepRequest.clear();
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
    m_process->start(QStringLiteral("rsync"), arguments(sourceDir, host, port, module, keepIn));
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
