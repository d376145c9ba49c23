#include "ui/notify/NotificationRules.h"

#include "agentlink/ProtectionText.h"

#include <QLocale>
#include <QSet>

namespace twinha::ui {

using agentlink::ClusterView;

namespace {
QSet<QString> downLinks(const ClusterView& v)
{
    QSet<QString> names;
    for (const agentlink::HeartbeatLinkView& l : v.links)
        if (l.downSomewhere())
            names.insert(l.name);
    return names;
}

bool lagOver(const agentlink::ChannelView& c, double warningS)
{
    return c.lagS && (c.overLimit() || (warningS > 0 && *c.lagS > warningS));
}
} // namespace

QList<Notice> NotificationRules::compare(const QString& cluster, const ClusterView& before, const ClusterView& after,
                                         double lagWarningS)
{
    QList<Notice> out;
    // Nothing to compare with until the first real view: starting the console is not news.
    if (before.health == agentlink::ClusterHealth::Connecting)
        return out;

    for (const QString& link : downLinks(after) - downLinks(before))
        out.append({Notice::Kind::LinkLoss, tr("Heartbeat link lost"),
                    tr("%1: heartbeat link %2 is down.").arg(cluster, link), false});
    if (after.diagnosis == agentlink::ClusterDiagnosis::NodesApart &&
        before.diagnosis != agentlink::ClusterDiagnosis::NodesApart)
        out.append({Notice::Kind::LinkLoss, tr("Nodes cannot hear each other"),
                    tr("%1: the nodes hear each other on no heartbeat link.").arg(cluster), true});

    const agentlink::OperationView& op = after.operation;
    if (op.kind == protocol::OperationKind::Failover && op.isFinal() &&
        !(before.operation.id == op.id && before.operation.isFinal()))
        out.append({Notice::Kind::Failover, tr("Failover"),
                    op.result == protocol::OperationResult::Done
                        ? tr("%1: group %2 failed over to %3.").arg(cluster, op.group, op.to)
                        : tr("%1: failover of group %2 to %3 did not complete.").arg(cluster, op.group, op.to),
                    true});

    if (after.health == agentlink::ClusterHealth::SplitBrain && before.health != agentlink::ClusterHealth::SplitBrain)
        out.append(
            {Notice::Kind::SplitBrain, tr("Split-brain"),
             tr("%1: both nodes run a group that may run on one node only. Stop it on one node now.").arg(cluster),
             true});

    for (const agentlink::FencingView& f : after.protection.fencing) {
        if (f.state != protocol::FenceState::Failed)
            continue;
        bool wasFailed = false;
        for (const agentlink::FencingView& b : before.protection.fencing)
            wasFailed = wasFailed || (b.reportedBy == f.reportedBy && b.state == protocol::FenceState::Failed);
        if (!wasFailed)
            out.append({Notice::Kind::FenceFailed, tr("Fencing failed"),
                        tr("%1: %2").arg(cluster, agentlink::ProtectionText::fenceState(f)), true});
    }

    for (const agentlink::ChannelView& c : after.channels) {
        if (!lagOver(c, lagWarningS))
            continue;
        bool wasOver = false;
        for (const agentlink::ChannelView& b : before.channels)
            wasOver = wasOver || (b.name == c.name && lagOver(b, lagWarningS));
        if (!wasOver)
            out.append(
                {Notice::Kind::LagOverThreshold, tr("Replication lag"),
                 tr("%1: replication %2 is %3 s behind.").arg(cluster, c.name, QLocale().toString(*c.lagS, 'f', 1)),
                 false});
    }
    return out;
}

} // namespace twinha::ui
