#pragma once

#include "agentlink/OperationView.h"

#include <QObject>

#include <optional>

namespace twinha::agentlink {
class ClusterMonitor;
}

namespace twinha::ui {

// Follows one switchover, drain or failover in the monitor's merged view until the agents report
// how it ended: by id, or, when the answer to switchover.start was lost, the first new operation
// of the group. Notes the group's replication lag as last reported before the source stopped.
// Losing the connection only pauses it: the agents' record arrives again with their status.
class OperationFollower : public QObject
{
    Q_OBJECT

public:
    explicit OperationFollower(agentlink::ClusterMonitor* monitor, QObject* parent = nullptr);

    // `known` needs an id; its other fields (from switchover.start's answer) show until the first report.
    void follow(const agentlink::OperationView& known);
    void adoptNext(const QString& group, const QString& notThisId);
    void stop();

    bool isActive() const { return m_active; }
    bool isAdopting() const { return m_active && m_op.id.isEmpty(); }
    const agentlink::OperationView& operation() const { return m_op; }
    std::optional<double> lagAtCutover() const { return m_lagS; }

Q_SIGNALS:
    void adopted(const QString& id);
    void changed(const twinha::agentlink::OperationView& operation);
    void finished(const twinha::agentlink::OperationView& operation);

private:
    void take(const agentlink::OperationView& op);
    void noteLag(const QString& group);

    agentlink::ClusterMonitor* m_monitor;
    bool m_active = false;
    QString m_group;
    QString m_notThisId;
    agentlink::OperationView m_op;
    std::optional<double> m_lagS;
};

} // namespace twinha::ui
