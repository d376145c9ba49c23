#include "agentlink/ClaimText.h"

#include "agentlink/StatusText.h"

namespace twinha::agentlink {

QString ClaimText::lastClaim(const StaleClaim& c, const QDateTime& now)
{
    if (c.isNull())
        return {};
    const qint64 ageMs = c.ageMs(now);
    const QString age = ageMs >= 0 ? StatusText::duration(ageMs / 1000.0) : QString();
    const QString epoch = QString::number(c.epoch);
    if (!c.successor.isEmpty()) {
        const QString successorEpoch = QString::number(c.successorEpoch);
        return age.isEmpty() ? tr("%1: not reachable; it was active at epoch %2, and %3 took over at epoch %4.")
                                   .arg(c.node, epoch, c.successor, successorEpoch)
                             : tr("%1: not reachable; it was active at epoch %2 until %3 ago, and %4 took over at "
                                  "epoch %5.")
                                   .arg(c.node, epoch, age, c.successor, successorEpoch);
    }
    return age.isEmpty()
               ? tr("%1: not reachable; it was last heard active at epoch %2, and may still run the group.")
                     .arg(c.node, epoch)
               : tr("%1: not reachable; it was last heard active at epoch %2, %3 ago, and may still run the group.")
                     .arg(c.node, epoch, age);
}

QString ClaimText::stopFailed(const QString& node)
{
    return tr("Stop failed on %1: the group may still run there.").arg(node);
}

} // namespace twinha::agentlink
