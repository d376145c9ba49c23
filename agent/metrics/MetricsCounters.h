#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace twinha::agent {

// What happened on this node since the agent started, counted from its journal's entries as they
// are written: Prometheus counters start again at zero with the process, which rate() and
// increase() expect. Each event is counted by one node only, so that a sum over both is right.
class MetricsCounters
{
public:
    explicit MetricsCounters(const QString& node)
        : m_node(node)
    {}

    // One journal entry ({type, node, data, ...}).
    void count(const QJsonObject& entry);

    qint64 failovers() const { return m_failovers; }
    qint64 splitBrains() const { return m_splitBrains; }
    const QMap<QString, qint64>& switchovers() const { return m_switchovers; } // by result
    const QMap<QString, qint64>& fencing() const { return m_fencing; }         // "done" or "failed"

private:
    QString m_node;
    qint64 m_failovers = 0;
    qint64 m_splitBrains = 0;
    QMap<QString, qint64> m_switchovers;
    QMap<QString, qint64> m_fencing;
};

} // namespace twinha::agent
