#include "agentlink/StatusText.h"
#include "agentlink/protocol/PreCheck.h"

#include <cmath>

namespace twinha::agentlink {

QString StatusText::linkState(LinkState state)
{
    switch (state) {
    case LinkState::Idle:
        return tr("Not connected");
    case LinkState::Connecting:
        return tr("Connecting…");
    case LinkState::Handshaking:
        return tr("Starting session…");
    case LinkState::Ready:
        return tr("Connected");
    case LinkState::Disconnected:
        return tr("Unreachable");
    }
    return {};
}

QString StatusText::role(protocol::Role role)
{
    switch (role) {
    case protocol::Role::Active:
        return tr("Active");
    case protocol::Role::Standby:
        return tr("Standby");
    case protocol::Role::Unconfigured:
        return tr("Not configured");
    case protocol::Role::None:
        break;
    }
    return tr("Unknown");
}

QString StatusText::mode(protocol::ClusterMode mode)
{
    switch (mode) {
    case protocol::ClusterMode::HotStandby:
        return tr("Hot standby");
    case protocol::ClusterMode::MutualBackup:
        return tr("Mutual backup");
    case protocol::ClusterMode::Duplex:
        return tr("Duplex");
    case protocol::ClusterMode::Unknown:
        break;
    }
    return tr("Unknown mode");
}

QString StatusText::duration(double seconds)
{
    const qint64 s = static_cast<qint64>(std::floor(std::max(0.0, seconds)));
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(s % 60);
    return tr("%1 s").arg(s);
}

} // namespace twinha::agentlink

