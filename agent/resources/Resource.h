#pragma once

#include "agent/config/AgentConfig.h"
#include "agent/resources/CommandRunner.h"
#include "agent/resources/ResourceContext.h"
#include "agentlink/protocol/ResourceAction.h"
#include "agentlink/protocol/RpcError.h"
#include "agentlink/protocol/RunState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace twinha::agent {

// One thing a group moves between the nodes. Every action is asynchronous and ends with exactly
// one finished() signal, always delivered after the call that started it has returned.
class Resource : public QObject
{
    Q_OBJECT
public:
    using Action = protocol::ResourceAction; // Start, Stop or Status; never None

    using State = protocol::RunState; // Stopped, Starting, Running, Stopping or Failed

    Resource(const ResourceConfig& config, const ResourceContext& context, QObject* parent = nullptr);

    // False, and no finished(), while another action is under way.
    bool start();
    bool stop();
    bool checkStatus();
    // A start is likely soon (this node is a switchover's target): get ready to be quick, and
    // change nothing that runs.
    virtual void prepareStart() {}
    // The peer has stopped this resource and handed it over (a switchover's handover, answered by
    // this node): a check that needs the peer's side gone may begin now. Changes nothing that runs.
    virtual void peerReleased() {}
    // That handover was called off before this node started anything: what peerReleased() learnt
    // no longer holds (the peer may take the resource back).
    virtual void peerReleaseCalledOff() {}

    QString name() const { return m_config.name; }
    QString typeName() const { return m_config.typeName; }
    const ResourceConfig& config() const { return m_config; }
    const ResourceContext& context() const { return m_context; }
    State state() const { return m_state; }
    protocol::RpcError reason() const { return m_reason; }
    bool isBusy() const { return m_busy; }
    QDateTime lastCheck() const { return m_lastCheck; }
    QJsonObject toJson() const;

    // A reason as status shows it: {"code": ..., <params>}.
    static QJsonObject reasonJson(const protocol::RpcError& reason);

Q_SIGNALS:
    void finished(twinha::agent::Resource::Action action, bool ok, const twinha::protocol::RpcError& reason);
    void stateChanged(twinha::agent::Resource::State state);

protected:
    virtual void doStart() = 0;
    virtual void doStop() = 0;
    virtual void doStatus() = 0;

    // Each do*() ends by calling exactly one of these, possibly from inside the do*() call.
    void succeed();
    void fail(const protocol::RpcError& reason);
    // A resource error: adds the group and resource parameters every resource code carries.
    protocol::RpcError error(const char* code, QJsonObject params = {}) const;
    // The usual reason for a command that did not succeed during `action`.
    protocol::RpcError commandError(Action action, const CommandRunner::Result& result) const;
    // Prepares `runner` for `action`: timeout from the config and the TWINHA_* environment.
    void prepare(CommandRunner& runner, Action action) const;
    Action currentAction() const { return m_action; }
    // "group/resource", how the log names this resource.
    std::string logName() const { return QString(m_context.group + QLatin1Char('/') + m_config.name).toStdString(); }

private:
    bool begin(Action action, State transitional);
    void complete(bool ok, const protocol::RpcError& reason);
    void deliver(bool ok, const protocol::RpcError& reason);
    void setState(State state, const protocol::RpcError& reason = {});

    ResourceConfig m_config;
    ResourceContext m_context;
    State m_state = State::Stopped;
    protocol::RpcError m_reason;
    QDateTime m_lastCheck;
    Action m_action = Action::Status;
    bool m_busy = false;
    bool m_inCall = false;    // inside a do*() call: completion must be delivered later
    bool m_completed = false; // the current action has completed
};

} // namespace twinha::agent
