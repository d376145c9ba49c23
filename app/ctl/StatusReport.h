#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::app {

// twinhactl's rendering of the cluster: a table for people, JSON for scripts.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)

public:
    static QString text(const agentlink::ClusterMonitor& monitor);
    static QJsonObject json(const agentlink::ClusterMonitor& monitor);
};

} // namespace twinha::app
