#pragma once

#include <QJsonObject>

namespace twinha::agentlink {

// A node status without what changes on every push (uptimes, timestamps, counters, RTT, lag
// figures), so that "did anything happen?" is an equality test. Used by `twinhactl watch`.
QJsonObject statusDigest(const QJsonObject& status);

} // namespace twinha::agentlink
