#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/coordinator/ClusterDecider.h"
#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RunState.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace twinha::agent {

class ResourceGroup;
class ResourceMonitor;

// This node's resource groups. A group runs one action at a time and refuses others while busy
// (the monitor's checks included), so actions wait here in a queue instead of failing. It also
// brings each group to what the rules want (reconcile), without retrying a failed start by itself.
class LocalGroups : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Stop,
        Check
    };
    // ok: started, stopped, or (Check) every resource running. ms: how long the action took.
    using Done = std::function<void(bool ok, const protocol::RpcError& reason, qint64 ms)>;

    static constexpr int kStopRetryMs = 5000;

    LocalGroups(const AgentConfig& config, const QString& node, QObject* parent = nullptr);

    // Checks every group once, so that reconcile() acts on what really runs; starts the monitor.
    void start();
    void run(const QString& group, Action action, Done done = {});
    // Stops what is left of the group, then starts it (the recovery of a group whose resource
    // failed, GroupRecovery), if `mayStart` still says yes once it has stopped: the rules may have
    // taken the group from this node meanwhile. ms: both actions.
    enum class RestartOutcome
    {
        Started,
        StopFailed,
        StartFailed,
        NotStarted, // stopped, and mayStart said no
    };
    using RestartDone = std::function<void(RestartOutcome, const protocol::RpcError& reason, qint64 ms)>;
    void restart(const QString& group, std::function<bool()> mayStart, RestartDone done);
    void reconcile(const QString& group, ClusterDecider::Desired desired);

    // running | stopped | starting | stopping | failed | partial, or unknown before the first check.
    protocol::RunState state(const QString& group) const;
    // What the monitors say, whatever the saved role: something of the group may run here (running,
    // starting, stopping, partial, or a stop that failed).
    bool mayRun(const QString& group) const;
    ResourceGroup* group(const QString& name) const { return m_groups.value(name); }
    QStringList names() const { return m_order; }
    QJsonObject toJson(const QString& group) const;

Q_SIGNALS:
    void changed();
    // An action that reconcile() asked for, or a failure the monitor found.
    void started(const QString& group, bool ok, const twinha::protocol::RpcError& reason, qint64 ms);
    void stopped(const QString& group, bool ok, const twinha::protocol::RpcError& reason);
    void resourceFailed(const QString& group, const QString& resource, const twinha::protocol::RpcError& reason);

private:
    struct Pending
    {
        Action action;
        Done done;
    };
    struct Slot
    {
        QList<Pending> queue;
        std::optional<Pending> current;
        bool checked = false;
        bool gaveUp = false;     // a start that reconcile asked for failed: wait for the rules to change
        bool stopFailed = false; // retried, but only every kStopRetryMs
        QElapsedTimer lastStop;
    };

    void pump(const QString& group);
    void finish(const QString& group, Action action, bool ok, const protocol::RpcError& reason);
    bool queued(const QString& group) const;

    QStringList m_order;
    QHash<QString, ResourceGroup*> m_groups;
    QHash<QString, Slot> m_slots;
    ResourceMonitor* m_monitor;
};

} // namespace twinha::agent
