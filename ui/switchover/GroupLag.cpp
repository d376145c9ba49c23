#include "ui/switchover/GroupLag.h"

#include <algorithm>

namespace twinha::ui {

std::optional<double> groupLagS(const agentlink::ClusterView& view, const QString& group)
{
    std::optional<double> lag;
    for (const agentlink::ChannelView& c : view.channels)
        if (c.group == group && c.lagS)
            lag = std::max(lag.value_or(0.0), *c.lagS);
    return lag;
}

} // namespace twinha::ui
