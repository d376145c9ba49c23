#pragma once

#include "agent/config/AgentConfig.h"
#include "agentlink/protocol/RpcError.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace twinha::agent {

// node.test_notify: the setup wizard's "Send a test message" before Apply. One message, now, to
// an email target (through its sendmail) or a webhook, as a [[notify]] of the same settings would
// send it; no retry, so the answer says at once whether it arrived. Scripts are not offered: the
// wizard sets up mail and webhooks only.
//   {email: ["ops@example.com"] | webhook: "https://...", sendmail?, timeout_ms?}
//     -> {way: "email" | "webhook", ok, code?, params?, detail?}: when not ok, NOTIFY_NOT_DELIVERED
class NotifyProbe
{
public:
    // The target from the request; else `problem` says what is wrong with it: INVALID_PARAMS, or
    // the error of the [[notify]] rule it breaks (ConfigIssue::toError), which the wizard words.
    static NotifyConfig target(const QJsonObject& params, protocol::RpcError* problem);
    static void run(const NotifyConfig& target, const QString& cluster, const QString& node, QObject* context,
                    const std::function<void(const QJsonObject&)>& done);
};

} // namespace twinha::agent
