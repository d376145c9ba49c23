#pragma once

// JSON-RPC method and notification names shared by the console and the agent.
namespace twinha::protocol::methods {

inline constexpr char kHello[] = "hello";
inline constexpr char kStatusGet[] = "status.get";
inline constexpr char kStatusSubscribe[] = "status.subscribe";
inline constexpr char kStatusChanged[] = "status.changed"; // notification, agent -> console
inline constexpr char kEventsList[] = "events.list";
// This node's own history (agent/history), observers too: {series?: [names], from: ms, to: ms, step: ms}
// -> {from, step, count, series: [{name, values: [number | null]}], available: [names]}; names such as
// "link.lan.rtt_ms", "channel.pg.lag_s", "group.service.active", "peer.alive"; null is a gap.
inline constexpr char kHistoryGet[] = "history.get";
inline constexpr char kSwitchoverCheck[] = "switchover.check";
inline constexpr char kSwitchoverStart[] = "switchover.start";
inline constexpr char kSwitchoverProgress[] = "switchover.progress"; // notification, agent -> console
inline constexpr char kSwitchoverCancel[] = "switchover.cancel";
// {on: bool, group?: string} -> {maintenance: {seq, on, groups, by, at}}; operators only.
inline constexpr char kMaintenanceSet[] = "maintenance.set";
inline constexpr char kConfigGet[] = "config.get";
inline constexpr char kConfigValidate[] = "config.validate";
inline constexpr char kConfigApply[] = "config.apply";
inline constexpr char kConfigCompose[] = "config.compose";
// The two-phase config change that both nodes take together (agent/config/ConfigApply); operators only.
// {tx, text, expected_checksum?, key?, timeout_ms?} -> {tx, checksum, staged, timeout_ms, validation}:
// validated and staged, not live; automatic moves frozen on this node until the change settles.
inline constexpr char kConfigPrepare[] = "config.prepare";
// {tx} -> {tx, path, checksum, backup, reloaded}: the staged text goes live.
inline constexpr char kConfigCommit[] = "config.commit";
// {tx} -> {tx, aborted}: the staged text is dropped (only before a commit).
inline constexpr char kConfigAbort[] = "config.abort";
// The sets a resync kept instead of deleting or overwriting them (agent/replication/DivergenceMethods);
// operators only. {} -> {node, sets: [{id, channel, group, node, folder, path, armed_at, kept_at, files,
// deleted, overwritten, bytes, present}], armed: [{channel, id, armed_at}]}
inline constexpr char kDivergenceList[] = "divergence.list";
// {id, limit?} -> {node, set, files: [{path, size, kind: deleted | overwritten}], more}
inline constexpr char kDivergenceShow[] = "divergence.show";
// The mirror over ssh (agent/replication/MirrorSshMethods); operators only.
// {} -> {node, public_key: "ssh-ed25519 AAAA..."}: this node's mirror key, made on first use.
inline constexpr char kMirrorSshKey[] = "mirror.ssh_key";
// {peer, public_key, host_keys: ["TYPE BASE64", ...]} -> {node, peer, authorized_keys, host_key_alias}:
// the peer's mirror key may start this node's mirror server and nothing else (authorized_keys, forced
// command); the peer's SSH host keys, as the console verified them, are pinned for the pushes to it.
inline constexpr char kMirrorSshTrust[] = "mirror.ssh_trust";
// What the setup wizard discovers on a node: interfaces, units, paths, free addresses.
inline constexpr char kNodeFacts[] = "node.facts";
inline constexpr char kNodePathInfo[] = "node.path_info";
inline constexpr char kNodeProbeAddress[] = "node.probe_address";
// The wizard's checks of the third vote and of a fence device before Apply (operators only):
// {address | etcd, ttl_ms?} -> {kind, address, reachable, knows_cluster, detail}
inline constexpr char kNodeProbeWitness[] = "node.probe_witness";
// {node, agent | script, options?, timeout_ms?} -> {node, device, ok, exit_status, detail} (action=monitor)
inline constexpr char kNodeProbeFence[] = "node.probe_fence";
// The wizard's test of an alert before Apply (operators only), one message now, no retry:
// {email: [...] | webhook, sendmail?, timeout_ms?} -> {way: "email" | "webhook", ok, detail}
inline constexpr char kNodeTestNotify[] = "node.test_notify";
// This node's PostgreSQL clusters for the wizard (agent/PostgresMethods); observers may ask.
// {replication_user?: "replicator"} -> {node, replication_user, clusters: [{version, name, port, status, owner,
// data_dir, config_dir, socket_dir, log_file, bin_dir, role?: "primary" | "standby", facts?, first_lag?,
// problems: [error objects]}], problems: [error objects]} (PG_LSCLUSTERS_MISSING where postgresql-common is not)
inline constexpr char kPostgresDiscover[] = "postgres.discover";
// Operators only: a stopped cluster of this node becomes a standby of `source` (pg_basebackup -R as
// its owner; the old data folder is kept beside it as <data_dir>.twinha-<time>).
// {version, cluster, source_host, source_port, replication_user} -> {version, cluster, data_dir, kept, bytes},
// with postgres.basebackup_progress {version, cluster, bytes} notifications once a second until then.
inline constexpr char kPostgresBasebackup[] = "postgres.basebackup";
inline constexpr char kPostgresBasebackupProgress[] = "postgres.basebackup_progress"; // notification
// Sent by `twinha-agent session` itself when it cannot reach the daemon, just before it exits.
inline constexpr char kSessionError[] = "session.error";
// Sent by `twinha-agent session` to the daemon first: {"ssh_client": $SSH_CLIENT}, so the journal
// can name where an operator connected from.
inline constexpr char kSessionInfo[] = "session.info";

} // namespace twinha::protocol::methods
