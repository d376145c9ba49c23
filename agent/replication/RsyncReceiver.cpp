#include "agent/replication/RsyncReceiver.h"

#include "agent/AgentLog.h"
#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorSecret.h"
#include "agent/replication/MirrorServers.h"
#include "agent/replication/ProcessOutput.h"
#include "agent/replication/RsyncTempFiles.h"
#include "agentlink/protocol/AtomicFile.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/ShellQuote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <QRegularExpression>

#include <unistd.h>

namespace twinha::agent {

namespace {
constexpr int kStableMs = 2000;          // a bind or config failure ends the daemon well within this
constexpr qint64 kMaxLogBytes = 1 << 20; // the daemon logs every connection: start afresh past this
} // namespace

RsyncReceiver::RsyncReceiver(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &RsyncReceiver::launch);
    m_stableTimer.setSingleShot(true);
    m_stableTimer.setInterval(kStableMs);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] {
        m_backoff.reset();
        m_error = {};
        Q_EMIT changed();
    });
    // Servers that sshd started for a previous run of the agent are not its children: nothing
    // else ends them, and this node may be about to serve the folder.
    if (const int ended = endServersOverSsh())
        AgentLog::get("agent.replication")
            ->warn("{}: ended {} push(es) left from before over ssh", m_settings.channel.toStdString(), ended);
}

RsyncReceiver::~RsyncReceiver()
{
    // Ended as on stop(), so that no half file of a push stays behind; servers over ssh are not
    // the agent's children, and end here as well.
    endDaemon();
    closeGate();
}

QString RsyncReceiver::configPath() const
{
    return configPath(m_settings.stateDir, m_settings.channel);
}

QString RsyncReceiver::configPath(const QString& stateDir, const QString& channel)
{
    return stateDir + QStringLiteral("/rsync/") + channel + QStringLiteral(".conf");
}

QString RsyncReceiver::gatePath(const QString& stateDir, const QString& channel)
{
    return stateDir + QStringLiteral("/rsync/") + channel + QStringLiteral(".serving");
}

QString RsyncReceiver::secretsPath() const
{
    return m_settings.stateDir + QStringLiteral("/rsync/") + m_settings.channel + QStringLiteral(".secrets");
}

QString RsyncReceiver::logPath() const
{
    return m_settings.stateDir + QStringLiteral("/rsync/") + m_settings.channel + QStringLiteral(".log");
}

void RsyncReceiver::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_backoff.reset();
    // After this turn of the event loop: the role change that wants it (a switchover's source
    // stepping down) is published to the peer first, and the daemon's files and start cost ms.
    m_restartTimer.start(0);
}

void RsyncReceiver::setHeld(bool held)
{
    m_held = held;
    if (!held && m_wanted && !isRunning() && !m_restartTimer.isActive())
        m_restartTimer.start(0);
}

void RsyncReceiver::setHooks(const QString& preXfer, const QString& postXfer)
{
    if (preXfer == m_preXfer && postXfer == m_postXfer)
        return;
    m_preXfer = preXfer;
    m_postXfer = postXfer;
    QString detail;
    if (m_gate.isOpen() && !writeConfig(&detail)) {
        closeGate(); // as below: no push on the old config
        fail(detail);
        return;
    }
    if (!m_daemon || writeConfig(&detail))
        return;
    // A daemon left on the old config could let through a push that the new one would refuse:
    // down with it until the config can be written.
    endDaemon();
    m_stableTimer.stop();
    fail(detail);
}

void RsyncReceiver::stop()
{
    m_wanted = false;
    m_restartTimer.stop();
    m_stableTimer.stop();
    m_error = {};
    closeGate();
    endDaemon();
    Q_EMIT changed();
}

