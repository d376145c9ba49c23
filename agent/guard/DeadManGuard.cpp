#include "agent/guard/DeadManGuard.h"

#include "agent/AgentLog.h"
#include "agent/guard/GuardCommand.h"
#include "agent/heartbeat/HeartbeatPacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>

namespace twinha::agent {

DeadManGuard::DeadManGuard(const Launch& launch, QObject* parent)
    : QObject(parent)
    , m_launch(launch)
{
    // Never waited for: report() runs on the heartbeat's thread (GuardRelay), which must never stall.
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this] {
        m_socket.abort();
        spawn(); // nobody listens (or the guard went away): start one, at most once per kRespawnMs
    });
    connect(&m_socket, &QLocalSocket::connected, this, &DeadManGuard::send);
    connect(&m_socket, &QLocalSocket::readyRead, this, &DeadManGuard::readNotices);
}

void DeadManGuard::readNotices()
{
    while (m_socket.canReadLine()) {
        const QJsonObject o = QJsonDocument::fromJson(m_socket.readLine()).object();
        if (const QString group = o.value(QStringLiteral("stopping")).toString(); !group.isEmpty())
            Q_EMIT guardStop(group, false, false);
        else if (const QString stopped = o.value(QStringLiteral("stopped")).toString(); !stopped.isEmpty())
            Q_EMIT guardStop(stopped, true, o.value(QStringLiteral("ok")).toBool());
    }
}

void DeadManGuard::spawn()
{
    if (m_lastSpawn.isValid() && m_lastSpawn.elapsed() < kRespawnMs)
        return;
    m_lastSpawn.start();
    // Detached: reparented to init, so the daemon's death neither kills nor leaves a zombie of it.
    qint64 pid = 0;
    const bool started = QProcess::startDetached(m_launch.agent,
                                                 {QStringLiteral("guard"), QStringLiteral("--config"), m_launch.config,
                                                  QStringLiteral("--node"), m_launch.node,
                                                  QStringLiteral("--state-dir"), m_launch.stateDir},
                                                 QString(), &pid);
    if (started)
        AgentLog::get("agent.guard")->info("started the dead-man guard, pid {}", pid);
    else
        AgentLog::get("agent.guard")->error("cannot start the dead-man guard ({})", m_launch.agent.toStdString());
}

void DeadManGuard::report(const QStringList& held, qint64 stopAfterMs, const Heartbeats& heartbeats)
{
    m_held = held;
    m_stopAfterMs = stopAfterMs;
    m_heartbeats = heartbeats;
    m_wordAge.start();
    if (m_socket.state() == QLocalSocket::UnconnectedState)
        m_socket.connectToServer(GuardCommand::socketPath(m_launch.stateDir)); // send() once connected
    else if (isConnected())
        send();
}

void DeadManGuard::send()
{
    // Only report() connects, so a word is always there. The time since report() counts against
    // the deadline, so a late word never stretches it.
    const qint64 after = m_stopAfterMs < 0 ? -1 : std::max<qint64>(0, m_stopAfterMs - m_wordAge.elapsed());
    // The steady clock is the machine's (CLOCK_MONOTONIC), so the guard reads the times as they are.
    const QJsonObject o{{QStringLiteral("held"), QJsonArray::fromStringList(m_held)},
                        {QStringLiteral("stop_after_ms"), after},
                        {QStringLiteral("sent_at"), steadyMs()},
                        {QStringLiteral("heartbeat_at"), m_heartbeats.lastAt},
                        {QStringLiteral("heartbeat_round_before_at"), m_heartbeats.previousRoundAt},
                        {QStringLiteral("resume_within_ms"), m_heartbeats.resumeWithinMs}};
    m_socket.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_socket.flush();
}

} // namespace twinha::agent
