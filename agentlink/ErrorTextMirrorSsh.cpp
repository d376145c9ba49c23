#include "agentlink/ErrorText.h"
#include "agentlink/ErrorTextTable.h"
#include "agentlink/protocol/ErrorCodes.h"

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {

// The mirror over ssh: a node's own key, the peer's key let in, and the host key the console hands on.
void addMirrorSshRenderers(Table& table)
{
    table.insert(codes::kMirrorSshKeyFailed, [](const QJsonObject& p) {
        return ErrorText::tr("The agent cannot make or read its mirror key %1: %2")
            .arg(str(p, "path"), str(p, "detail"));
    });
    table.insert(codes::kMirrorSshTrustFailed, [](const QJsonObject& p) {
        return ErrorText::tr("The agent cannot let its peer's mirror key in (%1): %2")
            .arg(str(p, "path"), str(p, "detail"));
    });
    table.insert(codes::kMirrorHostKeyMissing, [](const QJsonObject& p) {
        return ErrorText::tr("This console has no verified host key of %1 (%2) to hand to its peer. Connect to %1 "
                             "once and check its fingerprint, then set up the mirror again.")
            .arg(str(p, "node"), str(p, "host"));
    });
}

} // namespace errortext

} // namespace twinha::agentlink
