#include "agent/guard/DeadManGuard.h"

#include "agent/AgentLog.h"
#include "agent/guard/GuardCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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

void DeadManGuard::report(const QStringList& held, qint64 stopAfterMs)
{
    if (m_socket.state() == QLocalSocket::UnconnectedState) {
        m_socket.connectToServer(GuardCommand::socketPath(m_launch.stateDir)); // the next report goes out
        return;
    }
    if (!isConnected())
        return;
    const QJsonObject o{{QStringLiteral("held"), QJsonArray::fromStringList(held)},
                        {QStringLiteral("stop_after_ms"), stopAfterMs}};
    m_socket.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_socket.flush();
}

} // namespace twinha::agent
