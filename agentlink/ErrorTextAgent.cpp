#include "agentlink/ErrorText.h"
#include "agentlink/ErrorTextTable.h"
#include "agentlink/EventText.h"
#include "agentlink/StatusText.h"
#include "agentlink/protocol/ErrorCodes.h"
#include "agentlink/protocol/FenceState.h"

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace errortext {

namespace {
// An exit status worth saying: -1 means the command did not run, crashed or timed out, and the
// detail says which.
QString exitStatus(const QJsonObject& p)
{
    const QJsonValue v = p.value(QStringLiteral("exit_status"));
    return v.isDouble() && v.toInteger(-1) >= 0 ? str(p, "exit_status") : QString();
}
} // namespace

// The agent's engine codes: heartbeat, resources, replication, journal, peer, operations, the
// witness and the protection level, fencing and maintenance mode.
void addAgentRenderers(Table& table)
{
    const Table agent{
        {codes::kClusterKeyUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The agent cannot read the cluster key %1 (%2). Both nodes need the same key file, mode 0600.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kHeartbeatBindFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("Heartbeat link %1 cannot listen on %2 (%3). Check that the address belongs to this "
                                  "node and the port is free.")
                 .arg(str(p, "link"), str(p, "address"), str(p, "detail"));
         }},
        {codes::kResourceStartFailed,
         [](const QJsonObject& p) {
             const QString status = exitStatus(p);
             const QString output = str(p, "stderr").trimmed();
             if (!status.isEmpty() && !output.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to start (exit status %3). %4")
                     .arg(str(p, "resource"), str(p, "group"), status, output);
             if (!status.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to start (exit status %3).")
                     .arg(str(p, "resource"), str(p, "group"), status);
             if (!output.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to start: %3")
                     .arg(str(p, "resource"), str(p, "group"), output);
             return ErrorText::tr("Resource %1 of group %2 failed to start.").arg(str(p, "resource"), str(p, "group"));
         }},
        {codes::kResourceStopFailed,
         [](const QJsonObject& p) {
             const QString status = exitStatus(p);
             const QString output = str(p, "stderr").trimmed();
             if (!status.isEmpty() && !output.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be "
                                      "running on this node; check it before starting it elsewhere.")
                     .arg(str(p, "resource"), str(p, "group"), status, output);
             if (!status.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to stop (exit status %3). It may still be "
                                      "running on this node; check it before starting it elsewhere.")
                     .arg(str(p, "resource"), str(p, "group"), status);
             if (!output.isEmpty())
                 return ErrorText::tr("Resource %1 of group %2 failed to stop: %3 It may still be running on this "
                                      "node; check it before starting it elsewhere.")
                     .arg(str(p, "resource"), str(p, "group"), output);
             return ErrorText::tr("Resource %1 of group %2 failed to stop. It may still be running on this node; "
                                  "check it before starting it elsewhere.")
                 .arg(str(p, "resource"), str(p, "group"));
         }},
        {codes::kResourceTimeout,
         [](const QJsonObject& p) {
             const QString action = StatusText::resourceAction(protocol::resourceActionFrom(str(p, "action")));
             return ErrorText::tr("Resource %1 of group %2 did not finish \"%3\" within %4 ms.")
                 .arg(str(p, "resource"), str(p, "group"), action.isEmpty() ? str(p, "action") : action,
                      str(p, "timeout_ms"));
         }},
        {codes::kResourceNotRunning,
         [](const QJsonObject& p) {
             return ErrorText::tr("Resource %1 of group %2 has stopped running.")
                 .arg(str(p, "resource"), str(p, "group"));
         }},
        {codes::kVipAddressInUse,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The virtual IP %1 already answers on %2, so it was not taken. Find the other holder first.")
                 .arg(str(p, "address"), str(p, "interface"));
         }},
        {codes::kVipInterfaceMissing,
         [](const QJsonObject& p) {
             return ErrorText::tr("The network interface %1 for the virtual IP does not exist on this node.")
                 .arg(str(p, "interface"));
         }},
        {codes::kUnitNotFound,
         [](const QJsonObject& p) {
             return ErrorText::tr("The systemd unit %1 is not installed on this node.").arg(str(p, "unit"));
         }},
        {codes::kTiebreakerUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("No tiebreaker answers (%1). Without one, automatic takeover is not safe.")
                 .arg(str(p, "targets"));
         }},
        {codes::kReplicationLagTooHigh,
         [](const QJsonObject& p) {
             return ErrorText::tr("Replication lag of %1 is %2 s, over the limit of %3 s.")
                 .arg(str(p, "channel"), str(p, "lag_s"), str(p, "limit_s"));
         }},
        {codes::kReplicationSyncFailed,
         [](const QJsonObject& p) {
             // A readiness reason names the channel only; the channel's own error has the rest.
             const QString status = exitStatus(p);
             const QString detail = str(p, "detail").trimmed();
             if (!status.isEmpty() && !detail.isEmpty())
                 return ErrorText::tr("Replication %1 failed to copy to the standby (exit status %2): %3")
                     .arg(str(p, "channel"), status, detail);
             if (!status.isEmpty())
                 return ErrorText::tr("Replication %1 failed to copy to the standby (exit status %2).")
                     .arg(str(p, "channel"), status);
             if (!detail.isEmpty())
                 return ErrorText::tr("Replication %1 failed to copy to the standby: %2")
                     .arg(str(p, "channel"), detail);
             return ErrorText::tr("Replication %1 failed to copy to the standby.").arg(str(p, "channel"));
         }},
        {codes::kReplicationPathMissing,
         [](const QJsonObject& p) {
             if (str(p, "path").isEmpty()) // a readiness reason names the channel only
                 return ErrorText::tr("The replicated folder of %1 does not exist.").arg(str(p, "channel"));
             return ErrorText::tr("The replicated folder %1 of %2 does not exist.")
                 .arg(str(p, "path"), str(p, "channel"));
         }},
        {codes::kReplicationReceiverFailed,
         [](const QJsonObject& p) {
             const QString address = str(p, "address");
             const QString detail = str(p, "detail").trimmed();
             if (!address.isEmpty() && !detail.isEmpty())
                 return ErrorText::tr("The standby cannot receive replication %1 on %2: %3")
                     .arg(str(p, "channel"), address, detail);
             if (!address.isEmpty())
                 return ErrorText::tr("The standby cannot receive replication %1 on %2.")
                     .arg(str(p, "channel"), address);
             if (!detail.isEmpty())
                 return ErrorText::tr("The standby cannot receive replication %1: %2").arg(str(p, "channel"), detail);
             return ErrorText::tr("The standby cannot receive replication %1.").arg(str(p, "channel"));
         }},
        {codes::kReplicationCommandFailed,
         [](const QJsonObject& p) {
             const QString status = exitStatus(p);
             const QString detail = str(p, "detail").trimmed();
             if (!status.isEmpty() && !detail.isEmpty())
                 return ErrorText::tr("The lag command of replication %1 failed (exit status %2): %3")
                     .arg(str(p, "channel"), status, detail);
             if (!status.isEmpty())
                 return ErrorText::tr("The lag command of replication %1 failed (exit status %2).")
                     .arg(str(p, "channel"), status);
             if (!detail.isEmpty())
                 return ErrorText::tr("The lag command of replication %1 failed: %2").arg(str(p, "channel"), detail);
             return ErrorText::tr("The lag command of replication %1 failed.").arg(str(p, "channel"));
         }},
        {codes::kReplicationOutputInvalid,
         [](const QJsonObject& p) {
             const QString detail = str(p, "detail").trimmed();
             if (detail.isEmpty())
                 return ErrorText::tr("The lag command of replication %1 printed no valid JSON with lag_s.")
                     .arg(str(p, "channel"));
             return ErrorText::tr("The lag command of replication %1 printed no valid JSON with lag_s: %2")
                 .arg(str(p, "channel"), detail);
         }},
        {codes::kReplicationDrainTimeout,
         [](const QJsonObject& p) {
             if (str(p, "timeout_ms").isEmpty())
                 return ErrorText::tr("Replication %1 could not catch up in time.").arg(str(p, "channel"));
             return ErrorText::tr("Replication %1 could not catch up within %2 ms.")
                 .arg(str(p, "channel"), str(p, "timeout_ms"));
         }},
        {codes::kDivergenceNotFound,
         [](const QJsonObject& p) { return ErrorText::tr("This node has no kept set %1.").arg(str(p, "id")); }},
        {codes::kJournalWriteFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent cannot write its journal %1 (%2). Free disk space on the node; events are "
                                  "kept in memory meanwhile.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kJournalChainBroken,
         [](const QJsonObject& p) {
             return ErrorText::tr("The journal was altered: its hash chain breaks at entry %1.").arg(str(p, "seq"));
         }},
        {codes::kJournalReadFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The agent cannot read its journal %1 (%2); events are kept in memory only. Check the "
                        "file's permissions and the disk, then restart the agent.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kPeerUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("The peer node %1 cannot be heard on any heartbeat link.").arg(str(p, "peer"));
         }},
        {codes::kPeerNoResponse,
         [](const QJsonObject& p) {
             return ErrorText::tr("The peer node %1 did not take up the operation within %2 ms; nothing was changed "
                                  "there.")
                 .arg(str(p, "peer"), str(p, "timeout_ms"));
         }},
        {codes::kConfigMismatch,
         [](const QJsonObject& p) {
             return ErrorText::tr("The two nodes run different configurations (checksum %1 here, %2 on the peer). "
                                  "Copy the same cluster.toml to both nodes.")
                 .arg(str(p, "local").left(12), str(p, "peer").left(12));
         }},
        {codes::kOperationInProgress,
         [](const QJsonObject& p) {
             return ErrorText::tr("Another operation (%1 of group %2, id %3) is still running. Wait for it to finish.")
                 .arg(EventText::operationKind(protocol::operationKindFrom(str(p, "kind"))), str(p, "group"),
                      str(p, "id"));
         }},
        {codes::kOperationNotFound,
         [](const QJsonObject& p) {
             return ErrorText::tr("There is no operation with id %1 on this node.").arg(str(p, "id"));
         }},
        {codes::kOperationNotCancellable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Operation %1 is already past its checks (now: %2) and can no longer be cancelled; "
                                  "it finishes or rolls back by itself.")
                 .arg(str(p, "id"), StatusText::step(protocol::operationPhaseFrom(str(p, "phase"))));
         }},
        {codes::kOperationCancelled,
         [](const QJsonObject& p) {
             return ErrorText::tr("Operation %1 was cancelled by %2 before anything was changed.")
                 .arg(str(p, "id"), EventText::actorLabel(str(p, "actor")));
         }},
        {codes::kGroupNotRunning,
         [](const QJsonObject& p) {
             return ErrorText::tr("Group %1 is not running on %2.").arg(str(p, "group"), str(p, "node"));
         }},
        {codes::kGroupFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("Group %1 has failed resources on %2. Repair them first.")
                 .arg(str(p, "group"), str(p, "node"));
         }},
        {codes::kSplitBrain,
         [](const QJsonObject& p) {
             return ErrorText::tr("Split-brain: both nodes hold group %1. The node with the older epoch steps down.")
                 .arg(str(p, "group"));
         }},
        {codes::kNoActiveNode,
         [](const QJsonObject& p) {
             return ErrorText::tr("No node holds group %1 at the moment.").arg(str(p, "group"));
         }},
        {codes::kAlreadyActive,
         [](const QJsonObject& p) {
             return ErrorText::tr("Group %1 already runs on %2.").arg(str(p, "group"), str(p, "node"));
         }},
        {codes::kUnknownGroup,
         [](const QJsonObject& p) {
             return ErrorText::tr("There is no group named \"%1\" in this cluster.").arg(str(p, "group"));
         }},
        {codes::kUnknownNode,
         [](const QJsonObject& p) {
             return ErrorText::tr("There is no node named \"%1\" in this cluster.").arg(str(p, "node"));
         }},
        {codes::kStateWriteFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent cannot save its role to %1 (%2), so it changed nothing. Free disk space "
                                  "on the node.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kWitnessLeaseLost,
         [](const QJsonObject& p) {
             return ErrorText::tr("This node stepped down from group %1: it could reach neither its peer nor the "
                                  "witness %2, so it stopped the group before its lease could run out.")
                 .arg(str(p, "group"), str(p, "witness"));
         }},
        {codes::kWitnessLeaseHeld,
         [](const QJsonObject& p) {
             const QString holder = str(p, "holder");
             const QString remaining = str(p, "remaining_ms");
             // No holder: a witness that restarted grants nothing until any earlier lease has run out.
             if (holder.isEmpty() && remaining.isEmpty())
                 return ErrorText::tr("Takeover refused: the witness does not grant the lease of group %1 until an "
                                      "earlier holder's lease has certainly run out.")
                     .arg(str(p, "group"));
             if (holder.isEmpty())
                 return ErrorText::tr("Takeover refused: the witness does not grant the lease of group %1 for "
                                      "another %2 ms, until an earlier holder's lease has certainly run out.")
                     .arg(str(p, "group"), remaining);
             if (remaining.isEmpty())
                 return ErrorText::tr("Takeover refused: the witness gives the lease of group %1 to %2.")
                     .arg(str(p, "group"), holder);
             return ErrorText::tr("Takeover refused: the witness gives the lease of group %1 to %2 for another %3 ms.")
                 .arg(str(p, "group"), holder, remaining);
         }},
        {codes::kWitnessUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("The witness %1 does not answer. Until it does, no node can take over "
                                  "automatically. Check the witness host and the network to it.")
                 .arg(str(p, "witness"));
         }},
        {codes::kWitnessStoreFailed,
         [](const QJsonObject&) {
             return ErrorText::tr("The witness could not save a grant to its disk, so it refused to grant a new "
                                  "lease (this is safe). Check the disk of the witness host.");
         }},
        {codes::kPingOnlyProtection,
         [](const QJsonObject& p) {
             const QString targets = str(p, "targets");
             if (targets.isEmpty())
                 return ErrorText::tr("Automatic failover relies on ping tiebreakers only. It cannot prevent two "
                                      "active nodes in a split where both nodes still reach them. Configure a "
                                      "witness.");
             return ErrorText::tr("Automatic failover relies on ping tiebreakers only (%1). It cannot prevent two "
                                  "active nodes in a split where both nodes still reach them. Configure a witness.")
                 .arg(targets);
         }},
        {codes::kFenceFailed,
         [](const QJsonObject& p) {
             // -1: the agent did not start, crashed or timed out (the detail says which).
             const QString status =
                 p.value(QStringLiteral("exit_status")).toInt(-1) >= 0 ? str(p, "exit_status") : QString();
             QString detail = str(p, "detail").trimmed();
             while (detail.endsWith(QLatin1Char('.')))
                 detail.chop(1);
             if (!status.isEmpty() && !detail.isEmpty())
                 return ErrorText::tr("Fencing %1 with %2 failed (exit status %3): %4. No takeover happens until "
                                      "fencing succeeds; check the fence device and its options.")
                     .arg(str(p, "node"), str(p, "device"), status, detail);
             if (!status.isEmpty())
                 return ErrorText::tr("Fencing %1 with %2 failed (exit status %3). No takeover happens until "
                                      "fencing succeeds; check the fence device and its options.")
                     .arg(str(p, "node"), str(p, "device"), status);
             if (!detail.isEmpty())
                 return ErrorText::tr("Fencing %1 with %2 failed: %3. No takeover happens until fencing succeeds; "
                                      "check the fence device and its options.")
                     .arg(str(p, "node"), str(p, "device"), detail);
             return ErrorText::tr("Fencing %1 with %2 failed. No takeover happens until fencing succeeds; check the "
                                  "fence device and its options.")
                 .arg(str(p, "node"), str(p, "device"));
         }},
        {codes::kFenceRequired,
         [](const QJsonObject& p) {
             // The journal's record of a refused request carries no node or device.
             if (str(p, "node").isEmpty() || str(p, "device").isEmpty())
                 return ErrorText::tr("Takeover refused for now: the silent peer may be frozen rather than off, so it "
                                      "must be powered off first, and fencing has started. Try again once it is "
                                      "done, or skip fencing knowing that both nodes may then serve at once.");
             if (protocol::fenceStateFrom(str(p, "state")) == protocol::FenceState::Failed)
                 return ErrorText::tr("Takeover refused for now: %1 must be powered off first, but fencing it with %2 "
                                      "failed; it is tried again shortly. Try again once it is done, or skip fencing "
                                      "knowing that both nodes may then serve at once.")
                     .arg(str(p, "node"), str(p, "device"));
             return ErrorText::tr("Takeover refused for now: %1 is silent but may be frozen rather than off, so it "
                                  "must be powered off first. Fencing %1 with %2 has started; try again once it is "
                                  "done, or skip fencing knowing that both nodes may then serve at once.")
                 .arg(str(p, "node"), str(p, "device"));
         }},
        {codes::kMaintenanceMode,
         [](const QJsonObject& p) {
             const QString group = str(p, "group");
             const QString by = str(p, "by");
             if (!group.isEmpty() && !by.isEmpty())
                 return ErrorText::tr("Group %1 is in maintenance mode (set by %2): the agents move nothing by "
                                      "themselves, and a planned switchover needs force.")
                     .arg(group, by);
             if (!group.isEmpty())
                 return ErrorText::tr("Group %1 is in maintenance mode: the agents move nothing by themselves, and a "
                                      "planned switchover needs force.")
                     .arg(group);
             if (!by.isEmpty())
                 return ErrorText::tr("The cluster is in maintenance mode (set by %1): the agents move nothing by "
                                      "themselves, and a planned switchover needs force.")
                     .arg(by);
             return ErrorText::tr("The cluster is in maintenance mode: the agents move nothing by themselves, and a "
                                  "planned switchover needs force.");
         }},
    };
    for (auto it = agent.cbegin(); it != agent.cend(); ++it)
        table.insert(it.key(), it.value());
}

} // namespace errortext

} // namespace twinha::agentlink
