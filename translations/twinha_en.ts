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
        <source>The console reaches %1 of %2 nodes.</source>
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
</context>
</TS>
