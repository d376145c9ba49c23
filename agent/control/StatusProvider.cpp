#include "agent/control/StatusProvider.h"

#include "agent/NodeState.h"
#include "agent/control/SystemFacts.h"
#include "agentlink/protocol/Version.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace twinha::agent {

StatusProvider::StatusProvider(const AgentConfig& config, const QString& nodeName, NodeState* state, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_nodeName(nodeName)
    , m_state(state)
    , m_hostName(SystemFacts::hostName())
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_uptime.start();
    m_keepalive.setInterval(kDefaultKeepaliveMs);
    connect(&m_keepalive, &QTimer::timeout, this, &StatusProvider::announce);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &StatusProvider::announce);
    connect(m_state, &NodeState::changed, this, &StatusProvider::notifyChanged);
    m_keepalive.start();
}

void StatusProvider::setKeepaliveInterval(int ms)
{
    m_keepalive.start(ms);
}

void StatusProvider::notifyChanged()
{
    if (m_coalesce.isActive())
        return; // already due: that announcement will carry this change too
    const qint64 since = m_lastAnnounce.isValid() ? m_lastAnnounce.elapsed() : kMinGapMs;
    if (since >= kMinGapMs)
        announce();
    else
        m_coalesce.start(int(kMinGapMs - since));
}

void StatusProvider::announce()
{
    m_coalesce.stop();
    m_lastAnnounce.start();
    m_keepalive.start();
    Q_EMIT statusChanged(current());
}

protocol::NodeStatus StatusProvider::current() const
{
    protocol::NodeStatus s;
    s.node = m_nodeName;
    s.cluster = m_config.cluster.name;
    s.role = m_roleOverride == protocol::Role::None ? m_state->role() : m_roleOverride;
    s.epoch = m_state->epoch();
    s.agentVersion = protocol::twinhaVersion();
    s.hostname = m_hostName;
    s.pid = QCoreApplication::applicationPid();
    s.startedAt = m_startedAt;
    s.uptimeS = double(m_uptime.elapsed()) / 1000.0;
    s.systemUptimeS = SystemFacts::systemUptimeS();
    s.sentAt = QDateTime::currentDateTimeUtc();
    s.extra = extra();
    return s;
}

QJsonObject StatusProvider::extra() const
{
    QJsonArray load;
    for (double v : SystemFacts::loadAverages())
        load.append(v);
    QJsonArray groups;
    for (const GroupConfig& g : m_config.groups) {
        QJsonArray resources;
        for (const ResourceConfig& r : g.resources)
            resources.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("type"), r.typeName}});
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("preferred"), g.preferred},
                                  {QStringLiteral("resources"), resources}});
    }
    QJsonObject out{
        {QStringLiteral("mode"), m_config.cluster.modeName},
        {QStringLiteral("config_checksum"), m_config.checksum},
        {QStringLiteral("peer"), QJsonObject{{QStringLiteral("name"), m_config.peerOf(m_nodeName)}}},
        {QStringLiteral("load"), load},
        {QStringLiteral("groups"), groups},
    };
    if (m_source) {
        const QJsonObject more = m_source();
        for (auto it = more.begin(); it != more.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace twinha::agent
