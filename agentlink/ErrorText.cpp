#include "agentlink/ErrorText.h"

#include "agentlink/protocol/ErrorCodes.h"

#include <QHash>

#include <functional>

namespace twinha::agentlink {

namespace codes = protocol::codes;

namespace {
using Render = std::function<QString(const QJsonObject&)>;

QString str(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString where(const QJsonObject& p)
{
    const QString host = str(p, "host");
    const QString port = str(p, "port");
    return port.isEmpty() ? host : host + QLatin1Char(':') + port;
}

const QHash<QString, Render>& renderers()
{
    static const QHash<QString, Render> table{
        {codes::kParseError,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The agent could not read a request (%1). Check that console and agent versions match.")
                 .arg(str(p, "detail"));
         }},
        {codes::kInvalidRequest,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent rejected a malformed request (%1).").arg(str(p, "detail"));
         }},
        {codes::kMethodNotFound,
         [](const QJsonObject&) {
             return ErrorText::tr("The agent does not support this operation. Upgrade the agent on this node.");
         }},
        {codes::kInvalidParams,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent rejected the request's parameters (%1).").arg(str(p, "detail"));
         }},
        {codes::kInternalError,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent hit an internal error (%1). See the agent's log on the node.")
                 .arg(str(p, "detail"));
         }},
        {codes::kPermissionDenied,
         [](const QJsonObject&) {
             return ErrorText::tr("Permission denied: this SSH user may observe the cluster but not operate it. Log in "
                                  "as a member of the operators group.");
         }},
        {codes::kDaemonUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("The TwinHA agent service is not running on this node (no answer on %1). Start it "
                                  "with \"systemctl start twinha-agent\".")
                 .arg(str(p, "socket"));
         }},
        {codes::kDaemonConnectionLost,
         [](const QJsonObject&) {
             return ErrorText::tr("The TwinHA agent service on this node stopped during the session. Check \"systemctl "
                                  "status twinha-agent\"; the console reconnects by itself.");
         }},
        {codes::kProtocolVersionUnsupported,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent (version %1) speaks protocol %2, but this console speaks protocol %3. "
                                  "Install matching versions of the console and the agent.")
                 .arg(str(p, "agent_version"), str(p, "agent_major"), str(p, "console_major"));
         }},
        {codes::kHostUnreachable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot connect to %1: %2. Check the address, the port and that sshd is running.")
                 .arg(where(p), str(p, "detail"));
         }},
        {codes::kConnectTimeout,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.")
                 .arg(where(p));
         }},
        {codes::kHostKeyUnknown,
         [](const QJsonObject& p) {
             return ErrorText::tr("The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the "
                                  "server's before trusting it.")
                 .arg(where(p), str(p, "key_type"), str(p, "fingerprint"));
         }},
        {codes::kHostKeyChanged,
         [](const QJsonObject& p) {
             return ErrorText::tr("WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the "
                                  "connection. Connection refused; if the server was really reinstalled, remove its "
                                  "old key from %3 and verify the new one.")
                 .arg(where(p), str(p, "fingerprint"), str(p, "known_hosts"));
         }},
        {codes::kHostKeyOtherType,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be "
                        "intercepting the connection. Connection refused; verify the server's keys before changing %3.")
                 .arg(where(p), str(p, "key_type"), str(p, "known_hosts"));
         }},
        {codes::kKnownHostsUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot read the known-hosts file %1. Check that it exists and is readable.")
                 .arg(str(p, "known_hosts"));
         }},
        {codes::kAuthFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("Authentication as \"%1\" on %2 failed (server offers: %3). Check the user name and "
                                  "that your key is in the server's authorized_keys.")
                 .arg(str(p, "user"), str(p, "host"), str(p, "offered"));
         }},
        {codes::kAuthCancelled,
         [](const QJsonObject& p) {
             return ErrorText::tr("Login to %1 was cancelled. Connect again when you have the credentials at hand.")
                 .arg(where(p));
         }},
        {codes::kKnownHostsUnwritable,
         [](const QJsonObject& p) {
             return ErrorText::tr("The host key of %1 was accepted but could not be saved to %2 (%3). Check that the "
                                  "folder is writable.")
                 .arg(where(p), str(p, "known_hosts"), str(p, "detail"));
         }},
        {codes::kKeyPassphraseWrong,
         [](const QJsonObject& p) {
             return ErrorText::tr(
                        "The passphrase for the private key %1 was wrong three times. Connect again and retype it.")
                 .arg(str(p, "identity"));
         }},
        {codes::kIdentityUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot load the private key %1. Check the path and its permissions.")
                 .arg(str(p, "identity"));
         }},
        {codes::kSshError,
         [](const QJsonObject& p) { return ErrorText::tr("SSH error with %1: %2").arg(where(p), str(p, "detail")); }},
        {codes::kChannelFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The SSH server on %1 refused to open a session channel: %2")
                 .arg(where(p), str(p, "detail"));
         }},
        {codes::kJumpForwardFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The jump host %1 refused to forward the connection to %2: %3. Check "
                                  "AllowTcpForwarding on the jump host and that it can reach the node.")
                 .arg(where(p), str(p, "target"), str(p, "detail"));
         }},
        {codes::kAgentCommandFailed,
         [](const QJsonObject& p) {
             if (str(p, "exit_status") == QLatin1String("127"))
                 return ErrorText::tr("twinha-agent is not installed on this node (command not found). Install the "
                                      "twinha-agent package there.");
             return ErrorText::tr("The agent session ended (exit status %1). %2")
                 .arg(str(p, "exit_status"), str(p, "stderr"));
         }},
        {codes::kMalformedMessage,
         [](const QJsonObject& p) {
             return ErrorText::tr("The node sent something that is not a TwinHA message (%1). Check that the agent "
                                  "command in the profile is right.")
                 .arg(str(p, "detail"));
         }},
        {codes::kLineTooLong,
         [](const QJsonObject& p) {
             return ErrorText::tr("The node sent an oversized message (over %1 bytes); it was ignored.")
                 .arg(str(p, "limit"));
         }},
        {codes::kRequestTimeout,
         [](const QJsonObject&) {
             return ErrorText::tr("The agent did not answer in time. The node may be overloaded.");
         }},
        {codes::kConnectionLost,
         [](const QJsonObject&) {
             return ErrorText::tr("The connection to the node was lost. The console reconnects by itself.");
         }},
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
             return ErrorText::tr("Resource %1 of group %2 failed to start (exit status %3). %4")
                 .arg(str(p, "resource"), str(p, "group"), str(p, "exit_status"), str(p, "stderr"));
         }},
        {codes::kResourceStopFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be running "
                                  "on this node; check it before starting it elsewhere.")
                 .arg(str(p, "resource"), str(p, "group"), str(p, "exit_status"), str(p, "stderr"));
         }},
        {codes::kResourceTimeout,
         [](const QJsonObject& p) {
             return ErrorText::tr("Resource %1 of group %2 did not finish \"%3\" within %4 ms.")
                 .arg(str(p, "resource"), str(p, "group"), str(p, "action"), str(p, "timeout_ms"));
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
             return ErrorText::tr("Replication %1 failed to copy to the standby (exit status %2): %3")
                 .arg(str(p, "channel"), str(p, "exit_status"), str(p, "detail"));
         }},
        {codes::kReplicationPathMissing,
         [](const QJsonObject& p) {
             return ErrorText::tr("The replicated folder %1 of %2 does not exist.")
                 .arg(str(p, "path"), str(p, "channel"));
         }},
        {codes::kReplicationReceiverFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The standby cannot receive replication %1 on %2: %3")
                 .arg(str(p, "channel"), str(p, "address"), str(p, "detail"));
         }},
        {codes::kReplicationCommandFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The lag command of replication %1 failed (exit status %2): %3")
                 .arg(str(p, "channel"), str(p, "exit_status"), str(p, "detail"));
         }},
        {codes::kReplicationOutputInvalid,
         [](const QJsonObject& p) {
             return ErrorText::tr("The lag command of replication %1 printed no valid JSON with lag_s: %2")
                 .arg(str(p, "channel"), str(p, "detail"));
         }},
        {codes::kReplicationDrainTimeout,
         [](const QJsonObject& p) {
             return ErrorText::tr("Replication %1 could not catch up within %2 ms.")
                 .arg(str(p, "channel"), str(p, "timeout_ms"));
         }},
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
                 .arg(str(p, "kind"), str(p, "group"), str(p, "id"));
         }},
        {codes::kOperationNotFound,
         [](const QJsonObject& p) {
             return ErrorText::tr("There is no operation with id %1 on this node.").arg(str(p, "id"));
         }},
        {codes::kOperationNotCancellable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Operation %1 is already past its checks (now: %2) and can no longer be cancelled; "
                                  "it finishes or rolls back by itself.")
                 .arg(str(p, "id"), str(p, "phase"));
         }},
        {codes::kOperationCancelled,
         [](const QJsonObject& p) {
             return ErrorText::tr("Operation %1 was cancelled by %2 before anything was changed.")
                 .arg(str(p, "id"), str(p, "actor"));
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
        {codes::kConfigSyntax,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config is not valid TOML at line %1, column %2 (%3). Correct the syntax there.")
                 .arg(str(p, "line"), str(p, "column"), str(p, "detail"));
         }},
        {codes::kConfigFieldMissing,
         [](const QJsonObject& p) {
             return ErrorText::tr("The setting \"%1\" is missing. Fill it in.").arg(str(p, "field"));
         }},
        {codes::kConfigFieldInvalid,
         [](const QJsonObject& p) {
             return ErrorText::tr("The setting \"%1\" is not valid (%2). Correct it.")
                 .arg(str(p, "field"), str(p, "detail"));
         }},
        {codes::kConfigInvalid,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent refused the config: it has %1 error(s). Correct them and apply again.")
                 .arg(str(p, "errors"));
         }},
        {codes::kConfigChangedOnDisk,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config %1 was changed on the node since it was read, so nothing was written. "
                                  "Reload the config, review the changes and apply again.")
                 .arg(str(p, "path"));
         }},
        {codes::kConfigWriteFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The agent could not write the config %1 (%2); the previous config is unchanged. "
                                  "Free disk space or fix the folder's permissions on the node.")
                 .arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kConfigReloadFailed,
         [](const QJsonObject& p) {
             return ErrorText::tr("The config was written, but the agent could not start with it (%1: %2). See the "
                                  "agent's log on the node.")
                 .arg(str(p, "code"), str(p, "detail"));
         }},
        {codes::kSystemdUnavailable,
         [](const QJsonObject& p) {
             if (str(p, "reason") == QLatin1String("not_running"))
                 return ErrorText::tr("systemd is not running on this node, so it has no services to choose from. "
                                      "Use a script resource instead.");
             return ErrorText::tr("The agent could not list the systemd services on this node (%1). Type the unit "
                                  "name instead.")
                 .arg(str(p, "detail"));
         }},
        {codes::kProfileUnreadable,
         [](const QJsonObject& p) {
             return ErrorText::tr("Cannot open the cluster profile %1: %2").arg(str(p, "path"), str(p, "detail"));
         }},
        {codes::kProfileInvalid,
         [](const QJsonObject& p) {
             const QString line = str(p, "line");
             if (!line.isEmpty())
                 return ErrorText::tr("The cluster profile %1 is not valid JSON at line %2, column %3: %4")
                     .arg(str(p, "path"), line, str(p, "column"), str(p, "detail"));
             return ErrorText::tr("The cluster profile %1 has a bad field \"%2\": %3")
                 .arg(str(p, "path"), str(p, "field"), str(p, "detail"));
         }},
    };
    return table;
}
} // namespace

QString ErrorText::describe(const protocol::RpcError& error)
{
    if (error.isNull())
        return {};
    const auto it = renderers().constFind(error.code);
    if (it != renderers().cend())
        return (*it)(error.params);
    return tr("Error %1 reported by the agent.").arg(error.code);
}

bool ErrorText::knows(const QString& code)
{
    return renderers().contains(code);
}

} // namespace twinha::agentlink
