#include "agent/replication/MirrorSender.h"

#include "agent/AgentLog.h"
#include "agent/replication/FolderTimes.h"
#include "agent/replication/KeptSet.h"
#include "agent/replication/MirrorSecret.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace twinha::agent {

namespace {
// Long enough to gather a burst of writes (an unpacked archive) into one push, short enough
// to keep the lag near zero.
constexpr int kDebounceMs = 100;
// File times come from the kernel's coarse clock, up to a tick (4-10 ms) behind the clock a push
// start is read from: a change stamped this close before a push's start may have missed it.
constexpr qint64 kFileClockSlackMs = 50;
} // namespace

MirrorSender::MirrorSender(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_push.setTransport(settings.transport);
    m_clock.start();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MirrorSender::syncNow);
    m_interval.setInterval(settings.intervalS * 1000);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive()) // a failing peer is left to the backoff
            syncNow();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &MirrorSender::syncNow);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        finishDrain(false, protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationDrainTimeout),
                                                    {{QStringLiteral("timeout_ms"), m_drainDeadline.interval()}}));
    });
    connect(&m_watcher, &InotifyWatcher::changed, this, &MirrorSender::onChange);
    connect(&m_watcher, &InotifyWatcher::overflowed, this, &MirrorSender::onOverflow);
    connect(&m_push, &RsyncPush::finished, this, &MirrorSender::onPushFinished);
}

void MirrorSender::start(const QString& peerHost, quint16 peerPort)
{
    stop();
    m_peerHost = peerHost;
    m_peerPort = peerPort;
    m_active = true;
    m_backoff.reset();
    // What the peer holds is unknown until a push succeeds.
    m_pending.addEverything(nowMs());
    ensureWatching();
    m_interval.start();
    m_debounce.start();
}

bool MirrorSender::shippedEverything()
{
    if (!m_active || m_push.isRunning() || !m_error.isNull() || !m_lastSync.isValid())
        return false;
    m_watcher.readPending(); // changes the kernel saw that the event loop has not read yet
    return m_pending.isEmpty();
}

void MirrorSender::stop()
{
    m_active = false;
    m_keepIn.clear();
    m_debounce.stop();
    m_interval.stop();
    m_retry.stop();
    m_push.abort();
    m_watcher.stop();
    m_pending.clear();
    m_error = {};
    finishDrain(false, protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationSyncFailed),
                                                {{QStringLiteral("exit_status"), -1},
                                                 {QStringLiteral("detail"), QStringLiteral("stopped")}}));
}

void MirrorSender::drain(int timeoutMs)
{
    m_draining = true;
    m_drainPushStarted = false;
    m_drainDeadline.start(timeoutMs);
    if (nothingToShip()) {
        finishDrain(true, {});
        return;
    }
    if (!m_push.isRunning())
        syncNow(); // otherwise the running push finishes first, then one more starts at once
}

bool MirrorSender::nothingToShip()
{
    // inotify saw no change since the last push that succeeded, and no file time says otherwise
    // (a write through a shared mapping raises no event): the peer holds what this node holds.
    if (!shippedEverything() ||
        FolderTimes::changedSince(m_settings.path, m_lastSync.toMSecsSinceEpoch() - kFileClockSlackMs))
        return false;
    AgentLog::get("agent.replication")
        ->info("{}: drained: nothing changed since the push of {}", m_settings.channel.toStdString(),
               m_lastSync.toString(Qt::ISODateWithMs).toStdString());
    return true;
}

std::optional<double> MirrorSender::lagS() const
{
    if (!m_active)
        return std::nullopt;
    const std::optional<qint64> oldest = m_pending.oldestMs();
    return oldest ? double(nowMs() - *oldest) / 1000.0 : 0.0;
}

bool MirrorSender::ensureWatching()
{
    if (m_watcher.isWatching())
        return true;
    QString error;
    if (!m_watcher.watch(m_settings.path, &error))
        return false;
    m_pending.addEverything(nowMs()); // changes made while nobody watched are unknown
    return true;
}

void MirrorSender::onChange(const QString& path)
{
    const bool wasEmpty = m_pending.isEmpty();
    m_pending.add(path, nowMs());
    // Not restarted by every event: a steady stream of writes must not postpone the push forever.
    if (!m_debounce.isActive() && !m_push.isRunning() && !m_retry.isActive())
        m_debounce.start();
    if (wasEmpty)
        Q_EMIT changed();
}

void MirrorSender::onOverflow()
{
    AgentLog::get("agent.replication")
        ->warn("{}: change events were lost; pushing everything", m_settings.channel.toStdString());
    m_pending.addEverything(nowMs());
    if (!m_debounce.isActive() && !m_push.isRunning() && !m_retry.isActive())
        m_debounce.start();
}

void MirrorSender::syncNow()
{
    if (!m_active || m_push.isRunning())
        return;
    if (m_draining)
        m_drainPushStarted = true;
    if (!QFileInfo(m_settings.path).isDir() || !ensureWatching()) {
        failAttempt(protocol::RpcError::make(QString::fromLatin1(protocol::codes::kReplicationPathMissing),
                                             {{QStringLiteral("path"), m_settings.path}}));
        return;
    }
    m_watcher.readPending(); // changes made up to now count as covered by this push
    m_debounce.stop();
    m_retry.stop();
    m_pushCut = m_pending.cut();
    m_pushStartMs = nowMs();
    m_pushStart = QDateTime::currentDateTimeUtc();
    m_push.start(m_settings.path, m_peerHost, m_peerPort, MirrorSecret::module(m_settings.channel), m_settings.password,
                 m_keepIn);
    Q_EMIT changed();
}

void MirrorSender::onPushFinished(bool ok, const protocol::RpcError& error)
{
    if (!ok) {
        const QString request = m_push.keepRequest();
        if (request.isEmpty() || request == m_keepIn) {
            failAttempt(error);
            return;
        }
        m_keepIn = request;
        AgentLog::get("agent.replication")
            ->warn("{}: the peer keeps what this resync deletes or overwrites there, in its {}",
                   m_settings.channel.toStdString(), KeptSet::relativePath(request).toStdString());
        syncNow();
        return;
    }
    m_keepIn.clear();
    m_pending.shipped(m_pushCut, m_pushStartMs);
    m_lastSync = m_pushStart;
    if (!m_error.isNull())
        AgentLog::get("agent.replication")->info("{}: pushing works again", m_settings.channel.toStdString());
    m_error = {};
    m_backoff.reset();
    if (m_draining && m_drainPushStarted && m_pending.isEmpty())
        finishDrain(true, {});
    else if (m_draining)
        syncNow();
    else if (!m_pending.isEmpty())
        m_debounce.start();
    Q_EMIT changed();
}

void MirrorSender::failAttempt(const protocol::RpcError& error)
{
    if (error.code != m_error.code || error.params != m_error.params)
        AgentLog::get("agent.replication")
            ->warn("{}: push failed: {} {}", m_settings.channel.toStdString(), error.code.toStdString(),
                   QJsonDocument(error.params).toJson(QJsonDocument::Compact).toStdString());
    m_error = error;
    if (m_draining && !m_drainPushStarted) {
        syncNow(); // the push that was running when the drain began failed; the drain's own comes now
    } else {
        finishDrain(false, error);
        m_retry.start(m_backoff.next());
    }
    Q_EMIT changed();
}

void MirrorSender::finishDrain(bool ok, const protocol::RpcError& error)
{
    if (!m_draining)
        return;
    m_draining = false;
    m_drainDeadline.stop();
    Q_EMIT drained(ok, error);
}

} // namespace twinha::agent
