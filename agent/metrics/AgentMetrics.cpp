#include "agent/metrics/AgentMetrics.h"

#include "agent/AgentLog.h"
#include "agent/config/ConfigValidator.h"
#include "agent/control/StatusProvider.h"
#include "agent/journal/Journal.h"
#include "agent/metrics/MetricsServer.h"
#include "agent/metrics/NodeMetrics.h"

namespace twinha::agent {

AgentMetrics::AgentMetrics(const QString& node, const QString& listen, Journal* journal, StatusProvider* status)
    : m_listen(listen)
    , m_status(status)
    , m_counters(node)
    , m_startTimeS(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0)
{
    m_server = std::make_unique<MetricsServer>(
        [this] { return NodeMetrics::render(m_status->current().toJson(), m_counters, m_startTimeS); });
    QObject::connect(journal, &Journal::appended, m_server.get(),
                     [this](const QJsonObject& entry) { m_counters.count(entry); });
}

AgentMetrics::~AgentMetrics() = default;

bool AgentMetrics::start()
{
    QString host;
    quint16 port = 0;
    protocol::ConfigRule invalid;
    QString error;
    if (!ConfigValidator::splitHostPort(m_listen, &host, &port, &invalid))
        error = invalid.english();
    else if (m_server->listen(QHostAddress(host), port, &error)) {
        AgentLog::get("agent.metrics")->info("Prometheus metrics at http://{}/metrics", m_listen.toStdString());
        return true;
    }
    AgentLog::get("agent.metrics")
        ->error("metrics: cannot listen on {}: {}; the agent runs on without metrics", m_listen.toStdString(),
                error.toStdString());
    return false;
}

quint16 AgentMetrics::port() const
{
    return m_server->port();
}

} // namespace twinha::agent
