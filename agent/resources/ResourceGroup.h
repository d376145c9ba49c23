#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/resources/Resource.h"
#include "agent/resources/ResourceSequence.h"
#include "agentlink/protocol/RpcError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace twinha::agent {

// The resources that move together. Start runs them in order and rolls back on the first failure;
// stop runs in reverse and keeps going past failures, so as much as possible is released. One
// operation at a time: start(), stop() and check() return false while another is under way.
// Its resources are driven only through the group.
class ResourceGroup : public QObject
{
    Q_OBJECT
public:
    using State = protocol::RunState; // never Unknown

    ResourceGroup(const GroupConfig& config, const QString& cluster, const QString& node, const QString& peer = {},
                  QObject* parent = nullptr);

    bool start();
    bool stop();
    bool check();                // the status of every resource, in parallel
    void prepareStart();         // Resource::prepareStart() of each
    void peerReleased();         // Resource::peerReleased() of each
    void peerReleaseCalledOff(); // Resource::peerReleaseCalledOff() of each
    bool isBusy() const { return m_op != Operation::None; }

    QString name() const { return m_name; }
    State state() const;
    QList<Resource*> resources() const { return m_resources; }
    Resource* resource(const QString& name) const;
    // Why the last start or stop failed; otherwise the reason of the first failed resource.
    protocol::RpcError reason() const;
    // How long the last start or stop took, for the switchover's step timings; -1 before any.
    qint64 lastOperationMs() const { return m_lastOperationMs; }
    QJsonObject toJson() const;

Q_SIGNALS:
    void startFinished(bool ok, const twinha::protocol::RpcError& reason);
    void stopFinished(bool ok, const twinha::protocol::RpcError& reason);
    void checkFinished(bool allRunning);
    // A resource that was running was found down (by check(), usually from the ResourceMonitor).
    void resourceFailed(const QString& group, const QString& resource, const twinha::protocol::RpcError& reason);
    void stateChanged(twinha::agent::ResourceGroup::State state);

private:
    enum class Operation
    {
        None,
        Starting,
        RollingBack,
        Stopping,
        Checking
    };

    bool begin(Operation op);
    void onSequenceFinished(bool ok, const protocol::RpcError& firstError, int succeeded);
    void onResourceChecked(Resource::Action action);
    void onResourceStateChanged(Resource* resource, Resource::State state);
    void finishStartOrStop(bool ok, const protocol::RpcError& reason);
    void finishCheck();
    void updateState();

    QString m_name;
    QList<Resource*> m_resources;
    ResourceSequence m_sequence;
    Operation m_op = Operation::None;
    int m_pendingChecks = 0;
    protocol::RpcError m_startError; // kept through the rollback that follows a failed start
    protocol::RpcError m_reason;     // of the last start or stop
    QElapsedTimer m_opTimer;
    qint64 m_lastOperationMs = -1;
    State m_reportedState = State::Stopped;
};

} // namespace twinha::agent
