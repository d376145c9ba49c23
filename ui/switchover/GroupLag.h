#pragma once

#include "agentlink/ClusterView.h"

#include <optional>

namespace twinha::ui {

// The largest replication lag among a group's channels, as their sources last reported it: the
// data a switchover must still copy, or a forced takeover would lose. Empty when none reports.
std::optional<double> groupLagS(const agentlink::ClusterView& view, const QString& group);

} // namespace twinha::ui
