#include "agent/config/ConfigApply.h"

#include "agent/AgentLog.h"
#include "agent/DaemonEngine.h"
#include "agent/config/ConfigMethods.h"
#include "agent/coordinator/ClusterSnapshot.h"
#include "agent/coordinator/Coordinator.h"
#include "agent/coordinator/EventLog.h"
#include "agentlink/protocol/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace twinha::agent {

using protocol::RpcError;

namespace {
QString linkList(const QJsonArray& links)
{
    QStringList names;
    for (const QJsonValue& l : links)
        names << l.toString();
    return names.isEmpty() ? QStringLiteral("no link") : names.join(QStringLiteral(", "));
}
} // namespace

ConfigApply::ConfigApply(const QString& configPath, const QString& node, const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_path(configPath)
    , m_node(node)
    , m_stateDir(stateDir)
{
    m_clock.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConfigApply::rollBack);
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &ConfigApply::watch);
    resumeAfterRestart();
}

// A daemon that stops while prepared keeps the staged text and its record, so that the next one
// knows a change was under way.
ConfigApply::~ConfigApply() = default;

void ConfigApply::resumeAfterRestart()
{
    QFile file(recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    // The staged text was never live, but the peer may have been committed meanwhile and run other
    // links now: rolled back, frozen as after a timeout (the checksum is the one attach() finds).
    const qint64 timeoutMs = std::clamp<qint64>(r.value(QStringLiteral("timeout_ms")).toInteger(kDefaultTimeoutMs),
                                                kMinTimeoutMs, kMaxTimeoutMs);
    m_settle = ConfigSettle{r.value(QStringLiteral("tx")).toString(),
                            protocol::ConfigChangePhase::RolledBack,
                            QString(),
                            r.value(QStringLiteral("by")).toString(),
                            nowMs(),
                            nowMs() + timeoutMs,
                            timeoutMs};
    m_resumed = true;
    dropStaged();
    AgentLog::get("agent.config")
        ->warn("config change {} was prepared when the agent stopped: rolled back; automatic moves stay frozen until "
               "the peer is heard on this node's config, {} ms from now at the earliest",
               m_settle->tx.toStdString(), timeoutMs);
}

QString ConfigApply::stagedPath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("cluster.toml.staged"));
}

QString ConfigApply::recordPath() const
{
    return stagedPath() + QStringLiteral(".json");
}

void ConfigApply::attach(DaemonEngine* engine)
{
    m_coordinator = engine->coordinator();
    m_events = engine->events();
    engine->configMethods()->setApply(this);
    const AgentConfig& config = engine->config();
    m_running = engine->isBlank() ? QString() : config.checksum;
    m_runningConfig = engine->isBlank() ? AgentConfig() : config;
    m_peer = engine->isBlank() ? QString() : config.peerOf(m_node);
    if (m_settle && m_settle->checksum.isEmpty())
        m_settle->checksum = m_running;
    if (std::exchange(m_resumed, false))
        record(protocol::EventType::ConfigRolledBack,
               {{QStringLiteral("tx"), m_settle->tx},
                {QStringLiteral("cause"), protocol::configRollbackCauseName(protocol::ConfigRollbackCause::Restart)}});
    m_links = {};
    for (const LinkConfig& link : config.links) {
        const LinkEndpoint* mine = link.endpointFor(m_node);
        const LinkEndpoint* theirs = link.endpointFor(m_peer);
        if (mine && theirs)
            m_links.append(QStringLiteral("%1 %2 -> %3").arg(link.name, mine->address, theirs->address));
    }
    publish();
}

QJsonObject ConfigApply::stateJson() const
{
    if (!isFrozen())
        return {};
    const bool prepared = m_prepared.has_value();
    QJsonObject o{{QStringLiteral("tx"), prepared ? m_prepared->tx : m_settle->tx},
                  {QStringLiteral("phase"),
                   protocol::configChangePhaseName(prepared ? protocol::ConfigChangePhase::Prepared : m_settle->phase)},
                  {QStringLiteral("by"), prepared ? m_prepared->by : m_settle->by},
                  {QStringLiteral("checksum"), prepared ? m_prepared->checksum : m_settle->checksum},
                  {QStringLiteral("waiting_for_peer"), m_settle.has_value()},
                  {QStringLiteral("problem"),
                   m_problem.isNull() ? QJsonValue()
                                      : QJsonValue(QJsonObject{{QStringLiteral("code"), m_problem.code},
                                                               {QStringLiteral("params"), m_problem.params}})}};
    if (prepared)
        o.insert(QStringLiteral("timeout_ms"), m_prepared->timeoutMs);
    return o;
}

