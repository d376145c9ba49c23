#include "agent/config/ConfigSettle.h"

namespace twinha::agent {

ConfigSettle::Verdict ConfigSettle::judge(qint64 nowMs, const QString& running, const QString& peerChecksum) const
{
    const bool sameConfig = !checksum.isEmpty() && running == checksum && peerChecksum == checksum;
    if (sameConfig && nowMs >= notBeforeMs)
        return Verdict::Settled;
    if (!reported && nowMs >= sinceMs + boundMs && !sameConfig)
        return Verdict::Unheard;
    return Verdict::Wait;
}

} // namespace twinha::agent
