<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimText</name>
    <message>
        <source>%1: not reachable; it was active at epoch %2, and %3 took over at epoch %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reachable; it was active at epoch %2 until %3 ago, and %4 took over at epoch %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, and may still run the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, %3 ago, and may still run the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop failed on %1: the group may still run there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigApplyText</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 and %2: each agent checks the configuration and stages it; automatic failover is frozen until the change is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting on %1 and %2: the staged configuration is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing on %1 and %2: each agent writes the configuration, keeping a backup, and reloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until %1 and %2 hear each other on the new configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes run the new configuration and hear each other on it (%1 ms after the commit); automatic failover is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the nodes were not both prepared in time. Both keep their previous configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; both nodes keep their previous configuration. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the new configuration, but %2 did not take it. Automatic failover stays frozen on both nodes until they hear each other; apply the configuration again. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the nodes took the new configuration. Automatic failover stays frozen on each node until it hears the other on the same configuration; apply the configuration again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but they do not report hearing each other on it. Automatic failover stays frozen until they do; check the new heartbeat addresses, ports and any firewall. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigRule</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of tables [[%1]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, or a table of one string per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string &quot;host:port&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string (an absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an octal mode such as &quot;0660&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;-&apos;, &apos;_&apos;; up to 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must not contain line breaks or other control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (IPv6 as [address]:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; give this node&apos;s address, e.g. &quot;10.0.0.1:9464&quot;, or &quot;0.0.0.0:9464&quot; for every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with prefix, like 192.0.2.10/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name (up to 15 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;:&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a systemd unit name (letters, digits, &apos;:&apos;, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;\&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (&quot;root&quot; to run the commands as root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an etcd client URL such as http://10.0.0.5:2379</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is shorter than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is readable or writable by others (mode %2); make it mode 0600, owned by the agent&apos;s user: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key sent with the config is written only next to it, in %1; name it without a folder, like &quot;cluster.key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 × interval_ms (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under %2 × interval_ms (%3): one lost heartbeat can take a link down, and with one link declare a healthy peer dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly two [[node]] entries are required, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node &quot;%1&quot; is not one of the nodes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one [[link]] is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the endpoint of node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_user needs transport = &quot;ssh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mirror travels unencrypted to %1, which is not a private, loopback or link-local address; use transport = &quot;ssh&quot; unless this is a private cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either address (a TwinHA witness) or etcd, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic failover needs a witness or at least one tiebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-standby needs exactly one [[group]], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplex needs at least one [[group]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutual-backup needs exactly two [[group]] entries, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in mutual-backup the two groups must prefer different nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group has no resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: the commands run as root. Set run_as = &quot;root&quot; to say so, or name the user they run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: say which user the commands run as (&quot;root&quot; only if they need it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group holds one PostgreSQL instance; &quot;%1&quot; is the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL has one primary: it cannot run in a duplex cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; needs one [[replication]] of type &quot;postgresql&quot; (group = &quot;%1&quot;): it keeps the standby following the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (the owner of the PostgreSQL folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root; name its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no resource of type &quot;postgresql&quot; to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a fence device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either agent or script, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fence agent name (fence_ipmilan, fence_virsh, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent sets the action itself; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of script, email and webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the script&apos;s absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give sendmail&apos;s absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one; name the gateway or another host beyond the switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>What --screenshot shows: overview, charts, events, log, settings, switchover or welcome (the first-run page, without --cluster).</source>
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
        <source>Print JSON instead of text.</source>
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
        <source>events: at most N entries per node (default 100).</source>
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
    <message>
        <source>Resource group (default: the only one; for maintenance: the whole cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance takes &quot;on&quot; or &quot;off&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config takes &quot;apply FILE&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: only entries after CURSOR, as events prints it (node1:120,node2:98).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed confirmation, for scripts: takeover: the group&apos;s name; trust: the key&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, watch, check, switchover, takeover, events, maintenance on|off, config apply FILE or trust NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes a cursor as events prints it, such as node1:120,node2:98, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust takes the name of one node; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line client for TwinHA clusters.

Commands:
  status       both nodes as the console sees them
  watch        one timestamped JSON line per change, until interrupted
  check        the switchover pre-checks (readiness)
  switchover   move a group to the other node, with checks and a confirmation
  takeover     forced takeover when the pre-checks fail (the active node is dead and failover
               is manual): asks for the group&apos;s name, or --confirm GROUP
  events       both nodes&apos; journals, merged by time, in sentences; ends with the cursor
               for --after
  trust NODE   show the node&apos;s SSH host key fingerprint and trust it (or a changed key)
  divergence list | divergence show ID
               the files a resync kept instead of deleting or overwriting them, after a
               split or an unplanned failover (show: --limit N files)
  maintenance on|off
               maintenance mode for the cluster (or --group): the agents move nothing by
               themselves
  mirror trust
               let each node&apos;s mirror key into the other, for a mirror with transport =
               &quot;ssh&quot;; each pins the other&apos;s host key as this console verified it
  config apply FILE
               put FILE on both nodes as one change: both validate it, then both take it,
               with automatic failover frozen in between

Exit codes: 0 success, 1 a node unreachable, 2 usage or profile error, 3 not ready or refused,
4 the operation failed or was rolled back, 5 permission denied (observer).</source>
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
    <message>
        <source>This node stepped down from group %1: it could reach neither its peer nor the witness %2, so it stopped the group before its lease could run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 until an earlier holder&apos;s lease has certainly run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 for another %2 ms, until an earlier holder&apos;s lease has certainly run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2 for another %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness %1 does not answer. Until it does, no node can take over automatically. Check the witness host and the network to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness could not save a grant to its disk, so it refused to grant a new lease (this is safe). Check the disk of the witness host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only (%1). It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3): %4. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3). No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed: %3. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused for now: the silent peer may be frozen rather than off, so it must be powered off first, and fencing has started. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 must be powered off first, but fencing it with %2 failed; it is tried again shortly. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 is silent but may be frozen rather than off, so it must be powered off first. Fencing %1 with %2 has started; try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode (set by %2): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode (set by %1): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1 may observe the cluster but not operate it. Add %1 to the group %2 on this node (control.operators_group in cluster.toml), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not open the agent&apos;s control socket %2 (group %3, mode %4). Add %1 to the group %3 on this node (control.socket_group in cluster.toml), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 can be read by others (mode %2), so it was not used, as ssh would not use it either. Run &quot;chmod 600 %1&quot; and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server printed &quot;%1&quot; instead of starting the agent. Check the account&apos;s login shell, ~/.bashrc or ~/.profile (they must not print for a command session) and any ForceCommand in sshd_config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no kept set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another configuration change (%1, by %2) is under way on this node, so nothing was changed. It is committed or rolled back within %3 ms; apply again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node no longer holds configuration change %1 (it was rolled back after its time ran out, or aborted), so it keeps its previous configuration. Apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the configuration change this node does not hear %1 running the same configuration (%2) on the new links (%3) for %4 ms. Automatic failover stays frozen on this node until it does. Check that %1 got the change, its firewall and the new ports, or apply the configuration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node rolled the configuration change back, but does not hear %1 running the same configuration (%2) on its links (%3) for %4 ms: %1 may run the new one. Automatic failover stays frozen on this node until it hears %1. Apply the configuration again to both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 is passphrase-protected and there is nobody to ask for the passphrase: load it into ssh-agent (ssh-add %1) or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped the login as &quot;%2&quot; after too many keys were offered (sshd&apos;s MaxAuthTries; tried: %3). The ssh-agent probably holds several keys: set &quot;identities_only&quot;: true for this node in the cluster profile, with its &quot;identity&quot; key, or remove keys from the agent (ssh-add -d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). It may still be running on this node; check it before starting it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop: %3 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop. It may still be running on this node; check it before starting it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 could not catch up in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot make or read its mirror key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot let its peer&apos;s mirror key in (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no verified host key of %1 (%2) to hand to its peer. Connect to %1 once and check its fingerprint, then set up the mirror again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby of %1 is too far behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby of %1 is %2 behind, over the limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a standby, not as the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a primary although the peer holds the group. It is left alone; the cluster&apos;s rules stop the group on one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL command of %1 failed; the node&apos;s status says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL of %1 is held stopped on the standby: it could not be made to follow the primary. The node&apos;s status says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL is held stopped on this node because it could not be made to follow the primary. Bring its data folder in line by hand (pg_rewind or a new pg_basebackup), then delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary of %1 in line with the new one; it stays stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary in line with the new one: %1. It stays stopped; after repairing it, delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby of %1 waits for a primary to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not answer as a primary yet; the standby waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly, so the standby cannot be shown to have every transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly (its control file says &quot;%1&quot;), so the standby cannot be shown to have every transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby did not show within %1 ms that it replayed the old primary&apos;s last checkpoint %2. Promoting it would lose transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby replayed WAL up to %1 only, short of the old primary&apos;s last checkpoint %2, within %3 ms. Promoting it would lose transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby streams from this primary (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby of %1 is not streaming (state: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_lsclusters was not found on this node, so its PostgreSQL clusters cannot be listed. Install postgresql-common, or enter the cluster&apos;s folders by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1/%2 is not running, so it could not be checked. Start it (pg_ctlcluster %1 %2 start), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_level is %1, which writes too little WAL for a standby. Set wal_level = replica in postgresql.conf and restart PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_wal_senders is %1; a standby and its first copy need at least %2. Raise it in postgresql.conf and restart PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot_standby is off, so as a standby this cluster would answer none of the agent&apos;s checks. Set hot_standby = on in postgresql.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither wal_log_hints nor data checksums are on, so a former primary cannot be rewound and must be copied again after a failover. Set wal_log_hints = on and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication role %1 does not exist. Create it with CREATE ROLE %1 WITH REPLICATION LOGIN and give it a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not log in or replicate. Run ALTER ROLE %1 WITH REPLICATION LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of pg_hba.conf rejects replication connections of %2. Allow them from the peer&apos;s address before that line, then reload PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf has no host line for the database &quot;replication&quot; that admits %1. Add one for the peer&apos;s address, then reload PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication slot %1 is not in use and keeps WAL that nobody reads, until the disk fills. Drop it with pg_drop_replication_slot(&apos;%1&apos;) if no standby needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1/%2 is running. Stop it (pg_ctlcluster %1 %2 stop) before it is copied from the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 could not be set aside for the copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 (%3), which has neither dpkg nor rpm: the console cannot install the agent there. Build twinha-agent from source on that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twinha-agent .%1 package for %2 was found next to the console. Choose the package file for node %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 does not suit %2, which needs a .%3 package for %4. Choose another package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is not root on %2 and may not use sudo there, so the console cannot install the agent. Run the commands below as root on that node, then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sudo password for %1 on %2 was not given; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %2 refused the password for %1 three times; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the package to %1 over SFTP failed (%2): %3. Check that the SSH server offers SFTP (Subsystem sftp in sshd_config) and that /tmp has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the command &quot;%2&quot; failed with exit status %3. It printed:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was installed on %1 but did not open its control socket within %2 s. Its service says:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agent refused the config: it has %n error(s). Correct them and apply again.</source>
        <translation>
            <numerusform>The agent refused the config: it has %n error. Correct it and apply again.</numerusform>
            <numerusform>The agent refused the config: it has %n errors. Correct them and apply again.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy from the primary into cluster %1/%2 runs on this node already. Wait until it has finished, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no PostgreSQL cluster %1/%2 (any more). Look again, and choose one it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The node already has %n folder check(s) waiting. Check the paths again in a moment.</source>
        <translation>
            <numerusform>The node already has %n folder check waiting. Check the paths again in a moment.</numerusform>
            <numerusform>The node already has %n folder checks waiting. Check the paths again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit status %2: %3</source>
        <extracomment>%3 is what the program printed on its error output</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started. Check that it is installed and executable on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server at %1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not reach %1: %2</source>
        <extracomment>%2 is the network library&apos;s own description of the error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not delivered: %1</source>
        <extracomment>a newer agent&apos;s reason; %1 is its own description, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactAge</name>
    <message>
        <source>never heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not heard since %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 said %2 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 last said; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FenceWait</name>
    <message>
        <source>its fence device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be frozen rather than off, so it is powered off before %2 takes over. Fencing %1 with %3 has started; the takeover is sent again as soon as %1 is reported off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was powered off by %2. Sending the takeover again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again to fence it once more, or skip fencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
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
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has never connected to %1 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2) before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Its %1 key fingerprint is:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To install the agent, the console runs sudo on node %1 (%2) as %3. The password is used for this installation only, and not kept.

sudo password for %3:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>by %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode: the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode (%1): the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode for group %1: the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode for group %1 (%2): the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1: the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1 (%2): the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on for group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on for groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance: %1 (%2)</source>
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
    <message>
        <source>Fencing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionText</name>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping tiebreakers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover is off: the standby never takes over by itself; an operator decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents do not report their protection level (an older agent version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes when the nodes lose each other but both still reach a tiebreaker (a symmetric split). Configure a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease of %1: %2, %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease of %1: no node holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease of %1: holder unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1 does not answer %2 (it answers %3): %2 can neither take nor renew a lease until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1 does not answer: automatic failover cannot happen until it does; the active node keeps running while its peer is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1 answers both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1 answers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1: no current word from the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes report different protection levels (%1: %2, %3: %4); the weaker is shown. Two active nodes are possible until both use the same setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on %1 does not report its protection level (an older version); the level shown is %2&apos;s alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover is off: an operator decides when the standby takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness and fencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping tiebreakers and fencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover with a witness and fencing: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes, and a node that falls silent is powered off before its peer takes over, so a frozen node cannot go on serving either. The strongest level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover with a witness: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes. A frozen node is not covered: a hung kernel still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover with ping tiebreakers and fencing: the standby powers the active node off before it takes over, so there are never two active nodes. But in a split where both nodes still reach a tiebreaker, the standby powers off a healthy active node: an outage a witness would avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: without a witness, a split where both nodes still reach a tiebreaker makes the standby power off a healthy active node (an avoidable outage). Configure a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: a frozen node still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2… A takeover waits until %1 is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was powered off by %2 %3 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was powered off by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
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
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To compare and trust it: twinhactl --cluster %1 trust %2</source>
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
    <message>
        <source>Not in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console logs in to both nodes over SSH, but the agent answers on neither. Each node&apos;s card says why (the agent service, access to its socket, or the login shell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer; it cannot reach %2 at all. Each node&apos;s card says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer the console, while its peer still hears it. Its card says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer, and its peer hears nothing from it: the agent on %1 is down. Its card says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target catches up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the items of a list inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the target failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
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
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::ConfigCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2); nothing was changed. A configuration change needs both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its previous configuration as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::DivergenceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node keeps a set named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  kept %3: %n file(s) (%4 deleted, %5 overwritten), %6</source>
        <translation>
            <numerusform>%1  %2  kept %3: %n file (%4 deleted, %5 overwritten), %6</numerusform>
            <numerusform>%1  %2  kept %3: %n files (%4 deleted, %5 overwritten), %6</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  channel %2: waiting for the resync from the peer, which keeps what it deletes or overwrites in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node keeps files from a resync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, channel %3, group %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is gone: someone removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and more; --limit N shows more of the %n file(s).</source>
        <translation>
            <numerusform>… and more; --limit N shows more of the %n file.</numerusform>
            <numerusform>… and more; --limit N shows more of the %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: twinhactl events --after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::MaintenanceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::MirrorCommand</name>
    <message>
        <source>%1: lets %2&apos;s mirror key in, and knows %2&apos;s host key</source>
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
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms; the service gap was not measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::TakeoverCommand</name>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from here or from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: split-brain. The data written on one side is lost when they are joined again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm takes the group&apos;s name, %1, exactly (not &quot;%2&quot;): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on a terminal: add --confirm %1 (the group&apos;s name) to take it over by force; --yes is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::TerminalPrompter</name>
    <message>
        <source>%1: passphrase for the key %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: password for %2@%3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sudo password for %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::app::TrustCommand</name>
    <message>
        <source>Trusted: the host key of %1 is saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is already trusted: %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 (%2) has CHANGED since it was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trusted until now: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offered now:       %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Replace the key only if you know why it changed and the new fingerprint matches the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove the old key from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1 changed again while it was being trusted (now %2): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s own, for example with &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm %1 is not this key&apos;s fingerprint (%2): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on a terminal: once you have compared the fingerprint, add --confirm %1 (--yes is not enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the old key with this one? Type yes or the new fingerprint: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key? Type yes or its fingerprint: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::AddressCheck</name>
    <message>
        <source>%1: not connected, so the address was not checked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the check failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the subnet of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the subnet of none of this node&apos;s interfaces, so other hosts may not reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the subnet of %2, so other hosts may not reach it. Check the prefix and the interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers, as expected: the cluster holds this address now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already assigned on this node. Remove it from the node&apos;s network settings: the cluster adds and removes it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something already answers on it (found with %1): another host uses this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested: %1 is not installed on this node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::AgentInstallBox</name>
    <message>
        <source>The console can install its own version of the agent on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console can install the agent on this node: it copies the package over SSH, installs it with the system&apos;s package tool (as root or through sudo) and starts the twinha-agent service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SSH user may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operate (switch over, apply config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the SSH user to the groups twinha and twinha-operators, or to twinha only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent package for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade agent on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install agent on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent packages (twinha-agent*.deb twinha-agent*.rpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the system and choose the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Become root (sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the package (SFTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the SSH user reach the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable and start the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed %1; the agent runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing…</source>
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
    <name>twinha::ui::ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not reported its status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not loaded the new configuration yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hear its peer on any heartbeat link yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports that the two nodes&apos; configurations differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still deciding its role (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither node has started the service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but the pair did not become healthy within %1: %2 Check the heartbeat addresses and ports, and any firewall between the nodes; the agents&apos; logs say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is running, but the console could not save its profile %1 (%2). Free some disk space or choose another folder, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is healthy and the console watches it from now on. You can finish here, or go on to try a switchover and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until both nodes run it and hear each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the console&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes take the configuration as one change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First both agents check the configuration and stage it; only then do both write it, keeping their previous file as a backup, and reload. Automatic failover is frozen until the nodes hear each other on the new configuration. A reload does not stop the running service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and stage the configuration on %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit it on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its previous version as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s profile of this cluster is saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the profile&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twinhactl needs this path: twinhactl --cluster %1 status. The console opens the profile by itself from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes could not set up the mirror over SSH, so nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let each node&apos;s mirror key into the other, over SSH</source>
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
        <source>Replication lag in WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilobytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag in bytes chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this much history; each node keeps 7 days of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the present again after zooming or panning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to move, double-click for live. Point at a mark to see the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 — %4</source>
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
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConfigDiffView</name>
    <message>
        <source>No change: the file stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to both servers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host keys are checked against %1. An unknown key is shown for you to compare before it is trusted; a changed key is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent started; asking who it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; reading the node&apos;s network and configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the SSH server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the agent (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is installed but its service is not running. Start it now and at every boot with: systemctl enable --now twinha-agent. Then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the address, the port or the jump host is wrong, correct it on the previous page; then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the user or the key file is wrong, correct it on the previous page; then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not trusted. Press Connect again to compare the fingerprint once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not go on until the server&apos;s administrator has confirmed its new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cause is fixed, press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered, but could not report the node&apos;s network or configuration: %1 Press Connect again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1, node name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both agents call themselves &quot;%1&quot;, but each node needs a name of its own. Check that the two addresses reach two different servers. The name is the short host name unless the agent&apos;s service runs with --node NAME; change it on one node, restart twinha-agent there and press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair already runs cluster %1: the next pages start from its current settings; settings the wizard does not show are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration on these servers is for other nodes than &quot;%1&quot; and &quot;%2&quot;. The next pages start from defaults, and applying replaces that configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has a configuration file; %2 has none. The next pages start from the file on %1, and the review page shows the text that will be applied to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration files on the two nodes differ. The next pages start from the file on %1; the review page shows the text that will be applied to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches the known_hosts file, or you confirmed it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is missing on this node: &quot;%1&quot; was not found. Install it below, or install the twinha-agent package on the node yourself and start it: systemctl enable --now twinha-agent. If it is installed elsewhere, set the agent command under Advanced on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console logs in to both servers and starts the agent on each. It changes nothing there unless you install the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration on these servers uses settings this console does not know: %1. It was written for a newer TwinHA; update the console before editing this cluster, or the wizard would drop them.</source>
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
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the agents from starting, stopping or moving anything by themselves, for the cluster or one group, or ends it</source>
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
    <message>
        <source>Maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node powered off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks and without fencing the other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease lost (epoch %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped down from group %1: its lease from the witness could not be renewed in time (epoch %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is on for the whole cluster: the agents start, stop and move nothing by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is on for group %1: the agents start, stop and move nothing of it by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is on for groups %1: the agents start, stop and move nothing of them by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is off: the agents act by themselves again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2: powering it off before a takeover, since it may be frozen rather than off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was powered off by %2; a takeover may go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept after a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer not heard after a configuration change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written on %1 during a split or before a failover are kept in %2: the resync from its peer would have deleted or overwritten them.</source>
        <translation>
            <numerusform>%n file written on %1 during a split or before a failover is kept in %2: the resync from its peer would have deleted or overwritten it.</numerusform>
            <numerusform>%n files written on %1 during a split or before a failover are kept in %2: the resync from its peer would have deleted or overwritten them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration %1 checked and staged (change %2); automatic failover is frozen for up to %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2); the previous file is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change %1 aborted: the staged configuration was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: the agent restarted while it was prepared. The running configuration stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: no commit came within %2 ms. The running configuration stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes run configuration %1 and hear each other on it (after %2 ms); automatic failover is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SSH from %2, unverified)</source>
        <extracomment>%2 is the address the operator&apos;s SSH session reported; the agent cannot confirm it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s mirror key (%2) may now push copies to this node over SSH, through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old primary rewound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL held stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL on this node had stopped as a primary without handing over. pg_rewind brought it onto the timeline of the primary at %1, discarding what it had written past the fork (its last checkpoint was %2 on timeline %3); it now follows as a standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits on the primary wait for the standby again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby of %1 is away: commits on the primary no longer wait for it, and automatic failover is off until it streams again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split-brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heartbeat link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) reached %3 after %n attempt(s).</source>
        <translation>
            <numerusform>The alert about %1 (%2) reached %3 after %n attempt.</numerusform>
            <numerusform>The alert about %1 (%2) reached %3 after %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) did not reach %3 after %n attempt(s): %4</source>
        <extracomment>%4 says why: a program that failed, or a web server that answered with an error</extracomment>
        <translation>
            <numerusform>The alert about %1 (%2) did not reach %3 after %n attempt: %4</numerusform>
            <numerusform>The alert about %1 (%2) did not reach %3 after %n attempts: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 is %2 s behind (limit %3 s): switchovers and automatic failover wait until it catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 is %2 bytes behind (limit %3): switchovers and automatic failover wait until it catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication %1 is within its limit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 runs again on this node (stopped and started in %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed on this node (%n time(s) within %2 min): restarting it here.</source>
        <translation>
            <numerusform>Group %1 failed on this node (%n time within %2 min): restarting it here.</numerusform>
            <numerusform>Group %1 failed on this node (%n times within %2 min): restarting it here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed again on this node (%n time(s) within %2 min): moving it to %3.</source>
        <translation>
            <numerusform>Group %1 failed again on this node (%n time within %2 min): moving it to %3.</numerusform>
            <numerusform>Group %1 failed again on this node (%n times within %2 min): moving it to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. Automatic failover is off, so it does not move to the peer: starting it here again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, where it was moved after failing on the peer: starting it here again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node and cannot move to the peer: %2 Starting it here again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node: starting it here again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, and its move to the peer within this window did not succeed: starting it here again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. In duplex mode it runs on both nodes, so there is nowhere to move it: starting it here again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 was stopped by this node&apos;s dead-man guard while the agent was silent. The peer did not take it over, so it is started again here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::FailoverPage</name>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens when the active node dies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual failover only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the active node dies, the standby waits for an operator to force a takeover from the console. There is no risk of split-brain, but the services stay down until someone acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiebreakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses both nodes reach on the network the clients use, such as the default gateway: an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tiebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.1 or tcp:host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tiebreaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tiebreakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tiebreaker. Enter an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s), plus the moment a tiebreaker takes to answer; then the standby starts the services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-case takeover: only when an operator acts. Automatic failover would take about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby takes over by itself when every heartbeat link has been silent past the dead time, the witness grants it the lease (or, without a witness, a tiebreaker still answers), and the replication lag was within its limit. A standby that is only cut off from the network must not start the services while the active node still runs them (split-brain), so automatic failover needs a witness or a tiebreaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fencing (STONITH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiebreakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has a fence device: when %2 fails, %1 takes over without powering it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the failure: the standby waits until the old lease has run out (lease TTL %2 s) and every heartbeat link has been silent past the dead time (%3 s); then it starts the services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing adds the time the device takes to power the node off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic failover needs a witness or at least one tiebreaker, or a standby that is merely cut off could take over while the active node still runs. Enter the witness&apos;s address, add a tiebreaker such as the default gateway&apos;s address, or choose manual failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one. Enter the default gateway&apos;s address or another host beyond the switch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::FenceBox</name>
    <message>
        <source>&quot;%1&quot; is not a fence agent (fence_ipmilan, fence_virsh, …), a path to one, or a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the options for %2 is not key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents give &quot;action&quot; to the fence device themselves; remove it from the options for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device that powers a node off, so that a silent node, which may be frozen rather than off, cannot go on serving: its peer takes over only once it is off. A fence agent from fence-agents (as Pacemaker uses them) or a script; its options go to it as key=value lines. Leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power off %1 with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fence device for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for %1&apos;s fence device, one key=value a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for fencing %1, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fence device for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %1 to run the device with action=monitor: it asks the power switch whether it answers and powers nothing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the device again at Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which would power %2 off, is not connected, so the device was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking the fence device for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not check the device. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches %2 for %3 (monitor ok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::FolderCheck</name>
    <message>
        <source>%1: not connected, so the folder could not be checked. Go back to the connection page and reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder could not be checked. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not exist. Create the folder on this node, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends more than %Ln file(s), %3; counting stopped there.</source>
        <translation>
            <numerusform>%1: %2 is a folder. The first copy sends more than %Ln file, %3; counting stopped there.</numerusform>
            <numerusform>%1: %2 is a folder. The first copy sends more than %Ln files, %3; counting stopped there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends %Ln file(s), %3.</source>
        <translation>
            <numerusform>%1: %2 is a folder. The first copy sends %Ln file, %3.</numerusform>
            <numerusform>%1: %2 is a folder. The first copy sends %Ln files, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder with %Ln file(s). It receives the copy: files the active node does not have are deleted from it.</source>
        <translation>
            <numerusform>%1: %2 is a folder with %Ln file. It receives the copy: files the active node does not have are deleted from it.</numerusform>
            <numerusform>%1: %2 is a folder with %Ln files. It receives the copy: files the active node does not have are deleted from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is an empty folder, ready to receive the copy.</source>
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
        <source>Take over without fencing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may still be running the service: both nodes may serve at once and data may diverge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip fencing only if you know that %1 is off, for example because you switched it off yourself. %2 then takes over group %3 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over &amp;without fencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for fencing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip fencing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes over without powering %1 off first: if it still runs, both nodes serve at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::GroupsPage</name>
    <message>
        <source>Groups and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves between the nodes: addresses, services and scripts, in groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group normally runs on the node it prefers, and each node is the standby of the other node&apos;s group. Let the two groups prefer different nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on both nodes at once; a switchover drains one node and returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on one node at a time; the other node stands by to take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources start from the top of the list down and stop from the bottom up. Put first what the others need: a service that listens on the virtual IP address comes after the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred node of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources, in start order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources of group %1, in start order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add virtual IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: virtual IP %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: script %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources yet. Add the address, services and scripts this group moves between the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start order: %1. Stop order: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group to fill in. Go back to the mode page and choose how the nodes share the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has no name. Enter a short name such as &quot;mail&quot; or &quot;web&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two groups are called &quot;%1&quot;. Give each group a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no resources. Add at least one: the virtual IP address, service or script that moves between the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mutual backup each group prefers one node. Choose the preferred node of group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In mutual backup the two groups must prefer different nodes: let &quot;%1&quot; prefer %2 and &quot;%3&quot; prefer %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PostgreSQL in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL resource is set on the Replication page, where both nodes&apos; clusters are listed.</source>
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
    <name>twinha::ui::HostsPage</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the cluster and say how the console reaches each of the two servers over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key file empty to use ssh-agent and your default keys. Passwords and key passphrases are asked for when connecting and are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent and default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the %1 private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional bastion to connect through: host, host:port or user@host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key for node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the server&apos;s address, a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address. Enter only the address; the user and the port have fields of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the user to log in as, for example root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the private key file %2 does not exist. Choose it with Browse…, or leave the field empty to use ssh-agent and the default keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the agent command is empty. Enter the command that starts the agent session, normally &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the jump host &quot;%2&quot; is not valid. Write it as host, host:port or user@host:port, or leave it empty to connect directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a cluster name: up to 32 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster name &quot;%1&quot; may only contain letters, digits, &quot;-&quot; and &quot;_&quot;, at most 32 of them. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node 1 and Node 2 both point to %1, port %2. Enter the address of the second server for Node 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPage</name>
    <message>
        <source>Heartbeat links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths on which the nodes check that the other one is alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each link is a path between the nodes. On every link each node sends small UDP heartbeats from its address and port to the other node&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead time in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two independent links, for example a private cable between the nodes and the public network, avoid false failovers: one broken cable or switch then does not look like a failed peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat(s) missed).</source>
        <translation>
            <numerusform>A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat missed).</numerusform>
            <numerusform>A failed peer is noticed after %1 s of silence on every link (%Ln heartbeats missed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one heartbeat link: without one the nodes cannot hear each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dead time must be at least three times the heartbeat interval, here %1 ms or more, so that a few lost heartbeats do not look like a failed peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: heartbeat %1 ms, dead time %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast: heartbeat %1 ms, dead time %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short timings need links with a few milliseconds of latency and jitter, and the agent running as root, so that its heartbeat runs at real-time priority. Even then, a node that stalls for a tenth of a second (a virtual machine whose host is busy) can have its services stopped by its own dead-man guard, or be taken over while healthy.</source>
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
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms, loss %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it last said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it last said: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of %1 on link %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port of %1 on link %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 has no name. Enter a short name such as &quot;private&quot; or &quot;public&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two links are called &quot;%1&quot;. Give each link a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of %1 on link &quot;%2&quot;: pick one of its addresses or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or host name. Enter the address of %2 on link &quot;%3&quot; without a /prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of %1 on link &quot;%2&quot; must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links &quot;%1&quot; and &quot;%2&quot; both use %3 on %4. Give each link its own address or port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On link &quot;%1&quot; both nodes use %2. Enter each node&apos;s own address on this path, or give them different ports.</source>
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
    <message>
        <source>&amp;New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceBanner</name>
    <message>
        <source>Ending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents act by themselves again: they start, stop and move groups as the configuration says, and fail over after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceDialog</name>
    <message>
        <source>The agents refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In maintenance mode the agents keep watching and reporting, but start, stop and move nothing by themselves, not even after a failure. A planned switchover needs force. Use it while you work on a node or a service, and end it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;whole cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorFields</name>
    <message>
        <source>&amp;Folder on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder, the same on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different folder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;port on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive port on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on which %1 receives the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on which each node receives the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby receives the copy on this TCP port, on the address of its first heartbeat link. The same port is used on both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folders on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder to mirror on %1, for example /var/mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path. Enter the full path of the folder on %2, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a system folder: mirroring it would delete files on the standby. Choose the folder that holds the service&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receive port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both nodes use the address %1, so they need different receive ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders are ready on both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must exist on both nodes, and both must answer. Fix what is listed above, then press Next again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorTransportBox</name>
    <message>
        <source>Encrypted, over &amp;SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, over &amp;SSH (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol (recommended on a private cable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each node sends the copy to the other&apos;s SSH server (%1 port %2, %3 port %4). Apply gives each node a key of its own and lets the other&apos;s key in, for the mirror only; each node checks the other&apos;s host key as this console verified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy travels unencrypted, authenticated with a password derived from the cluster key. Fine on a private cable between the nodes; anyone with access to that network can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not on a private network: the copy would cross it unencrypted, readable by anyone on the way. Choose SSH unless this is a private cable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModeDiagram</name>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A runs on node 1 and group B on node 2; each node takes over the other&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on node 1 and node 2 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on node 1; node 2 stands by and takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModePage</name>
    <message>
        <source>Cluster mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the two servers share the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mutual backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group of services runs on the active node. The standby node waits and takes the group over on a switchover or when the active node fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two groups: each node runs one of them and backs up the other&apos;s. If a node fails, the other runs both groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on both nodes at once, for services that can share the load. A switchover drains one node, so the other carries everything while it is serviced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs group A and %2 runs group B. The dashed arrows show where each group goes on a switchover or when its node fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs on %1 and %2 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs the group; the dashed arrow shows where it goes on a switchover or when %1 fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot standby runs one group, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual backup runs exactly two groups, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual backup needs a second group; going on adds one that prefers %1. You choose its resources on the groups page.</source>
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
    <message>
        <source>SSH login works; the agent does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Retrying in %n s.</numerusform>
            <numerusform>Retrying in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries to reach %1 again at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console does not try again by itself: put the problem right, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries to reach %1 again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::NotifyBox</name>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter addresses such as ops@example.com, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook address. Enter an http or https URL, such as https://chat.example.com/hooks/ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents can tell you themselves, with no console open: by email through each server&apos;s sendmail (its mail system must be able to send out), and by a webhook, such as a chat room&apos;s incoming webhook. Leave both empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web&amp;hook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://chat.example.com/hooks/ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on role changes, failovers, switchovers, split-brain, heartbeat links going down or up, replication lag above its limit, and fencing. A message that cannot be delivered is tried again for about 13 minutes; the event log says what was sent and what was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connected node sends one test message now, to the addresses and the webhook above. Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending a test mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: posting a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not send a test message. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed the test mail to sendmail. If it does not arrive within minutes, check that server&apos;s mail system (its queue and log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted the test message, and the webhook accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not send the test mail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not post to the webhook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither node is connected, so no test message was sent. Go back to the first page and connect to the nodes.</source>
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
    <name>twinha::ui::PostgresBox</name>
    <message>
        <source>Replication &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL role the standby connects as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby streams the primary&apos;s WAL as this role. It needs REPLICATION and LOGIN, and a host line for the database &quot;replication&quot; in pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the PostgreSQL clusters on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL cluster on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum WAL &amp;lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switchover or failover is refused while the standby has not replayed this much of the primary&apos;s WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2, port %3, %4</source>
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
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its PostgreSQL clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1. Go back to the connection page and reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL cluster was found on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for replication: wal_level %1, %2 WAL senders, role %3 may replicate, pg_hba.conf admits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in %1, configuration in %2, owned by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters on %1 and %2 are not copies of one another. Before Apply, make the standby a copy of the primary (pg_basebackup -R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both clusters run as primaries. Before Apply, make one a standby of the other (pg_basebackup -R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby streams from the primary on %1 yet, so there is no lag to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lag: the standby %1 (%2) is %3 and %4 s behind the primary on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for %1 to list its PostgreSQL clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL clusters of %1 could not be listed. Reconnect, then press Find clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no PostgreSQL cluster. Create one (pg_createcluster), then press Find clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen cluster on %1 is not running. Start it, then press Find clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two clusters belong to different users (%1 and %2); the agent runs both as one. Choose clusters with the same owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::PostgresCopy</name>
    <message>
        <source>The cluster %1/%2 on %3 is not a copy of the primary on %4. Copying makes it one, a standby (pg_basebackup). It must be stopped; what its data folder %5 holds now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the primary&apos;s cluster to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1. Reconnect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying from %1: %2 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1. Start the cluster on %2: it follows the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1; the folder&apos;s old content is in %2. Start the cluster on %3: it follows the primary.</source>
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
        <source>Stops on %1, in this order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1, in this order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. A switchover waits until they pass; the agents allow overriding these checks by force, at your own risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now, so they cannot be asked; each node&apos;s card says why. It reconnects by itself, and the checks run again as soon as an agent answers.</source>
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
    <name>twinha::ui::ProtectionPanel</name>
    <message>
        <source>What %1 says here is its last word: %2.</source>
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
    <name>twinha::ui::ReplicationPage</name>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the standby&apos;s copy of the data keeps up, and how far behind it may be for a switchover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster copies no data, for example because the data lives on shared storage or the service keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror folders with rsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent copies a folder from the active node to the standby with rsync, on every change and at least every 30 seconds. Files the active node does not have are deleted from the standby&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;command that reports the lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else replicates the data (a database, DRBD…). A command of yours tells the agent how far behind the standby is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group whose active node is the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data flows from the node where this group is active to the other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command l&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that prints the replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent runs it regularly with sh -c. It prints one JSON object such as %1. Only lag_s, the lag in seconds, is required; lag_bytes, last_sync and state are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum lag in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switchover is refused while the standby is further behind than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current config has %n more replication channel(s) that this page does not show. They are kept unless you choose No replication.</source>
        <translation>
            <numerusform>The current config has %n more replication channel that this page does not show. It is kept unless you choose No replication.</numerusform>
            <numerusform>The current config has %n more replication channels that this page does not show. They are kept unless you choose No replication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folders on both nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the replication channel, such as &quot;data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config already has a replication channel called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group whose active node the data is copied from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that prints the replication lag as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL streaming replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL streams its WAL from the primary to a standby. The agent promotes the standby on a switchover and makes the old primary follow it.</source>
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
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, group %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)</source>
        <translation>
            <numerusform>%n file from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)</numerusform>
            <numerusform>%n files from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as last reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, timeline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of WAL behind (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of WAL behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResourceEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;; shown in the console and the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group already has a resource called &quot;%1&quot;. Choose another name.</source>
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
    <message>
        <source>Show on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication lag and the heartbeat links around this operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the complete configuration that will be written to both nodes. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composing the configuration on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console lost its connection to %1. Go back to the Connect page and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new cluster key is generated and written to both nodes with the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for both agents to check the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both agents accept this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents refused this configuration. Go back to the page of each field named above, correct it, and return here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed is rewritten: the rest of the current file, its comments included, stays as it is. The current file is kept next to it as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change rewrites the whole file: settings this wizard does not show are kept, but the comments are not. The current file is kept next to it as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ScriptFields</name>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster runs your commands on the active node. The status command must exit with 0 while the resource runs, and with anything else when it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status command (exit 0 = running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;as user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User the commands run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three commands run as this user on both nodes. Keep root only if they need it: whoever may change this cluster&apos;s configuration decides what runs as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that starts the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that stops the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that tells whether the resource runs: exit status 0 means it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user the commands run as, such as root or the service&apos;s own user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::ServiceFields</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster starts this systemd service on the active node and stops it on the other. Disable it at boot on both nodes (systemctl disable), so that only the cluster starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such unit; install it there before the group can run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the systemd unit the cluster starts and stops, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit name. Choose one of the list or type a name like postfix.service.</source>
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
    <name>twinha::ui::SetupWizard</name>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
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
    <message>
        <source>Switch over in maintenance mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode. Switch it over to %2 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents carry out this switchover, with its steps and checks, although maintenance mode is on. Make sure nobody is working on either node. Maintenance mode stays on afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch over &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch over &amp;anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode is on: the agents switch over only when told to override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached now; switching back is possible once the console reaches it again.</source>
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
    <name>twinha::ui::TestSwitchoverPage</name>
    <message>
        <source>Test switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: move the service to the other node and back, and see how long clients would wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents run a real switchover of group %1, with their pre-checks, and then switch it back. Clients of the service see a short interruption twice. You can skip this and finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run a test switchover and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service moved there and back. The pair is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not complete: %1 The service runs where the agents left it; the dashboard shows where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is connected to neither agent. Go back to the Connect page, connect again, then try again.</source>
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
<context>
    <name>twinha::ui::VipFields</name>
    <message>
        <source>Virtual IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual IP address moves with the group: the active node adds it to the interface and announces it, so clients always reach the active node at the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address with prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual IP address with prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface of the virtual IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address on both nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the virtual IP address with its prefix length, for example 192.0.2.10/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length. Write it like 192.0.2.10/24 or 2001:db8::10/64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network interface that carries the address, for example eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name. Choose one of the list or type a name like eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 on both nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in use. Choose an address no other host has: the cluster adds it on the active node by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warnings above. To keep this address anyway, press OK again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free and fits the interface on both nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::WelcomePage</name>
    <message>
        <source>Welcome to TwinHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console watches pairs of servers in hot standby: which node is active, the heartbeat between them and the replication lag, and it switches the service over with one click. It reaches the TwinHA agent on each server over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a pair step by step: both servers and their SSH logins, the mode, the heartbeat links, the resources and the replication. The agents get their configuration from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a pair that is set up already, from its cluster profile (a .json file that the setup wizard saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it without servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the TwinHA source folder, run &lt;nobr&gt;&lt;code&gt;./quickstart.sh demo&lt;/code&gt;&lt;/nobr&gt;. It starts two nodes on this computer (127.0.0.1, each with its own sshd and agent) and opens the console on them; the demo stops when that console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::WitnessBox</name>
    <message>
        <source>&quot;%1&quot; is not a witness address. Enter host:port, such as 10.0.0.9:5410 (IPv6 in brackets: [2001:db8::9]:5410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third host running &quot;twinha-agent witness&quot; grants each group&apos;s lease to one node at a time, so that a network split cannot leave two active nodes. Leave the address empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, such as 10.0.0.9:5410</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lease TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease TTL in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster&apos;s witness is etcd (%1), set in cluster.toml; the wizard leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A takeover after a failure takes about one TTL: the standby waits until the old lease has certainly run out. A shorter TTL takes over sooner but leaves less room for a slow network to the witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks each connected node whether it reaches the witness. Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the witness address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither node is connected, so the witness was not checked. Go back to the first page and connect to the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking the witness at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not check the witness. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the witness again at Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2: %3 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2, and it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2: check the URL and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2 (%3): check the URL and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness at %1 does not answer %2: check the address, the firewall (UDP %3) and that twinha-witness runs on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, and it knows this cluster&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, but it does not have this cluster&apos;s key yet: copy /etc/twinha/cluster.key to the witness host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2. This cluster has no key yet: Apply makes it, then copy /etc/twinha/cluster.key to the witness host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twinha::ui::WizardPage</name>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
