#pragma once

#include <QStringList>

// Stable error and reason codes. The agent and the link report these, never sentences; the
// console turns them into translated text. Renaming a code is a protocol change.
namespace twinha::protocol::codes {

// JSON-RPC level
inline constexpr char kParseError[] = "PARSE_ERROR";
inline constexpr char kInvalidRequest[] = "INVALID_REQUEST";
inline constexpr char kMethodNotFound[] = "METHOD_NOT_FOUND";
inline constexpr char kInvalidParams[] = "INVALID_PARAMS";
inline constexpr char kInternalError[] = "INTERNAL_ERROR";
inline constexpr char kPermissionDenied[] = "PERMISSION_DENIED";

// Session bridge and daemon
inline constexpr char kDaemonUnreachable[] = "AGENT_DAEMON_UNREACHABLE";
inline constexpr char kDaemonConnectionLost[] = "AGENT_DAEMON_CONNECTION_LOST";
inline constexpr char kProtocolVersionUnsupported[] = "PROTOCOL_VERSION_UNSUPPORTED";

// Console-side link (reported by agentlink, not by the agent)
inline constexpr char kHostUnreachable[] = "HOST_UNREACHABLE";
inline constexpr char kConnectTimeout[] = "CONNECT_TIMEOUT";
inline constexpr char kHostKeyUnknown[] = "HOST_KEY_UNKNOWN";
inline constexpr char kHostKeyChanged[] = "HOST_KEY_CHANGED";
inline constexpr char kHostKeyOtherType[] = "HOST_KEY_OTHER_TYPE";
inline constexpr char kKnownHostsUnreadable[] = "KNOWN_HOSTS_UNREADABLE";
inline constexpr char kAuthFailed[] = "AUTH_FAILED";
inline constexpr char kAuthCancelled[] = "AUTH_CANCELLED";
inline constexpr char kKeyPassphraseWrong[] = "KEY_PASSPHRASE_WRONG";
inline constexpr char kKnownHostsUnwritable[] = "KNOWN_HOSTS_UNWRITABLE";
inline constexpr char kIdentityUnreadable[] = "IDENTITY_UNREADABLE";
inline constexpr char kSshError[] = "SSH_ERROR";
inline constexpr char kChannelFailed[] = "CHANNEL_FAILED";
inline constexpr char kJumpForwardFailed[] = "JUMP_FORWARD_FAILED";
inline constexpr char kAgentCommandFailed[] = "AGENT_COMMAND_FAILED";
inline constexpr char kMalformedMessage[] = "MALFORMED_MESSAGE";
inline constexpr char kAgentShellOutput[] = "AGENT_SHELL_OUTPUT"; // node, line, exit_status?
inline constexpr char kIdentityTooOpen[] = "IDENTITY_TOO_OPEN";   // node, identity, mode
// node, host: the console has no verified host key of that node to pin for its peer (mirror over ssh)
inline constexpr char kMirrorHostKeyMissing[] = "MIRROR_HOST_KEY_MISSING";
// An encrypted private key and nobody to ask for its passphrase (no terminal, no window).
inline constexpr char kKeyPassphraseNeeded[] = "KEY_PASSPHRASE_NEEDED"; // node, identity
// The server closed or stopped answering after too many keys were offered (sshd's MaxAuthTries).
inline constexpr char kAuthTooManyTries[] = "AUTH_TOO_MANY_TRIES"; // node, host, port, user, tried
// The setup wizard's agent installation over SSH (AgentInstaller); node in every one.
inline constexpr char kInstallUnsupportedSystem[] = "INSTALL_UNSUPPORTED_SYSTEM";  // system, arch: neither dpkg nor rpm
inline constexpr char kInstallNoPackage[] = "INSTALL_NO_PACKAGE";                  // kind (deb|rpm), arch
inline constexpr char kInstallPackageMismatch[] = "INSTALL_PACKAGE_MISMATCH";      // package, kind, arch
inline constexpr char kInstallNoPrivilege[] = "INSTALL_NO_PRIVILEGE";              // user: not root, no sudo right
inline constexpr char kInstallSudoCancelled[] = "INSTALL_SUDO_CANCELLED";          // user
inline constexpr char kInstallSudoPasswordWrong[] = "INSTALL_SUDO_PASSWORD_WRONG"; // user
inline constexpr char kInstallUploadFailed[] = "INSTALL_UPLOAD_FAILED";            // path, detail
inline constexpr char kInstallCommandFailed[] = "INSTALL_COMMAND_FAILED";          // command, exit_status, output
inline constexpr char kInstallAgentNotStarted[] = "INSTALL_AGENT_NOT_STARTED";     // timeout_s, output
inline constexpr char kLineTooLong[] = "LINE_TOO_LONG";
inline constexpr char kRequestTimeout[] = "REQUEST_TIMEOUT";
inline constexpr char kConnectionLost[] = "CONNECTION_LOST";
inline constexpr char kProfileUnreadable[] = "PROFILE_UNREADABLE";
inline constexpr char kProfileInvalid[] = "PROFILE_INVALID";

// Agent: heartbeat and key
inline constexpr char kClusterKeyUnreadable[] = "CLUSTER_KEY_UNREADABLE"; // path, detail
inline constexpr char kHeartbeatBindFailed[] = "HEARTBEAT_BIND_FAILED";   // link, address, detail

// Agent: resources (group, resource in every one)
inline constexpr char kResourceStartFailed[] = "RESOURCE_START_FAILED";    // exit_status, stderr
inline constexpr char kResourceStopFailed[] = "RESOURCE_STOP_FAILED";      // exit_status, stderr
inline constexpr char kResourceTimeout[] = "RESOURCE_TIMEOUT";             // action, timeout_ms
inline constexpr char kResourceNotRunning[] = "RESOURCE_NOT_RUNNING";      // found down by the monitor
inline constexpr char kVipAddressInUse[] = "VIP_ADDRESS_IN_USE";           // address, interface
inline constexpr char kVipInterfaceMissing[] = "VIP_INTERFACE_MISSING";    // interface
inline constexpr char kUnitNotFound[] = "UNIT_NOT_FOUND";                  // unit
inline constexpr char kTiebreakerUnreachable[] = "TIEBREAKER_UNREACHABLE"; // targets

// Agent: replication (channel in every one)
inline constexpr char kReplicationLagTooHigh[] = "REPLICATION_LAG_TOO_HIGH";            // lag_s, limit_s
inline constexpr char kReplicationSyncFailed[] = "REPLICATION_SYNC_FAILED";             // exit_status, detail
inline constexpr char kReplicationPathMissing[] = "REPLICATION_PATH_MISSING";           // path
inline constexpr char kReplicationReceiverFailed[] = "REPLICATION_RECEIVER_FAILED";     // address, detail
inline constexpr char kReplicationCommandFailed[] = "REPLICATION_COMMAND_FAILED";       // exit_status, detail
inline constexpr char kReplicationOutputInvalid[] = "REPLICATION_OUTPUT_INVALID";       // detail
inline constexpr char kReplicationDrainTimeout[] = "REPLICATION_DRAIN_TIMEOUT";         // timeout_ms
inline constexpr char kReplicationLagBytesTooHigh[] = "REPLICATION_LAG_BYTES_TOO_HIGH"; // lag_bytes, limit_bytes
// PostgreSQL (resource codes also carry group and resource; channel codes carry channel). detail: the
// tool's own last line, untranslated.
inline constexpr char kPgNotRunning[] = "PG_NOT_RUNNING";       // detail: the server does not answer
inline constexpr char kPgIsStandby[] = "PG_IS_STANDBY";         // runs, but in recovery: not the primary
inline constexpr char kPgIsPrimary[] = "PG_IS_PRIMARY";         // runs as a primary where it must follow
inline constexpr char kPgCommandFailed[] = "PG_COMMAND_FAILED"; // command, exit_status, detail
inline constexpr char kPgHeld[] = "PG_HELD";                    // path: kept stopped, never started as primary
inline constexpr char kPgRewindFailed[] = "PG_REWIND_FAILED";   // detail, path
inline constexpr char kPgPrimaryUnreachable[] = "PG_PRIMARY_UNREACHABLE";    // address
inline constexpr char kPgNotCleanlyStopped[] = "PG_NOT_CLEANLY_STOPPED";     // state
inline constexpr char kPgStandbyBehind[] = "PG_STANDBY_BEHIND";              // replay_lsn, checkpoint_lsn, timeout_ms
inline constexpr char kPgStandbyNotStreaming[] = "PG_STANDBY_NOT_STREAMING"; // state ("" when no standby is connected)
inline constexpr char kDivergenceNotFound[] = "DIVERGENCE_NOT_FOUND";        // id: no kept set of that id on this node
// postgres.discover (the setup wizard): what keeps a cluster from being a primary or a standby.
inline constexpr char kPgLsclustersMissing[] = "PG_LSCLUSTERS_MISSING";  // pg_lsclusters (postgresql-common) absent
inline constexpr char kPgClusterDown[] = "PG_CLUSTER_DOWN";              // version, cluster: not running, not checked
inline constexpr char kPgWalLevelMinimal[] = "PG_WAL_LEVEL_MINIMAL";     // wal_level
inline constexpr char kPgNoWalSenders[] = "PG_NO_WAL_SENDERS";           // max_wal_senders, needed
inline constexpr char kPgHotStandbyOff[] = "PG_HOT_STANDBY_OFF";         // a standby would take no queries
inline constexpr char kPgRewindNotPossible[] = "PG_REWIND_NOT_POSSIBLE"; // neither wal_log_hints nor checksums
inline constexpr char kPgNoReplicationUser[] = "PG_NO_REPLICATION_USER"; // user
inline constexpr char kPgUserLacksReplication[] = "PG_USER_LACKS_REPLICATION"; // user: no REPLICATION or no LOGIN
inline constexpr char kPgHbaNoReplication[] = "PG_HBA_NO_REPLICATION";         // user, line (0: no rule; else a reject)
inline constexpr char kPgSlotInactive[] = "PG_SLOT_INACTIVE";                  // slot: keeps WAL nobody reads
// postgres.basebackup: the cluster to become a standby must be stopped; its folder could not be set aside.
inline constexpr char kPgClusterRunning[] = "PG_CLUSTER_RUNNING"; // version, cluster
inline constexpr char kPgDataDirFailed[] = "PG_DATA_DIR_FAILED";  // path, detail
inline constexpr char kPgCopyRunning[] = "PG_COPY_RUNNING";       // version, cluster: the copy under way here
inline constexpr char kPgClusterUnknown[] = "PG_CLUSTER_UNKNOWN"; // version, cluster: pg_lsclusters lists no such
// The mirror over ssh (mirror.ssh_key, mirror.ssh_trust): this node's key pair could not be made or
// read; the peer's key could not be written into authorized_keys or known_hosts.
inline constexpr char kMirrorSshKeyFailed[] = "MIRROR_SSH_KEY_FAILED";     // path, detail
inline constexpr char kMirrorSshTrustFailed[] = "MIRROR_SSH_TRUST_FAILED"; // path, detail

// Agent: journal
inline constexpr char kJournalWriteFailed[] = "JOURNAL_WRITE_FAILED"; // path, detail
inline constexpr char kJournalChainBroken[] = "JOURNAL_CHAIN_BROKEN"; // seq
inline constexpr char kJournalReadFailed[] = "JOURNAL_READ_FAILED";   // path, detail

// Agent: coordinator (switchover, failover, readiness)
inline constexpr char kPeerUnreachable[] = "PEER_UNREACHABLE";                  // peer
inline constexpr char kPeerNoResponse[] = "PEER_NO_RESPONSE";                   // peer, timeout_ms
inline constexpr char kConfigMismatch[] = "CONFIG_MISMATCH";                    // local, peer (checksums)
inline constexpr char kOperationInProgress[] = "OPERATION_IN_PROGRESS";         // id, kind, group
inline constexpr char kOperationNotFound[] = "OPERATION_NOT_FOUND";             // id
inline constexpr char kOperationNotCancellable[] = "OPERATION_NOT_CANCELLABLE"; // id, phase
inline constexpr char kOperationCancelled[] = "OPERATION_CANCELLED";            // id, actor
inline constexpr char kGroupNotRunning[] = "GROUP_NOT_RUNNING";                 // group, node
inline constexpr char kGroupFailed[] = "GROUP_FAILED";                          // group, node
inline constexpr char kSplitBrain[] = "SPLIT_BRAIN";                            // group, epoch, peer_epoch
inline constexpr char kNoActiveNode[] = "NO_ACTIVE_NODE";                       // group
inline constexpr char kAlreadyActive[] = "ALREADY_ACTIVE";                      // group, node
inline constexpr char kUnknownGroup[] = "UNKNOWN_GROUP";                        // group
inline constexpr char kUnknownNode[] = "UNKNOWN_NODE";                          // node
inline constexpr char kStateWriteFailed[] = "STATE_WRITE_FAILED";               // path, detail

// Agent: the witness (the third vote) and its per-group leases
inline constexpr char kWitnessLeaseLost[] = "WITNESS_LEASE_LOST";     // group, witness: stepped down in time
inline constexpr char kWitnessLeaseHeld[] = "WITNESS_LEASE_HELD";     // group, holder, remaining_ms: takeover refused
inline constexpr char kWitnessUnreachable[] = "WITNESS_UNREACHABLE";  // witness
inline constexpr char kWitnessStoreFailed[] = "WITNESS_STORE_FAILED"; // the witness could not persist a grant
inline constexpr char kPingOnlyProtection[] = "PING_ONLY_PROTECTION"; // targets: cannot prevent two actives

// Agent: fencing (STONITH)
inline constexpr char kFenceFailed[] = "FENCE_FAILED";     // node, device, exit_status, detail: no takeover
inline constexpr char kFenceRequired[] = "FENCE_REQUIRED"; // node, device: takeover refused, fencing started

// Agent: maintenance mode
inline constexpr char kMaintenanceMode[] = "MAINTENANCE_MODE"; // group, by: planned operations need force

// Agent: config.validate and config.apply. The first three are issue codes, one per finding.
inline constexpr char kConfigSyntax[] = "CONFIG_SYNTAX";                 // line, column, rule, args, detail
inline constexpr char kConfigFieldMissing[] = "CONFIG_FIELD_MISSING";    // field
inline constexpr char kConfigFieldInvalid[] = "CONFIG_FIELD_INVALID";    // field, rule, args (ConfigRule), detail
inline constexpr char kConfigInvalid[] = "CONFIG_INVALID";               // errors, issues
inline constexpr char kConfigChangedOnDisk[] = "CONFIG_CHANGED_ON_DISK"; // path, expected, actual
inline constexpr char kConfigWriteFailed[] = "CONFIG_WRITE_FAILED";      // path, stage, detail
inline constexpr char kConfigReloadFailed[] = "CONFIG_RELOAD_FAILED";    // code, detail
// The two-phase config change (config.prepare, config.commit, config.abort, status "config_apply").
inline constexpr char kConfigApplyBusy[] = "CONFIG_APPLY_BUSY";                // tx, by, timeout_ms: another change
inline constexpr char kConfigApplyNotPrepared[] = "CONFIG_APPLY_NOT_PREPARED"; // tx: aborted, rolled back or unknown
// After a change (phase committed or rolled_back) the peer is not heard running this node's config
// (checksum) within waited_ms on these links ("name local -> peer"); automatic failover stays frozen.
inline constexpr char kConfigPeerUnheard[] = "CONFIG_PEER_UNHEARD"; // peer, checksum, phase, waited_ms, links
// node.facts: why the list of systemd units is empty (reason: SystemdGap in NodeDiscovery.h,
// detail: systemctl's error output)
inline constexpr char kSystemdUnavailable[] = "SYSTEMD_UNAVAILABLE";
// node.path_info: this many folder walks wait already; the wizard asks again later
inline constexpr char kNodeWalksBusy[] = "NODE_WALKS_BUSY"; // waiting
// An alert or the wizard's test message was not delivered: reason (NotifyFailure.h) and its
// parameters, plus the English `detail` for the agent's log and older consoles.
inline constexpr char kNotifyNotDelivered[] = "NOTIFY_NOT_DELIVERED";

// Every code above; the translation test checks each one has a sentence in every language.
QStringList allCodes();

} // namespace twinha::protocol::codes
