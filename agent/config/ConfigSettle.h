#pragma once

#include "agentlink/protocol/ConfigChange.h"

#include <QString>

namespace twinha::agent {

// What a node waits for after a two-phase config change before the agents may move groups again:
// its peer heard running the same config as this node. After a commit that may be at once. After a
// rollback by timeout only once the peer's own commit window has closed as well (notBeforeMs): a
// late commit may still reach the peer, which would then run new links on which this node cannot
// hear it, and taking over from a peer that is merely on other ports is how a reconfiguration
// splits a cluster. Times are in ms on one monotonic clock.
struct ConfigSettle
{
    enum class Verdict
    {
        Wait,
        Settled,
        Unheard // the bound has passed without the peer: report it (once)
    };

    QString tx;
    protocol::ConfigChangePhase phase = protocol::ConfigChangePhase::None; // Committed or RolledBack
    QString checksum; // the config both nodes must run: the new one, or after a rollback the old one
    QString by;       // who started the change
    qint64 sinceMs = 0;
    qint64 notBeforeMs = 0;
    qint64 boundMs = 0; // CONFIG_PEER_UNHEARD once sinceMs + boundMs has passed without the peer
    bool reported = false;

    // `running`: this node's config checksum; `peerChecksum`: the one the live peer publishes, empty
    // when the peer is not heard.
    Verdict judge(qint64 nowMs, const QString& running, const QString& peerChecksum) const;
};

} // namespace twinha::agent