namespace twinha::agentlink {

QString StatusText::step(protocol::OperationPhase step)
{
    using protocol::OperationPhase;
    switch (step) {
    case OperationPhase::Precheck:
        return tr("Pre-checks");
    case OperationPhase::Stop:
        return tr("Stop on the source");
    case OperationPhase::Drain:
        return tr("Final replication");
    case OperationPhase::Handover:
        return tr("Hand over");
    case OperationPhase::CatchUp:
        return tr("Target catches up");
    case OperationPhase::Start:
        return tr("Start on the target");
    case OperationPhase::Verify:
        return tr("Verify");
    case OperationPhase::Rollback:
        return tr("Roll back");
    case OperationPhase::Detect:
        return tr("Detect the failure");
    case OperationPhase::Requested:
        return tr("Requested");
    case OperationPhase::Started:
        return tr("Started on the target");
    case OperationPhase::StartFailed:
        return tr("Start on the target failed");
    case OperationPhase::Aborted:
        return tr("Aborted");
    case OperationPhase::Finished:
        return tr("Finished");
    case OperationPhase::None:
        break;
    }
    return tr("Unknown step");
}

QString StatusText::resourceAction(protocol::ResourceAction action)
{
    switch (action) {
    case protocol::ResourceAction::Start:
        return tr("start");
    case protocol::ResourceAction::Stop:
        return tr("stop");
    case protocol::ResourceAction::Status:
        return tr("status check");
    case protocol::ResourceAction::None:
        break;
    }
    return {};
}

QString StatusText::list(const QStringList& items)
{
    return items.join(tr(", ", "separator of the items of a list inside a sentence"));
}

QString StatusText::result(protocol::OperationResult result)
{
    using protocol::OperationResult;
    switch (result) {
    case OperationResult::Done:
        return tr("Completed");
    case OperationResult::RolledBack:
        return tr("Rolled back");
    case OperationResult::Failed:
        return tr("Failed");
    case OperationResult::Refused:
        return tr("Refused");
    case OperationResult::Cancelled:
        return tr("Cancelled");
    case OperationResult::Forwarded:
        return tr("Handed to the peer");
    case OperationResult::None:
        break;
    }
    return tr("In progress");
}

QString StatusText::check(const QString& check)
{
    QString channel;
    switch (protocol::preCheckFrom(check, &channel)) {
    case protocol::PreCheck::Maintenance:
        return tr("Not in maintenance mode");
    case protocol::PreCheck::PeerReachable:
        return tr("Peer reachable over a heartbeat link");
    case protocol::PreCheck::ConfigMatch:
        return tr("Same configuration on both nodes");
    case protocol::PreCheck::ActiveNode:
        return tr("The group has an active node");
    case protocol::PreCheck::SplitBrain:
        return tr("No split-brain");
    case protocol::PreCheck::NoOperation:
        return tr("No other operation running");
    case protocol::PreCheck::GroupRunning:
        return tr("Group running on the source");
    case protocol::PreCheck::TargetHealthy:
        return tr("Target node healthy");
    case protocol::PreCheck::ReplicationLag:
        return tr("Replication lag of %1 within its limit").arg(channel);
    case protocol::PreCheck::None:
        break;
    }
    return check; // a newer agent's check: its name
}

QString StatusText::health(ClusterHealth health)
{
    switch (health) {
    case ClusterHealth::Connecting:
        return tr("Connecting");
    case ClusterHealth::Ok:
        return tr("OK");
    case ClusterHealth::Degraded:
        return tr("Degraded");
    case ClusterHealth::SplitBrain:
        return tr("Split-brain");
    case ClusterHealth::Unreachable:
        return tr("Unreachable");
    }
    return {};
}

QString StatusText::diagnosis(ClusterDiagnosis diagnosis, const QString& subject)
{
    switch (diagnosis) {
    case ClusterDiagnosis::Connecting:
        return tr("Connecting to the nodes…");
    case ClusterDiagnosis::Healthy:
        return tr("The console reaches both nodes, and the nodes hear each other.");
    case ClusterDiagnosis::NodesApart:
        return tr("The console reaches both nodes, but the nodes hear each other on no heartbeat link. Check the "
                  "heartbeat network between them.");
    case ClusterDiagnosis::ConsoleLostNode:
        return tr("The console cannot reach %1, but its peer still hears it: the problem is between this console "
                  "and %1, not in the cluster.")
            .arg(subject);
    case ClusterDiagnosis::NodeDown:
        return tr("Neither the console nor its peer hears %1: the node or its agent is down.").arg(subject);
    case ClusterDiagnosis::SplitBrain:
        return tr("Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.");
    case ClusterDiagnosis::BothUnreachable:
        return tr("The console reaches neither node. Check this computer's network and the SSH settings.");
    }
    return {};
}

bool StatusText::agentSilent(const NodeView& node)
{
    return node.link == LinkState::Disconnected && node.failedAfterLogin;
}

QString StatusText::diagnosis(const ClusterView& view, const QList<NodeView>& nodes)
{
    const bool valid = view.subjectNode >= 0 && view.subjectNode < nodes.size();
    const QString subject = valid ? nodes.at(view.subjectNode).endpoint.name : QString();
    if (nodes.size() != 2)
        return diagnosis(view.diagnosis, subject);
    switch (view.diagnosis) {
    case ClusterDiagnosis::BothUnreachable: {
        const bool silent0 = agentSilent(nodes.at(0));
        const bool silent1 = agentSilent(nodes.at(1));
        if (silent0 && silent1)
            return tr("The console logs in to both nodes over SSH, but the agent answers on neither. Each node's "
                      "card says why (the agent service, access to its socket, or the login shell).");
        if (silent0 || silent1) {
            const QString silent = nodes.at(silent0 ? 0 : 1).endpoint.name;
            const QString unreached = nodes.at(silent0 ? 1 : 0).endpoint.name;
            return tr("The console logs in to %1 over SSH, but its agent does not answer; it cannot reach %2 at "
                      "all. Each node's card says why.")
                .arg(silent, unreached);
        }
        break;
    }
    case ClusterDiagnosis::ConsoleLostNode:
        if (valid && agentSilent(nodes.at(view.subjectNode)))
            return tr("The console logs in to %1 over SSH, but its agent does not answer the console, while its "
                      "peer still hears it. Its card says why.")
                .arg(subject);
        break;
    case ClusterDiagnosis::NodeDown:
        if (valid && agentSilent(nodes.at(view.subjectNode)))
            return tr("The console logs in to %1 over SSH, but its agent does not answer, and its peer hears "
                      "nothing from it: the agent on %1 is down. Its card says why.")
                .arg(subject);
        break;
    default:
        break;
    }
    return diagnosis(view.diagnosis, subject);
}

} // namespace twinha::agentlink
