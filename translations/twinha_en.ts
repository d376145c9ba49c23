<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>TwinHA console for two-server hot-standby clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cluster profile FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render offscreen, wait for the first full status, save a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN, ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds --screenshot waits for both nodes (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN, ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --cluster FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --screenshot shows: overview, charts, events, log, settings or switchover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds --screenshot waits after the first full status (default 0.15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--settle needs a number of seconds from 0 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>Cluster profile FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the nodes (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line client for TwinHA clusters.

Commands:
  status       both nodes as the console sees them
  watch        one timestamped JSON line per change, until interrupted
  check        the switchover pre-checks (readiness)
  switchover   move a group to the other node, with checks and a confirmation
  events       both nodes&apos; journals, merged by time

Exit codes: 0 success, 1 a node unreachable, 2 usage or profile error, 3 not ready or refused,
4 the operation failed or was rolled back, 5 permission denied (observer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target node (default: the other one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: only entries after sequence number SEQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: at most N entries per node (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, watch, check, switchover or events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The agent could not read a request (%1). Check that console and agent versions match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent rejected a malformed request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not support this operation. Upgrade the agent on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent rejected the request&apos;s parameters (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent&apos;s log on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with &quot;systemctl start twinha-agent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check &quot;systemctl status twinha-agent&quot;; the console reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent (version %1) speaks protocol %2, but this console speaks protocol %3. Install matching versions of the console and the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, the port and that sshd is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the server&apos;s before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the connection. Connection refused; if the server was really reinstalled, remove its old key from %3 and verify the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be intercepting the connection. Connection refused; verify the server&apos;s keys before changing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1. Check that it exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication as &quot;%1&quot; on %2 failed (server offers: %3). Check the user name and that your key is in the server&apos;s authorized_keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the private key %1. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server on %1 refused to open a session channel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twinha-agent is not installed on this node (command not found). Install the twinha-agent package there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent session ended (exit status %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node sent something that is not a TwinHA message (%1). Check that the agent command in the profile is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node sent an oversized message (over %1 bytes); it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not answer in time. The node may be overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the node was lost. The console reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cluster profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster profile %1 is not valid JSON at line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster profile %1 has a bad field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1 reported by the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 was cancelled. Connect again when you have the credentials at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 was accepted but could not be saved to %2 (%3). Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot read the cluster key %1 (%2). Both nodes need the same key file, mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat link %1 cannot listen on %2 (%3). Check that the address belongs to this node and the port is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 did not finish &quot;%3&quot; within %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 has stopped running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual IP %1 already answers on %2, so it was not taken. Find the other holder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface %1 for the virtual IP does not exist on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systemd unit %1 is not installed on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiebreaker answers (%1). Without one, automatic takeover is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag of %1 is %2 s, over the limit of %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated folder %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 could not catch up within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot write its journal %1 (%2). Free disk space on the node; events are kept in memory meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was altered: its hash chain breaks at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 was wrong three times. Connect again and retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer node %1 cannot be heard on any heartbeat link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer node %1 did not take up the operation within %2 ms; nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two nodes run different configurations (checksum %1 here, %2 on the peer). Copy the same cluster.toml to both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation (%1 of group %2, id %3) is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation with id %1 on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is already past its checks (now: %2) and can no longer be cancelled; it finishes or rolls back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 was cancelled by %2 before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is not running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has failed resources on %2. Repair them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold group %1. The node with the older epoch steps down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node holds group %1 at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 already runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot; in this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no node named &quot;%1&quot; in this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot save its role to %1 (%2), so it changed nothing. Free disk space on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2: %3. Check AllowTcpForwarding on the jump host and that it can reach the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file&apos;s permissions and the disk, then restart the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is not valid TOML at line %1, column %2 (%3). Correct the syntax there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is not valid (%2). Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused the config: it has %1 error(s). Correct them and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config %1 was changed on the node since it was read, so nothing was written. Reload the config, review the changes and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent could not write the config %1 (%2); the previous config is unchanged. Free disk space or fix the folder&apos;s permissions on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config was written, but the agent could not start with it (%1: %2). See the agent&apos;s log on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd is not running on this node, so it has no services to choose from. Use a script resource instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent could not list the systemd services on this node (%1). Type the unit name instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key %1 (node %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2 (node %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2:%3) before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is:

%2

Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>Heartbeat link lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: heartbeat link %2 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes cannot hear each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the nodes hear each other on no heartbeat link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group %2 failed over to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failover of group %2 to %3 did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: both nodes run a group that may run on one node only. Stop it on one node now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replication %2 is %3 s behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPOCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (%2 → %3): ready for switchover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reachable over a heartbeat link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same configuration on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has an active node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other operation running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group running on the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target node healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag of %1 within its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches both nodes, and the nodes hear each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches both nodes, but the nodes hear each other on no heartbeat link. Check the heartbeat network between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot reach %1, but its peer still hears it: the problem is between this console and %1, not in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the console nor its peer hears %1: the node or its agent is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches neither node. Check this computer&apos;s network and the SSH settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::CheckCommand</name>
    <message>
        <source>Group %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Stops on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Starts on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::ScreenshotTaker</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for both nodes; the screenshot shows the state at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::SwitchoverCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on a terminal: add --yes to confirm the switchover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch group %1 over to %2 now? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result after 120 s; the agents go on with the operation. Follow it with &quot;twinhactl watch&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms, service gap %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost; the agents go on with the operation. Reconnecting to see how it ends…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogModel</name>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogWidget</name>
    <message>
        <source>The log file %1 does not exist yet: nothing has been written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1. Copy the path from the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest level shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file: the console could not create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the rotating log file with the desktop&apos;s text viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ChartsPanel</name>
    <message>
        <source>Replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat round-trip chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ClusterListWidget</name>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::DashboardWidget</name>
    <message>
        <source>No cluster open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cluster profile with File ▸ Open, or start the console with --cluster FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventCsvWriter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; free some space or choose another place, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventLogWidget</name>
    <message>
        <source>Filter events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only events whose time, node, type, actor or summary contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator actions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only what people did, not what the agents did by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the events shown, as filtered and sorted, to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events were not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the events shown (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventTableModel</name>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, entry %2 of %3&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator action by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic, by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet written to disk on %1: the agent keeps it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventText</name>
    <message>
        <source>Switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group start failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group stop failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchovers and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and takeovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat and peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 started (epoch %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 became active on this node (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 became standby on this node (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is now %2 on this node (epoch %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat link %1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat link %1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer %1 is heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer %1 is silent on every heartbeat link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 failed to start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 failed to stop: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold %1 (epoch %2 here, %3 on the peer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain resolved: only one node holds each group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover of group %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover of group %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain of node %1 from group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of node %1 to group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 on group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed, service gap %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step &quot;%2&quot; failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested a switchover of group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested cancelling operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over group %1 after the peer was silent for %2 ms (epoch %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started group %1, which no node held (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down from group %1 to end a split-brain (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down from group %1: cut off from the peer and the tiebreaker (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down from group %1 after a restart with neither peer nor tiebreaker (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down from group %1 (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ForcedTakeoverDialog</name>
    <message>
        <source>Forced takeover — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from this console or from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: &lt;b&gt;split-brain&lt;/b&gt;. The data written on one side is &lt;b&gt;lost&lt;/b&gt; when they are joined again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first; the replication lag was %3 at the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name, to confirm the forced takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over by force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts group %1 on %2 without the failed pre-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches neither node right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::HealthBadge</name>
    <message>
        <source>Cluster state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPanel</name>
    <message>
        <source>%1: no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
RTT %3 ms, loss %4 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::MainWindow</name>
    <message>
        <source>Open cluster profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwinHA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwinHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cluster profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 agents connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clusters were not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove cluster from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show TwinHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::NodeCard</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console&apos;s reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old — last heard from the agent then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual IP holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain %1 from this node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to this node…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::OperationStepList</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckList</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckPage</name>
    <message>
        <source>Pre-checks by the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reaches neither node right now, so the agents cannot be asked. It reconnects by itself, and the checks run again as soon as a node answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agents for their pre-checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: every pre-check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. Nothing can move until they pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops on %1, in this order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1, in this order: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ProgressPage</name>
    <message>
        <source>Time since the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps completed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the agents to report the operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has lost its connection to the nodes. The agents go on without it; this window shows how the operation ended once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents&apos; answer to the start request was lost. If the switchover started, the agents complete it or roll it back, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReadinessPanel</name>
    <message>
        <source>Ready: group %1 can be drained from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: group %1 can run on %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: group %1 can move from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover readiness: waiting for the agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReplicationTable</name>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (limit %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (limit %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, group %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResultPage</name>
    <message>
        <source>Total time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag when the source stopped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long clients could not reach the service: from the stop on the source to the start on the target, as the agents measured it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the source last reported it before the group stopped; the final replication step then copied what was left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console switches at once; the agents are not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart window in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much history the replication lag chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag warning &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag warning threshold in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag above this is shown as a warning and may notify you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart&amp;beat link lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication la&amp;g over the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverDialog</name>
    <message>
        <source>Cancellation requested. The agents stop if nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked until every pre-check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at once; the agents stop the group on the source, replicate what is left and start it on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over by &amp;force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides the failed checks. Dangerous: read the warning that follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel the switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible only before the source has stopped the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; the agents finish a running switchover anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverText</name>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops running group %2; %3 keeps serving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts running group %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 runs nowhere; it would start on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 moves from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching group %1 over from %2 to %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining group %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting group %1 on %2 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of group %2 to %3 in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 is drained, and group %2 runs on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 runs group %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: group %1 now runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: group %1 was returned to where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: group %1 runs on %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the agents changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the agents stopped before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: group %1 may be stopped. Look at the dashboard before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents carry out the switchover between themselves. Closing this window or losing the connection does not stop it; open this window again to see how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::TrayNotifier</name>
    <message>
        <source>TwinHA: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
