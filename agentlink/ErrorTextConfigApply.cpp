#include "agentlink/ErrorText.h"
#include "agentlink/ErrorTextTable.h"
#include "agentlink/protocol/ConfigChange.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {

// The two-phase config change: a node busy with another change, a commit that came too late, and
// a node that does not hear its peer running the same config afterwards.
void addConfigApplyRenderers(Table& table)
{
    table.insert(codes::kConfigApplyBusy, [](const QJsonObject& p) {
        return ErrorText::tr("Another configuration change (%1, by %2) is under way on this node, so nothing was "
                             "changed. It is committed or rolled back within %3 ms; apply again after that.")
            .arg(str(p, "tx"), str(p, "by"), str(p, "timeout_ms"));
    });
    table.insert(codes::kConfigApplyNotPrepared, [](const QJsonObject& p) {
        return ErrorText::tr("The node no longer holds configuration change %1 (it was rolled back after its time "
                             "ran out, or aborted), so it keeps its previous configuration. Apply again.")
            .arg(str(p, "tx"));
    });
    table.insert(codes::kConfigPeerUnheard, [](const QJsonObject& p) {
        const QString links = str(p, "links");
        if (protocol::configChangePhaseFrom(str(p, "phase")) == protocol::ConfigChangePhase::Committed)
            return ErrorText::tr("After the configuration change this node does not hear %1 running the same "
                                 "configuration (%2) on the new links (%3) for %4 ms. Automatic failover stays "
                                 "frozen on this node until it does. Check that %1 got the change, its firewall "
                                 "and the new ports, or apply the configuration again.")
                .arg(str(p, "peer"), str(p, "checksum").left(12), links, str(p, "waited_ms"));
        return ErrorText::tr("This node rolled the configuration change back, but does not hear %1 running the same "
                             "configuration (%2) on its links (%3) for %4 ms: %1 may run the new one. Automatic "
                             "failover stays frozen on this node until it hears %1. Apply the configuration again "
                             "to both nodes.")
            .arg(str(p, "peer"), str(p, "checksum").left(12), links, str(p, "waited_ms"));
    });
}

} // namespace errortext

} // namespace twinha::agentlink
