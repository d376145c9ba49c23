#include "agent/guard/GuardKeeper.h"

#include "agent/AgentLog.h"
#include "agent/heartbeat/HeartbeatPacket.h"
#include "agent/resources/ResourceGroup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

#include <algorithm>

namespace twinha::agent {

namespace {
// One line of what the guard tells its agents.
QByteArray noticeLine(const QJsonObject& notice)
{
    return QJsonDocument(notice).toJson(QJsonDocument::Compact) + '\n';
}
QJsonObject stoppingNotice(const QString& group)
{
    return {{QStringLiteral("stopping"), group}};
}
} // namespace

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
            tellAgents({{QStringLiteral("stopped"), name}, {QStringLiteral("ok"), ok}});
            maybeFinish();
        });
    }
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &GuardKeeper::onDeadline);
    m_grace.setSingleShot(true);
    m_grace.setTimerType(Qt::PreciseTimer);
    connect(&m_grace, &QTimer::timeout, this, &GuardKeeper::onGraceOver);
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
            for (const QString& g : std::as_const(m_stopping)) // a restarted agent must leave these alone too
                s->write(noticeLine(stoppingNotice(g)));
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
    const qint64 now = steadyMs();
    // Times on the machine's steady clock, which the agent shares; one that is not (an agent that
    // does not send them, or another clock) is not used.
    qint64 sentAt = o.value(QStringLiteral("sent_at")).toInteger(-1);
    qint64 heartbeatAt = o.value(QStringLiteral("heartbeat_at")).toInteger(-1);
    if (sentAt < 0 || sentAt > now || now - sentAt > kIdleExitMs)
        sentAt = heartbeatAt = -1;
    // Late: written (or, without the agent's times, read) after the deadline, whether or not the
    // guard's timer has run yet.
    if (m_overdue || (m_dueAt >= 0 && !m_held.isEmpty() && (sentAt >= 0 ? sentAt : now) > m_dueAt)) {
        switch (judgeLateWord(sentAt, heartbeatAt)) {
        case LateWord::NotYet:
            return; // the grace goes on
        case LateWord::TooLate:
            stopHeld("the agent's heartbeats stopped for longer than the peer waits");
            break; // the word still counts for what follows
        case LateWord::InTime:
            if (sentAt > m_dueAt) // not a word that only waited in the socket
                AgentLog::get("guard")->warn("word from the agent {} ms after the deadline, its heartbeats {} ms "
                                             "apart: in time for the peer, so {} run on",
                                             sentAt - m_dueAt, heartbeatAt - m_heartbeatAt,
                                             m_held.join(QLatin1String(", ")).toStdString());
            m_overdue = false;
            m_grace.stop();
            break;
        }
    }
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
    m_heartbeatAt = heartbeatAt;
    const qint64 roundBefore = o.value(QStringLiteral("heartbeat_round_before_at")).toInteger(-1);
    const qint64 resumeWithin = o.value(QStringLiteral("resume_within_ms")).toInteger(-1);
    m_lastChanceAt = heartbeatAt < 0 || roundBefore < 0 || roundBefore > heartbeatAt || resumeWithin < 0
                         ? -1
                         : roundBefore + resumeWithin;
    const qint64 after = o.value(QStringLiteral("stop_after_ms")).toInteger(-1);
    if (m_held.isEmpty() || after < 0) {
        m_deadline.stop();
        m_dueAt = -1;
    } else {
        // From when the agent wrote it: a word that waited in the socket never stretches the deadline.
        m_dueAt = (sentAt >= 0 ? sentAt : now) + std::min<qint64>(after, 24 * 3600 * 1000);
        m_deadline.start(int(std::max<qint64>(0, m_dueAt - now)));
    }
}

GuardKeeper::LateWord GuardKeeper::judgeLateWord(qint64 sentAt, qint64 heartbeatAt) const
{
    if (sentAt >= 0 && sentAt <= m_dueAt)
        return LateWord::InTime; // written before the deadline, read after it
    if (heartbeatAt < 0 || m_lastChanceAt < 0 || heartbeatAt > m_lastChanceAt)
        return LateWord::TooLate;
    if (heartbeatAt > m_heartbeatAt)
        return LateWord::InTime;
    return steadyMs() <= m_lastChanceAt ? LateWord::NotYet : LateWord::TooLate;
}

void GuardKeeper::readPendingWords()
{
    for (QLocalSocket* s : m_server.findChildren<QLocalSocket*>()) {
        s->waitForReadyRead(0); // what the kernel holds for us; never waits
        while (s->canReadLine())
            onReport(s->readLine());
    }
}

void GuardKeeper::onDeadline()
{
    const qint64 late = steadyMs() - m_dueAt;
    m_overdue = !m_held.isEmpty();
    readPendingWords(); // a word in the socket may be older than this timer
    if (!m_overdue)
        return;
    // The guard ran late itself, so the agent may have been held just as long; wait briefly for its
    // word, and no longer than a heartbeat could still reach the peer in time.
    const qint64 left = m_lastChanceAt < 0 ? 0 : m_lastChanceAt - steadyMs();
    if (late > kLateMs && left > 0) {
        const qint64 wait = std::min<qint64>(left, kGraceMs);
        AgentLog::get("guard")->warn(
            "the deadline passed {} ms ago while the guard could not run either; waiting {} ms for the agent's word",
            late, wait);
        m_grace.start(int(wait));
        return;
    }
    stopHeld("no word from the agent before the deadline");
}

void GuardKeeper::onGraceOver()
{
    readPendingWords();
    if (m_overdue)
        stopHeld("no word from the agent before the deadline, nor a heartbeat in time since");
}

void GuardKeeper::stopNow(const char* why)
{
    m_finishing = true;
    if (m_deadline.isActive() || m_overdue)
        stopHeld(why);
    maybeFinish();
}

void GuardKeeper::stopHeld(const char* why)
{
    m_deadline.stop();
    m_grace.stop();
    m_overdue = false;
    if (m_held.isEmpty())
        return;
    const qint64 now = steadyMs();
    AgentLog::get("guard")->error("{}: stopping {} so that the peer can take over safely (deadline {} ms ago, last "
                                  "heartbeat {} ms ago)",
                                  why, m_held.join(QLatin1String(", ")).toStdString(), m_dueAt < 0 ? -1 : now - m_dueAt,
                                  m_heartbeatAt < 0 ? -1 : now - m_heartbeatAt);
    m_dueAt = -1;
    const QStringList groups = m_held;
    m_held.clear();
    for (const QString& g : groups) {
        tellAgents(stoppingNotice(g));
        if (m_groups.value(g)->stop())
            m_stopping.insert(g);
    }
    Q_EMIT stopped(groups);
    maybeFinish();
}

void GuardKeeper::tellAgents(const QJsonObject& notice)
{
    const QByteArray line = noticeLine(notice);
    for (QLocalSocket* s : m_server.findChildren<QLocalSocket*>()) {
        s->write(line);
        s->flush();
    }
}

void GuardKeeper::maybeFinish()
{
    if (!m_stopping.isEmpty())
        return;
    const bool guarding = (m_deadline.isActive() || m_overdue) && !m_held.isEmpty();
    if ((m_clients == 0 && !guarding && (m_finishing || !m_idle.isActive())) || (m_finishing && !guarding))
        Q_EMIT finished();
}

} // namespace twinha::agent
