#pragma once

#include "agent/resources/ResourceGroup.h"
#include "agentlink/protocol/RpcError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace twinha::agent {

// Checks the running groups every monitor interval (timing.monitor_interval_ms). A resource found
// down becomes Failed (RESOURCE_NOT_RUNNING) and its group emits resourceFailed(), which the
// monitor passes on. It never restarts anything: what to do about a failure is the coordinator's
// decision.
class ResourceMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ResourceMonitor(int intervalMs, QObject* parent = nullptr);

    void addGroup(ResourceGroup* group);
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }

Q_SIGNALS:
    void resourceFailed(const QString& group, const QString& resource, const twinha::protocol::RpcError& reason);

private:
    void checkGroups();

    QList<QPointer<ResourceGroup>> m_groups;
    QTimer m_timer;
};

} // namespace twinha::agent