void RsyncReceiver::endDaemon()
{
    CommandRunner* daemon = std::exchange(m_daemon, nullptr);
    if (!daemon)
        return;
    // Waited for: a push still writing must be over before this node may serve the folder. A
    // push cut short is not waited for (its sender may be gone, and a takeover waits here); the
    // half file it was writing goes.
    daemon->disconnect(this);
    QElapsedTimer waited;
    waited.start();
    QStringList unfinished;
    daemon->endDaemonAndWait(
        [&](const QList<qint64>& members) { unfinished = RsyncTempFiles::heldBy(members, m_settings.path); });
    delete daemon;
    const int removed = RsyncTempFiles::remove(unfinished);
    auto log = AgentLog::get("agent.replication");
    if (removed > 0)
        log->info("{}: receiver stopped in {} ms, in the middle of a push; removed the {} file(s) it had not "
                  "finished writing",
                  m_settings.channel.toStdString(), waited.elapsed(), removed);
    else
        log->info("{}: receiver stopped in {} ms", m_settings.channel.toStdString(), waited.elapsed());
}

bool RsyncReceiver::writeFiles(QString* detail) const
{
    const QString dir = m_settings.stateDir + QStringLiteral("/rsync");
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *detail = dir + QStringLiteral(": cannot create");
        return false;
    }
    // The standby may not have the folder yet; the copy needs somewhere to land.
    if (!QDir().mkpath(m_settings.path)) {
        *detail = m_settings.path + QStringLiteral(": cannot create");
        return false;
    }
    if (QFile(logPath()).size() > kMaxLogBytes)
        QFile::remove(logPath());
    return writeConfig(detail) &&
           protocol::AtomicFile::ensure(secretsPath(), MirrorSecret::user().toUtf8() + ':' + m_settings.password + '\n',
                                        0600, detail);
}

bool RsyncReceiver::writeConfig(QString* detail) const
{
    const bool root = ::geteuid() == 0;
    // As root: chroot into the folder (rsync then keeps absolute symlinks as they are instead of
    // rewriting them) and write as root so owners survive, as seed 003's rsync -vzrtopg did.
    QString conf =
        QStringLiteral("# Written by twinha-agent at every start of the receiver; edits are lost.\n"
                       "log file = %1\nreverse lookup = no\n\n[%2]\n    path = %3\n    read only = no\n"
                       "%4    numeric ids = yes\n"
                       "    auth users = %5\n    secrets file = %6\n    strict modes = yes\n    timeout = 120\n")
            .arg(logPath(), MirrorSecret::module(m_settings.channel), m_settings.path, confinement(root),
                 MirrorSecret::user(), secretsPath());
    if (root)
        conf += QStringLiteral("    uid = root\n    gid = root\n");
    // A daemon exclude also refuses a --backup-dir below it, so the two never go together.
    if (m_preXfer.isEmpty())
        conf += QStringLiteral("    exclude = /%1/\n").arg(QLatin1String(KeptSet::kFolder));
    else
        conf += QStringLiteral("    pre-xfer exec = %1\n    post-xfer exec = %2\n")
                    .arg(protocol::shellQuote(m_preXfer), protocol::shellQuote(m_postXfer));
    // Replaced whole: a running daemon reads it at every connection.
    return protocol::AtomicFile::ensure(configPath(), conf.toUtf8(), 0600, detail);
}

QString RsyncReceiver::confinement(bool asRoot)
{
    // rsyncd.conf(5): without chroot, a pushed symlink could point anywhere and a later push
    // through it would write there. Munged links cannot; the price is that symlinks arrive as
    // "/rsyncd-munged/..." on a standby that does not run as root.
    return asRoot ? QStringLiteral("    use chroot = yes\n    munge symlinks = no\n")
                  : QStringLiteral("    use chroot = no\n    munge symlinks = yes\n");
}

