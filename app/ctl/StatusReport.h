#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace twinha::agentlink {
class ClusterMonitor;
struct ProtectionView;
} // namespace twinha::agentlink

namespace twinha::app {

// twinhactl's rendering of the cluster: a table for people, JSON for scripts.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)

public:
    static QString text(const agentlink::ClusterMonitor& monitor);
    static QJsonObject json(const agentlink::ClusterMonitor& monitor);
    // "Protection: …" and its warnings and witness lines, indented; empty when the agents don't say.
    static QString protectionText(const agentlink::ProtectionView& protection);
};

} // namespace twinha::app