void ConfigApply::dropStaged()
{
    m_deadline.stop();
    QFile::remove(stagedPath());
    QFile::remove(recordPath());
}

void ConfigApply::rollBack()
{
    if (!m_prepared)
        return;
    const Prepared p = *m_prepared;
    dropStaged();
    m_prepared.reset();
    AgentLog::get("agent.config")
        ->warn("config change {} by {}: no commit within {} ms, rolled back; the running config stays",
               p.tx.toStdString(), p.by.toStdString(), p.timeoutMs);
    record(protocol::EventType::ConfigRolledBack,
           {{QStringLiteral("tx"), p.tx},
            {QStringLiteral("cause"), protocol::configRollbackCauseName(protocol::ConfigRollbackCause::Timeout)},
            {QStringLiteral("checksum"), p.checksum},
            {QStringLiteral("timeout_ms"), p.timeoutMs}});
    // The peer may have been committed up to one timeout later than this node's deadline (the
    // engine commits only within the first half of it): stay frozen until that window has closed
    // and the peer is heard on the config this node runs.
    ConfigSettle s{p.tx,       protocol::ConfigChangePhase::RolledBack, m_running, p.by, nowMs(), nowMs() + p.timeoutMs,
                   p.timeoutMs};
    if (m_settle)
        s.notBeforeMs = std::max(s.notBeforeMs, m_settle->notBeforeMs);
    m_settle = s;
    m_problem = {};
    publish();
}

void ConfigApply::watch()
{
    if (!m_settle)
        return;
    QString peerChecksum;
    if (m_coordinator) {
        const ClusterSnapshot s = m_coordinator->snapshot();
        if (const NodeClaims* peer = s.livePeer())
            peerChecksum = peer->checksum;
    }
    const auto log = AgentLog::get("agent.config");
    switch (m_settle->judge(nowMs(), m_running, peerChecksum)) {
    case ConfigSettle::Verdict::Wait:
        return;
    case ConfigSettle::Verdict::Settled: {
        const qint64 after = nowMs() - m_settle->sinceMs;
        log->info("config change {} ({}): peer {} heard running config {} after {} ms; automatic moves resume",
                  m_settle->tx.toStdString(), protocol::configChangePhaseName(m_settle->phase).toStdString(),
                  m_peer.toStdString(), m_settle->checksum.toStdString(), after);
        record(protocol::EventType::ConfigSettled,
               {{QStringLiteral("tx"), m_settle->tx},
                {QStringLiteral("phase"), protocol::configChangePhaseName(m_settle->phase)},
                {QStringLiteral("checksum"), m_settle->checksum},
                {QStringLiteral("after_ms"), after}});
        m_settle.reset();
        m_problem = {};
        publish();
        return;
    }
    case ConfigSettle::Verdict::Unheard:
        m_settle->reported = true;
        m_problem = RpcError::make(QString::fromLatin1(protocol::codes::kConfigPeerUnheard),
                                   {{QStringLiteral("peer"), m_peer},
                                    {QStringLiteral("checksum"), m_settle->checksum},
                                    {QStringLiteral("phase"), protocol::configChangePhaseName(m_settle->phase)},
                                    {QStringLiteral("waited_ms"), nowMs() - m_settle->sinceMs},
                                    {QStringLiteral("links"), m_links}});
        log->error("config change {} ({}): peer {} not heard running config {} within {} ms on {}; automatic "
                   "moves stay frozen",
                   m_settle->tx.toStdString(), protocol::configChangePhaseName(m_settle->phase).toStdString(),
                   m_peer.toStdString(), m_settle->checksum.toStdString(), m_settle->boundMs,
                   linkList(m_links).toStdString());
        record(protocol::EventType::ConfigPeerUnheard, {{QStringLiteral("tx"), m_settle->tx},
                                                        {QStringLiteral("code"), m_problem.code},
                                                        {QStringLiteral("params"), m_problem.params}});
        publish();
        return;
    }
}

void ConfigApply::publish()
{
    if (m_coordinator)
        m_coordinator->setConfigFreeze(stateJson());
    if (m_settle && !m_watch.isActive())
        m_watch.start();
    else if (!m_settle)
        m_watch.stop();
}

void ConfigApply::record(protocol::EventType type, const QJsonObject& data, const QString& actor)
{
    if (m_coordinator && m_events)
        m_events->record(type, data, actor);
}

} // namespace twinha::agent