void RsyncReceiver::launch()
{
    if (!m_wanted || m_held || m_daemon || m_gate.isOpen())
        return; // (held: setHeld(false) launches)
    QString detail;
    if (!writeFiles(&detail)) {
        fail(detail);
        return;
    }
    if (m_settings.overSsh) {
        openGate();
        return;
    }
    m_daemon = new CommandRunner(this);
    m_daemon->setTimeoutMs(0); // it runs until stopped
    connect(m_daemon, &CommandRunner::finished, this, &RsyncReceiver::onFinished);
    AgentLog::get("agent.replication")
        ->info("{}: receiver starting on {}:{}", m_settings.channel.toStdString(), m_settings.host.toStdString(),
               m_settings.port);
    m_stableTimer.start(); // before start(): a failure to start may be reported inside it
    m_daemon->run(QStringLiteral("rsync"), {QStringLiteral("--daemon"), QStringLiteral("--no-detach"),
                                            QStringLiteral("--config=") + configPath(),
                                            QStringLiteral("--port=") + QString::number(m_settings.port),
                                            QStringLiteral("--address=") + m_settings.host});
    Q_EMIT changed();
}

void RsyncReceiver::openGate()
{
    QString detail;
    if (!m_gate.open(gatePath(m_settings.stateDir, m_settings.channel), &detail)) {
        fail(detail);
        return;
    }
    AgentLog::get("agent.replication")->info("{}: receiving over ssh", m_settings.channel.toStdString());
    m_backoff.reset();
    m_error = {};
    Q_EMIT changed();
}

void RsyncReceiver::closeGate()
{
    if (!m_gate.isOpen())
        return;
    m_gate.close();
    // Pushes over ssh still running end with it, as the daemon's connections end with the daemon.
    if (const int ended = endServersOverSsh())
        AgentLog::get("agent.replication")
            ->info("{}: ended {} push(es) in progress over ssh", m_settings.channel.toStdString(), ended);
}

int RsyncReceiver::endServersOverSsh() const
{
    QStringList unfinished;
    const int ended = MirrorServers::endAll(m_settings.stateDir, m_settings.channel, [&](const QList<qint64>& members) {
        unfinished += RsyncTempFiles::heldBy(members, m_settings.path);
    });
    if (const int removed = RsyncTempFiles::remove(unfinished))
        AgentLog::get("agent.replication")
            ->info("{}: removed the {} file(s) that the ended push(es) had not finished writing",
                   m_settings.channel.toStdString(), removed);
    return ended;
}

void RsyncReceiver::onFinished(const CommandRunner::Result& result)
{
    std::exchange(m_daemon, nullptr)->deleteLater();
    m_stableTimer.stop();
    // Its stderr, or Qt's reason when it did not start; else the last word in its log.
    QString detail = ProcessOutput::detailLine(result.stderrTail.toUtf8());
    if (detail.isEmpty())
        detail = lastLogLine();
    fail(detail);
}

void RsyncReceiver::fail(const QString& detail)
{
    const QString address = m_settings.host + QLatin1Char(':') + QString::number(m_settings.port);
    m_error = protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationReceiverFailed),
                                       {{QStringLiteral("address"), address}, {QStringLiteral("detail"), detail}});
    const int delay = m_backoff.next();
    AgentLog::get("agent.replication")
        ->warn("{}: receiver on {} failed: {}; restarting in {} ms", m_settings.channel.toStdString(),
               address.toStdString(), detail.toStdString(), delay);
    if (m_wanted)
        m_restartTimer.start(delay);
    Q_EMIT changed();
}

QString RsyncReceiver::lastLogLine() const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    log.seek(std::max<qint64>(0, log.size() - 4096));
    // Without the "2024/05/01 10:00:00 [1234] " prefix, rsync's generic trailer line is recognised.
    static const QRegularExpression prefix(QStringLiteral("^\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\[\\d+\\] "),
                                           QRegularExpression::MultilineOption);
    return ProcessOutput::detailLine(QString::fromLocal8Bit(log.readAll()).remove(prefix).toLocal8Bit());
}

} // namespace twinha::agent
