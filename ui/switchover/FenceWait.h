#pragma once

#include "agentlink/ClusterView.h"
#include "agentlink/protocol/RpcError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace twinha::ui {

// A forced takeover the agents refused with FENCE_REQUIRED: the silent peer may be frozen rather
// than off, so the surviving node powers it off first. Follows that fence in the live status until
// it is done (the takeover may be sent again) or has failed, and says where it stands.
class FenceWait
{
    Q_DECLARE_TR_FUNCTIONS(FenceWait)

public:
    enum class State
    {
        None,    // no fence asked for
        Running, // fencing, or not yet seen in a status
        Done,    // the peer is off: send the takeover again
        Failed,  // the device failed after the refusal (or had failed and was not restarted)
    };

    // `refusal`: FENCE_REQUIRED {node, device, state}.
    void begin(const protocol::RpcError& refusal);
    void clear() { *this = FenceWait(); }
    // Follows the fence in the nodes' statuses; true when the state changed.
    bool update(const agentlink::ClusterView& view);

    State state() const { return m_state; }
    bool active() const { return m_state != State::None; }
    const QString& node() const { return m_node; }
    // Where it stands, for the dialog's notice; `to` is the node that takes over.
    QString sentence(const QString& to) const;

private:
    State m_state = State::None;
    QString m_node;
    QString m_device;
    protocol::RpcError m_failure; // FENCE_FAILED, when the status carried it
    QElapsedTimer m_since;        // since the refusal
};

} // namespace twinha::ui
