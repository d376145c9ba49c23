#include "agent/guard/GuardKeeper.h"

#include "agent/AgentLog.h"
#include "agent/resources/ResourceGroup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

namespace twinha::agent {

GuardKeeper::GuardKeeper(const AgentConfig& config, const QString& node, QObject* parent)
    : QObject(parent)
    , m_node(node)
{
    for (const GroupConfig& g : config.groups) {
        auto* group = new ResourceGroup(g, config.cluster.name, node, config.peerOf(node), this);
        m_groups.insert(g.name, group);
        connect(group, &ResourceGroup::stopFinished, this, [this, name = g.name](bool ok, const protocol::RpcError& e) {
            AgentLog::get("guard")->warn("{}: stopped {}{}", name.toStdString(),
                                         ok ? "cleanly" : "with errors: ", ok ? std::string() : e.code.toStdString());
            m_stopping.remove(name);
            maybeFinish();
        });
    }
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &GuardKeeper::onDeadline);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &GuardKeeper::maybeFinish);
    m_idle.start(kIdleExitMs);
}

bool GuardKeeper::listen(const QString& socketPath, QString* error)
{
    QLocalSocket probe;
    probe.connectToServer(socketPath);
    if (probe.waitForConnected(500)) {
        *error = QStringLiteral("another guard already listens on %1").arg(socketPath);
        return false;
    }
    QLocalServer::removeServer(socketPath); // a stale socket of a guard that is gone
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(socketPath)) {
        *error = m_server.errorString();
        return false;
    }
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = m_server.nextPendingConnection()) {
            ++m_clients;
            m_idle.stop();
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                while (s->canReadLine())
                    onReport(s->readLine());
            });
            connect(s, &QLocalSocket::disconnected, this, [this, s] {
                --m_clients;
                m_agentAway = true;
                s->deleteLater();
                AgentLog::get("guard")->warn(
                    "the agent went away; {} stop at the deadline unless it comes back",
                    m_held.isEmpty() ? "nothing to" : m_held.join(QLatin1String(", ")).toStdString() + " will");
                maybeFinish();
            });
        }
    });
    return true;
}

GuardKeeper::~GuardKeeper()
{
    // The server deletes its connections after our members are gone, and a connection says
    // disconnected() as it goes: it must not reach the handler, which reads m_held.
    for (QLocalSocket* s : m_server.findChildren<QLocalSocket*>())
        s->disconnect(this);
}

void GuardKeeper::onReport(const QByteArray& line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QStringList held;
    for (const QJsonValue& v : o.value(QStringLiteral("held")).toArray())
        if (m_groups.contains(v.toString()))
            held << v.toString();
    if (m_agentAway) {
        // A restart's margin: how long before the deadline its successor spoke.
        m_agentAway = false;
        if (m_deadline.isActive())
            AgentLog::get("guard")->info("word from the agent again, {} ms before the deadline",
                                         m_deadline.remainingTime());
        else
            AgentLog::get("guard")->info("word from the agent again");
    }
    m_held = held;
    const qint64 after = o.value(QStringLiteral("stop_after_ms")).toInteger(-1);
    if (m_held.isEmpty() || after < 0)
        m_deadline.stop();
    else
        m_deadline.start(int(std::min<qint64>(after, 24 * 3600 * 1000)));
}

void GuardKeeper::onDeadline()
{
    stopHeld("no word from the agent before the deadline");
}

void GuardKeeper::stopNow(const char* why)
{
    m_finishing = true;
    if (m_deadline.isActive())
        stopHeld(why);
    maybeFinish();
}

void GuardKeeper::stopHeld(const char* why)
{
    m_deadline.stop();
    if (m_held.isEmpty())
        return;
    AgentLog::get("guard")->error("{}: stopping {} so that the peer can take over safely", why,
                                  m_held.join(QLatin1String(", ")).toStdString());
    const QStringList groups = m_held;
    m_held.clear();
    for (const QString& g : groups)
        if (m_groups.value(g)->stop())
            m_stopping.insert(g);
    Q_EMIT stopped(groups);
    maybeFinish();
}

void GuardKeeper::maybeFinish()
{
    if (!m_stopping.isEmpty())
        return;
    const bool guarding = m_deadline.isActive() && !m_held.isEmpty();
    if ((m_clients == 0 && !guarding && (m_finishing || !m_idle.isActive())) || (m_finishing && !guarding))
        Q_EMIT finished();
}

} // namespace twinha::agent
