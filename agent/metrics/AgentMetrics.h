#pragma once

#include "agent/metrics/MetricsCounters.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace twinha::agent {

class Journal;
class MetricsServer;
class StatusProvider;

// The daemon's metrics, as `[metrics] listen` asks for them: the counters fed by the journal and
// the endpoint that renders the current status for each scrape. A port that cannot be had is
// logged and the agent runs on without metrics: they are never worth an outage.
class AgentMetrics
{
public:
    AgentMetrics(const QString& node, const QString& listen, Journal* journal, StatusProvider* status);
    ~AgentMetrics();

    bool start();
    quint16 port() const;

private:
    QString m_listen;
    StatusProvider* m_status;
    MetricsCounters m_counters;
    double m_startTimeS;
    std::unique_ptr<MetricsServer> m_server;
};

} // namespace twinha::agent
