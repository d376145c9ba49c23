#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/FenceState.h"
#include "agentlink/protocol/RpcError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>

#include <functional>

namespace twinha::agent {

class CommandRunner;

// Powers off the peer through its [[fence]] device, once per loss of the peer: a fence agent or
// script gets "action=off", "nodename=NODE" and the device's options on standard input and must
// exit 0. A failure is retried no sooner than kRetryMs later, and never taken for success.
class Fencer : public QObject
{
    Q_OBJECT

public:
    using State = protocol::FenceState; // Idle, Running, Done or Failed; never None
    static constexpr int kRetryMs = 5000;

    explicit Fencer(const FenceConfig& device, QObject* parent = nullptr);
    ~Fencer() override;

    // Starts fencing unless it runs, is done, or failed less than kRetryMs ago; true when it started.
    bool fence();
    // The peer was heard again: the next loss needs a new fence.
    void reset();
    State state() const { return m_state; }
    const FenceConfig& device() const { return m_device; }
    // The last failure: FENCE_FAILED {node, device, exit_status, detail}.
    protocol::RpcError error() const { return m_error; }
    // {"node", "device", "state": idle|running|done|failed, "since_ms", "code"?, "params"?}
    QJsonObject toJson() const;
    // The program or script as the config names it, for messages.
    QString deviceName() const;
    // The lines written to the agent's standard input for `action` (off, monitor).
    static QByteArray input(const FenceConfig& device, const char* action = "off");
    // Starts `runner` on the device (agent or script) with `action`'s input.
    static void start(CommandRunner* runner, const FenceConfig& device, const char* action);
    // The setup wizard's check (node.probe_fence): the device with action=monitor, which asks the
    // power switch or hypervisor whether it answers, powering nothing off.
    //   {"node", "device", "ok", "exit_status", "detail"}
    static void probe(const FenceConfig& device, QObject* context, std::function<void(const QJsonObject&)> done);

Q_SIGNALS:
    void finished(bool ok);

private:
    FenceConfig m_device;
    CommandRunner* m_runner = nullptr;
    State m_state = State::Idle;
    protocol::RpcError m_error;
    QElapsedTimer m_since; // since the state last changed
};

} // namespace twinha::agent
