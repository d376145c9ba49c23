#pragma once

#include "agentlink/HostKeyInfo.h"
#include "app/ctl/CtlCommand.h"

namespace twinha::agentlink {
struct NodeEndpoint;
}

namespace twinha::app {

// twinhactl trust NODE [--confirm SHA256:…]: shows the node's SSH host key fingerprint and asks
// whether to trust it, then stores it in the profile's known_hosts, where the console keeps the
// keys it trusts. A changed key is said to have changed, old and new side by side, and is
// replaced only on an explicit "yes" (or its fingerprint given to --confirm): never by --yes.
// Runs before, and instead of, connecting to the agents.
class TrustCommand : public CtlCommand
{
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void run() override;

    // The person's word on a key: "yes" or the fingerprint at the prompt, or --confirm FINGERPRINT.
    bool confirmKey(const agentlink::HostKeyInfo& key, bool changed) const;
    void showUnknown(const QString& node, const QString& address, const agentlink::HostKeyInfo& key) const;

private:
    int trust(const agentlink::NodeEndpoint& endpoint) const;
    int replaceChanged(const agentlink::NodeEndpoint& endpoint, const QJsonObject& where,
                       const agentlink::HostKeyInfo& now) const;
};

} // namespace twinha::app
