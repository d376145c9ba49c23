#include "agent/heartbeat/Heartbeat.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/GuardRelay.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/heartbeat/HeartbeatWorker.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace twinha::agent {

namespace {
QString newBootId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}
} // namespace

Heartbeat::Heartbeat(const AgentConfig& config, const QString& selfNode, const QByteArray& key, QObject* parent)
    : QObject(parent)
    , m_intervalMs(config.timing.intervalMs)
    , m_holdWatch(config.timing.intervalMs + std::max(10, config.timing.intervalMs / 2))
    , m_loopBeatAt(steadyMs())
    , m_stallLimitMs(std::max<qint64>(10000, 10 * qint64(config.timing.deadTimeMs)))
{
    m_id.cluster = config.cluster.name;
    m_id.self = selfNode;
    m_id.peer = config.peerOf(selfNode);
    m_id.key = key;
    m_id.boot = newBootId();
    m_id.bootTime = QDateTime::currentMSecsSinceEpoch();

    m_thread.setObjectName(QStringLiteral("heartbeat"));
    m_worker = new HeartbeatWorker(config, m_id);
    m_watch = new QTimer(m_worker); // before the move, which takes the children along
    m_worker->moveToThread(&m_thread);
    m_watch->setInterval(std::max(10, m_intervalMs / 2));
    connect(m_watch, &QTimer::timeout, m_worker, [this] { watch(); });
    // The guard hears of every heartbeat at once: after a pause of the whole machine, the word that
    // shows the heartbeats went on in time must not wait for the next watch.
    connect(m_worker, &HeartbeatWorker::heartbeatSent, m_worker, [this] {
        if (m_relay && !m_worker->isMuted())
            relayToGuard(steadyMs());
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &HeartbeatWorker::peerAliveChanged, this, [this](bool alive) {
        m_alive = alive;
        Q_EMIT peerAliveChanged(alive);
    });
    connect(m_worker, &HeartbeatWorker::peerPayloadChanged, this,
            [this](const QJsonObject& payload, const QString& boot) {
                m_payload = payload;
                m_boot = boot;
                Q_EMIT peerPayloadChanged(payload);
            });
    connect(m_worker, &HeartbeatWorker::linkStateChanged, this, &Heartbeat::linkStateChanged);
    connect(m_worker, &HeartbeatWorker::peerHeardUs, this, [this](qint64 sentMs) {
        if (sentMs <= m_peerHeardUsSent)
            return;
        m_peerHeardUsSent = sentMs;
        Q_EMIT peerHeardUs();
    });

    m_loopBeat.setInterval(kLoopBeatMs);
    connect(&m_loopBeat, &QTimer::timeout, this, [this] { m_loopBeatAt.store(steadyMs()); });
    m_thread.start();
}

Heartbeat::~Heartbeat()
{
    // A daemon that stops on purpose (systemctl restart, a package upgrade, a reload) says its last
    // word as it goes: a heartbeat, then the guard's keep-alive. The peer's dead time and the
    // guard's deadline then both count from now rather than from the last tick, and a successor
    // has the guard's whole deadline to take the guard over. The heartbeat goes first, so that
    // the guard's deadline stays that much ahead of the moment the peer may take over.
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                if (m_worker->isMuted())
                    return; // a stalled daemon says nothing more
                m_worker->sendNow();
                if (m_relay)
                    relayToGuard(steadyMs());
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // the worker, its links and the relay are deleted on that thread as it ends
}

bool Heartbeat::start(protocol::RpcError* error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = m_worker->start(error);
            if (ok)
                m_watch->start();
        },
        Qt::BlockingQueuedConnection);
    if (ok) {
        m_loopBeatAt.store(steadyMs());
        m_loopBeat.start();
    }
    return ok;
}

void Heartbeat::setLocalPayload(const QJsonObject& payload)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, payload] { worker->setLocalPayload(payload); });
}

qint64 Heartbeat::peerSilenceMs() const
{
    const qint64 at = m_worker->lastHeardAtMs();
    return at < 0 ? -1 : steadyMs() - at;
}

qint64 Heartbeat::peerLateSignMs() const
{
    const qint64 late = m_worker->lateSignAtMs();
    return late > m_worker->lastHeardAtMs() ? steadyMs() - late : -1;
}

bool Heartbeat::peerHeardUsSince(qint64 atMs) const
{
    return m_peerHeardUsSent >= atMs;
}

QJsonArray Heartbeat::linksJson() const
{
    QJsonArray links;
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_worker, [&] { links = m_worker->linksJson(); }, Qt::BlockingQueuedConnection);
    return links;
}

void Heartbeat::enableGuard(const DeadManGuard::Launch& launch)
{
    QMetaObject::invokeMethod(m_worker, [this, launch] {
        if (m_relay)
            return;
        m_relay = new GuardRelay(launch, m_worker);
        connect(m_relay->guard(), &DeadManGuard::guardStop, this, &Heartbeat::guardStop); // queued
    });
}

void Heartbeat::reportToGuard(const QStringList& held, qint64 stopAfterMs, qint64 leaseUntilMs, qint64 resumeWithinMs)
{
    QMetaObject::invokeMethod(m_worker, [this, held, stopAfterMs, leaseUntilMs, resumeWithinMs] {
        if (!m_relay)
            return;
        m_relay->setWord(held, stopAfterMs, leaseUntilMs, resumeWithinMs);
        if (!m_worker->isMuted())
            relayToGuard(steadyMs());
    });
}

void Heartbeat::watch()
{
    const qint64 now = steadyMs();
    m_holdWatch.tick(now);
    const qint64 stalled = now - m_loopBeatAt.load();
    const bool mute = stalled > m_stallLimitMs.load();
    if (mute != m_worker->isMuted()) {
        if (mute)
            AgentLog::get("agent.heartbeat")
                ->error("the daemon's main loop has not run for {} ms: heartbeats and the guard's keep-alives stop, "
                        "so the guard stops this node's groups and the peer may take over",
                        stalled);
        else
            AgentLog::get("agent.heartbeat")->warn("the daemon's main loop runs again: heartbeats resume");
        m_worker->setMuted(mute);
    }
    if (!mute && m_relay)
        relayToGuard(now);
}

void Heartbeat::relayToGuard(qint64 nowMs)
{
    m_relay->relay(nowMs, m_worker->lastSentAtMs(), m_worker->previousRoundSentAtMs());
}

} // namespace twinha::agent
