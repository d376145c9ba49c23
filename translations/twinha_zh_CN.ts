<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>TwinHA console for two-server hot-standby clusters.</source>
        <translation>TwinHA 双机热备集群控制台。</translation>
    </message>
    <message>
        <source>Open the cluster profile FILE.</source>
        <translation>打开集群配置文件 FILE。</translation>
    </message>
    <message>
        <source>Render offscreen, wait for the first full status, save a PNG and exit.</source>
        <translation>离屏渲染，等待首次完整状态后保存 PNG 截图并退出。</translation>
    </message>
    <message>
        <source>Language: zh_CN, ja or en.</source>
        <translation>界面语言：zh_CN、ja 或 en。</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits for both nodes (default 20).</source>
        <translation>--screenshot 等待两个节点的秒数（默认 20）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>将调试信息输出到标准错误。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN, ja or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN、ja 或 en。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout 需要一个正数（秒）。</translation>
    </message>
    <message>
        <source>--screenshot needs --cluster FILE.</source>
        <translation>--screenshot 需要同时指定 --cluster FILE。</translation>
    </message>
    <message>
        <source>What --screenshot shows: overview, charts, events, log, settings or switchover.</source>
        <translation>--screenshot 显示的内容：overview、charts、events、log、settings 或 switchover。</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits after the first full status (default 0.15).</source>
        <translation>收到第一次完整状态后 --screenshot 再等待的秒数（默认 0.15）。</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>未知页面“%1”，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--settle needs a number of seconds from 0 to 600.</source>
        <translation>--settle 需要 0 到 600 之间的秒数。</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>Cluster profile FILE.</source>
        <translation>集群配置文件 FILE。</translation>
    </message>
    <message>
        <source>Seconds to wait for the nodes (default 15).</source>
        <translation>等待节点的秒数（默认 15）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>将调试信息输出到标准错误。</translation>
    </message>
    <message>
        <source>--cluster FILE is required.</source>
        <translation>必须指定 --cluster FILE。</translation>
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
        <translation>TwinHA 集群命令行客户端。

命令：
  status       控制台所见的两个节点状态
  watch        每次变化输出一行带时间戳的 JSON，直到中断
  check        切换前检查（就绪状态）
  switchover   经检查和确认后，将资源组切换到另一节点
  events       两个节点的日志，按时间合并

退出码：0 成功；1 有节点无法连接；2 用法或配置文件错误；3 未就绪或被拒绝；
4 操作失败或已回滚；5 权限不足（仅可查看）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 而非文本输出。</translation>
    </message>
    <message>
        <source>Resource group (default: the only one).</source>
        <translation>资源组（默认：唯一的那个）。</translation>
    </message>
    <message>
        <source>Target node (default: the other one).</source>
        <translation>目标节点（默认：另一个节点）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不再询问确认。</translation>
    </message>
    <message>
        <source>events: only entries after sequence number SEQ.</source>
        <translation>events：只显示序号 SEQ 之后的条目。</translation>
    </message>
    <message>
        <source>events: at most N entries per node (default 100).</source>
        <translation>events：每个节点最多 N 条（默认 100）。</translation>
    </message>
    <message>
        <source>status, watch, check, switchover or events</source>
        <translation>status、watch、check、switchover 或 events</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>未指定命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The agent could not read a request (%1). Check that console and agent versions match.</source>
        <translation>代理无法解析请求（%1）。请确认控制台与代理的版本一致。</translation>
    </message>
    <message>
        <source>The agent rejected a malformed request (%1).</source>
        <translation>代理拒绝了格式错误的请求（%1）。</translation>
    </message>
    <message>
        <source>The agent does not support this operation. Upgrade the agent on this node.</source>
        <translation>代理不支持此操作。请升级该节点上的代理。</translation>
    </message>
    <message>
        <source>The agent rejected the request&apos;s parameters (%1).</source>
        <translation>代理拒绝了请求参数（%1）。</translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent&apos;s log on the node.</source>
        <translation>代理发生内部错误（%1）。请查看该节点上的代理日志。</translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation>权限不足：该 SSH 用户只能查看集群，不能执行操作。请以运维组（operators）成员身份登录。</translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with &quot;systemctl start twinha-agent&quot;.</source>
        <translation>该节点上的 TwinHA 代理服务未运行（%1 无响应）。请执行“systemctl start twinha-agent”启动。</translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check &quot;systemctl status twinha-agent&quot;; the console reconnects by itself.</source>
        <translation>会话期间该节点上的 TwinHA 代理服务已停止。请检查“systemctl status twinha-agent”；控制台会自动重连。</translation>
    </message>
    <message>
        <source>The agent (version %1) speaks protocol %2, but this console speaks protocol %3. Install matching versions of the console and the agent.</source>
        <translation>代理（版本 %1）使用协议 %2，而本控制台使用协议 %3。请安装版本匹配的控制台与代理。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, the port and that sshd is running.</source>
        <translation>无法连接到 %1：%2。请检查地址、端口以及 sshd 是否在运行。</translation>
    </message>
    <message>
        <source>No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.</source>
        <translation>%1 未在规定时间内响应。请确认主机已开机，且防火墙未拦截 SSH 端口。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the server&apos;s before trusting it.</source>
        <translation>%1 的主机密钥尚未登记（%2 %3）。信任之前，请与服务器上的指纹核对。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the connection. Connection refused; if the server was really reinstalled, remove its old key from %3 and verify the new one.</source>
        <translation>警告：%1 的主机密钥已改变（现为 %2）。连接可能正被他人截获，已拒绝连接。如果服务器确实重装过，请从 %3 中删除旧密钥并核实新密钥。</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be intercepting the connection. Connection refused; verify the server&apos;s keys before changing %3.</source>
        <translation>警告：%1 提供的是 %2 类型的主机密钥，但记录中是另一种类型的密钥。连接可能正被他人截获，已拒绝连接。修改 %3 之前，请先核实服务器的密钥。</translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1. Check that it exists and is readable.</source>
        <translation>无法读取已知主机文件 %1。请确认该文件存在且可读。</translation>
    </message>
    <message>
        <source>Authentication as &quot;%1&quot; on %2 failed (server offers: %3). Check the user name and that your key is in the server&apos;s authorized_keys.</source>
        <translation>以“%1”身份登录 %2 认证失败（服务器支持：%3）。请检查用户名，并确认您的公钥已加入服务器的 authorized_keys。</translation>
    </message>
    <message>
        <source>Cannot load the private key %1. Check the path and its permissions.</source>
        <translation>无法加载私钥 %1。请检查路径及其权限。</translation>
    </message>
    <message>
        <source>SSH error with %1: %2</source>
        <translation>与 %1 的 SSH 连接出错：%2</translation>
    </message>
    <message>
        <source>The SSH server on %1 refused to open a session channel: %2</source>
        <translation>%1 上的 SSH 服务器拒绝打开会话通道：%2</translation>
    </message>
    <message>
        <source>twinha-agent is not installed on this node (command not found). Install the twinha-agent package there.</source>
        <translation>该节点未安装 twinha-agent（找不到命令）。请在该节点上安装 twinha-agent 软件包。</translation>
    </message>
    <message>
        <source>The agent session ended (exit status %1). %2</source>
        <translation>代理会话已结束（退出状态 %1）。%2</translation>
    </message>
    <message>
        <source>The node sent something that is not a TwinHA message (%1). Check that the agent command in the profile is right.</source>
        <translation>节点发来的内容不是 TwinHA 消息（%1）。请检查配置文件中的代理命令是否正确。</translation>
    </message>
    <message>
        <source>The node sent an oversized message (over %1 bytes); it was ignored.</source>
        <translation>节点发来的消息过大（超过 %1 字节），已忽略。</translation>
    </message>
    <message>
        <source>The agent did not answer in time. The node may be overloaded.</source>
        <translation>代理未及时响应，节点可能负载过高。</translation>
    </message>
    <message>
        <source>The connection to the node was lost. The console reconnects by itself.</source>
        <translation>与节点的连接已断开，控制台会自动重连。</translation>
    </message>
    <message>
        <source>Cannot open the cluster profile %1: %2</source>
        <translation>无法打开集群配置文件 %1：%2</translation>
    </message>
    <message>
        <source>The cluster profile %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>集群配置文件 %1 第 %2 行第 %3 列不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>The cluster profile %1 has a bad field &quot;%2&quot;: %3</source>
        <translation>集群配置文件 %1 的字段“%2”有误：%3</translation>
    </message>
    <message>
        <source>Error %1 reported by the agent.</source>
        <translation>代理报告错误 %1。</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled. Connect again when you have the credentials at hand.</source>
        <translation>已取消登录 %1。请在准备好凭据后重新连接。</translation>
    </message>
    <message>
        <source>The host key of %1 was accepted but could not be saved to %2 (%3). Check that the folder is writable.</source>
        <translation>已接受 %1 的主机密钥，但无法保存到 %2（%3）。请检查该目录是否可写。</translation>
    </message>
    <message>
        <source>The agent cannot read the cluster key %1 (%2). Both nodes need the same key file, mode 0600.</source>
        <translation>代理无法读取集群密钥 %1（%2）。两个节点需要相同的密钥文件，权限为 0600。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 cannot listen on %2 (%3). Check that the address belongs to this node and the port is free.</source>
        <translation>心跳线 %1 无法在 %2 上监听（%3）。请确认该地址属于本节点且端口未被占用。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3). %4</source>
        <translation>资源组 %2 的资源 %1 启动失败（退出状态 %3）。%4</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>资源组 %2 的资源 %1 停止失败（退出状态 %3）。%4 它可能仍在本节点运行；在其他节点启动前请先检查。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 did not finish &quot;%3&quot; within %4 ms.</source>
        <translation>资源组 %2 的资源 %1 未能在 %4 毫秒内完成“%3”。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 has stopped running.</source>
        <translation>资源组 %2 的资源 %1 已停止运行。</translation>
    </message>
    <message>
        <source>The virtual IP %1 already answers on %2, so it was not taken. Find the other holder first.</source>
        <translation>虚拟IP %1 已在 %2 上有应答，因此未接管。请先找出另一个持有者。</translation>
    </message>
    <message>
        <source>The network interface %1 for the virtual IP does not exist on this node.</source>
        <translation>本节点上不存在虚拟IP所用的网络接口 %1。</translation>
    </message>
    <message>
        <source>The systemd unit %1 is not installed on this node.</source>
        <translation>本节点未安装 systemd 单元 %1。</translation>
    </message>
    <message>
        <source>No tiebreaker answers (%1). Without one, automatic takeover is not safe.</source>
        <translation>仲裁目标均无应答（%1）。没有仲裁，自动接管不安全。</translation>
    </message>
    <message>
        <source>Replication lag of %1 is %2 s, over the limit of %3 s.</source>
        <translation>%1 的复制延迟为 %2 秒，超过上限 %3 秒。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2): %3</source>
        <translation>复制 %1 向备用节点复制失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>The replicated folder %1 of %2 does not exist.</source>
        <translation>%2 的复制目录 %1 不存在。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2: %3</source>
        <translation>备用节点无法在 %2 上接收复制 %1：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2): %3</source>
        <translation>复制 %1 的延迟检测命令失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s: %2</source>
        <translation>复制 %1 的延迟检测命令未输出包含 lag_s 的有效 JSON：%2</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up within %2 ms.</source>
        <translation>复制 %1 未能在 %2 毫秒内追平。</translation>
    </message>
    <message>
        <source>The agent cannot write its journal %1 (%2). Free disk space on the node; events are kept in memory meanwhile.</source>
        <translation>代理无法写入日志 %1（%2）。请释放节点磁盘空间；在此期间事件暂存于内存。</translation>
    </message>
    <message>
        <source>The journal was altered: its hash chain breaks at entry %1.</source>
        <translation>日志已被篡改：哈希链在第 %1 条处断开。</translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 was wrong three times. Connect again and retype it.</source>
        <translation>私钥 %1 的密码短语连续三次错误。请重新连接并再次输入。</translation>
    </message>
    <message>
        <source>The peer node %1 cannot be heard on any heartbeat link.</source>
        <translation>在所有心跳线上都收不到对端节点 %1 的心跳。</translation>
    </message>
    <message>
        <source>The peer node %1 did not take up the operation within %2 ms; nothing was changed there.</source>
        <translation>对端节点 %1 未在 %2 毫秒内接手该操作；对端未做任何更改。</translation>
    </message>
    <message>
        <source>The two nodes run different configurations (checksum %1 here, %2 on the peer). Copy the same cluster.toml to both nodes.</source>
        <translation>两个节点的配置不一致（本节点校验和 %1，对端 %2）。请将同一份 cluster.toml 复制到两个节点。</translation>
    </message>
    <message>
        <source>Another operation (%1 of group %2, id %3) is still running. Wait for it to finish.</source>
        <translation>另一个操作（资源组 %2 的 %1，编号 %3）仍在进行中。请等待其完成。</translation>
    </message>
    <message>
        <source>There is no operation with id %1 on this node.</source>
        <translation>本节点上没有编号为 %1 的操作。</translation>
    </message>
    <message>
        <source>Operation %1 is already past its checks (now: %2) and can no longer be cancelled; it finishes or rolls back by itself.</source>
        <translation>操作 %1 已通过检查阶段（当前：%2），无法再取消；它会自行完成或回滚。</translation>
    </message>
    <message>
        <source>Operation %1 was cancelled by %2 before anything was changed.</source>
        <translation>操作 %1 在任何更改之前已被 %2 取消。</translation>
    </message>
    <message>
        <source>Group %1 is not running on %2.</source>
        <translation>资源组 %1 未在 %2 上运行。</translation>
    </message>
    <message>
        <source>Group %1 has failed resources on %2. Repair them first.</source>
        <translation>资源组 %1 在 %2 上有故障资源。请先修复。</translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold group %1. The node with the older epoch steps down.</source>
        <translation>脑裂：两个节点都持有资源组 %1。纪元较旧的节点将退出。</translation>
    </message>
    <message>
        <source>No node holds group %1 at the moment.</source>
        <translation>目前没有节点持有资源组 %1。</translation>
    </message>
    <message>
        <source>Group %1 already runs on %2.</source>
        <translation>资源组 %1 已在 %2 上运行。</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot; in this cluster.</source>
        <translation>本集群中没有名为“%1”的资源组。</translation>
    </message>
    <message>
        <source>There is no node named &quot;%1&quot; in this cluster.</source>
        <translation>本集群中没有名为“%1”的节点。</translation>
    </message>
    <message>
        <source>The agent cannot save its role to %1 (%2), so it changed nothing. Free disk space on the node.</source>
        <translation>代理无法将角色保存到 %1（%2），因此未做任何更改。请释放节点磁盘空间。</translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2: %3. Check AllowTcpForwarding on the jump host and that it can reach the node.</source>
        <translation>跳板机 %1 拒绝将连接转发到 %2：%3。请检查跳板机的 AllowTcpForwarding 设置，以及它能否访问该节点。</translation>
    </message>
    <message>
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file&apos;s permissions and the disk, then restart the agent.</source>
        <translation>代理无法读取其日志 %1（%2），事件仅保存在内存中。请检查该文件的权限和磁盘，然后重启代理。</translation>
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
        <translation>密钥密码短语</translation>
    </message>
    <message>
        <source>Passphrase for the key %1 (node %2):</source>
        <translation>密钥 %1 的密码短语（节点 %2）：</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>Password for %1@%2 (node %3):</source>
        <translation>%1@%2 的密码（节点 %3）：</translation>
    </message>
    <message>
        <source>Login to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知主机密钥</translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2:%3) before.</source>
        <translation>控制台此前从未连接过节点 %1（%2:%3）。</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is:

%2

Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.</source>
        <translation>其 %1 密钥指纹为：

%2

信任之前，请与服务器本机的指纹核对（在服务器上执行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>Heartbeat link lost</source>
        <translation>心跳线中断</translation>
    </message>
    <message>
        <source>%1: heartbeat link %2 is down.</source>
        <translation>%1：心跳线 %2 已中断。</translation>
    </message>
    <message>
        <source>Nodes cannot hear each other</source>
        <translation>节点之间失去心跳</translation>
    </message>
    <message>
        <source>%1: the nodes hear each other on no heartbeat link.</source>
        <translation>%1：两个节点之间所有心跳线都收不到对方的心跳。</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>%1: group %2 failed over to %3.</source>
        <translation>%1：资源组 %2 已故障切换到 %3。</translation>
    </message>
    <message>
        <source>%1: failover of group %2 to %3 did not complete.</source>
        <translation>%1：资源组 %2 故障切换到 %3 未能完成。</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>脑裂</translation>
    </message>
    <message>
        <source>%1: both nodes run a group that may run on one node only. Stop it on one node now.</source>
        <translation>%1：两个节点同时运行了只允许在一个节点上运行的资源组。请立即在其中一个节点上停止它。</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>%1: replication %2 is %3 s behind.</source>
        <translation>%1：复制通道 %2 延迟 %3 秒。</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>EPOCH</source>
        <translation>纪元</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>State: %1. %2</source>
        <translation>状态：%1。%2</translation>
    </message>
    <message>
        <source>Group %1 (%2 → %3): ready for switchover.</source>
        <translation>资源组 %1（%2 → %3）：可以切换。</translation>
    </message>
    <message>
        <source>Group %1: blocked: %2</source>
        <translation>资源组 %1：已阻止：%2</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Starting session…</source>
        <translation>正在启动会话…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>主用</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Hot standby</source>
        <translation>双机热备</translation>
    </message>
    <message>
        <source>Mutual backup</source>
        <translation>双机互备</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>双机双工</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>未知模式</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>切换前检查</translation>
    </message>
    <message>
        <source>Stop on the source</source>
        <translation>在源节点停止</translation>
    </message>
    <message>
        <source>Final replication</source>
        <translation>最终同步</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Start on the target</source>
        <translation>在目标节点启动</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Handed to the peer</source>
        <translation>已交由对端执行</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Peer reachable over a heartbeat link</source>
        <translation>可通过心跳线连接对端</translation>
    </message>
    <message>
        <source>Same configuration on both nodes</source>
        <translation>两个节点配置一致</translation>
    </message>
    <message>
        <source>The group has an active node</source>
        <translation>资源组有主用节点</translation>
    </message>
    <message>
        <source>No split-brain</source>
        <translation>无脑裂</translation>
    </message>
    <message>
        <source>No other operation running</source>
        <translation>没有其他操作在进行</translation>
    </message>
    <message>
        <source>Group running on the source</source>
        <translation>资源组在源节点运行</translation>
    </message>
    <message>
        <source>Target node healthy</source>
        <translation>目标节点健康</translation>
    </message>
    <message>
        <source>Replication lag of %1 within its limit</source>
        <translation>%1 的复制延迟在上限以内</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>脑裂</translation>
    </message>
    <message>
        <source>Connecting to the nodes…</source>
        <translation>正在连接节点…</translation>
    </message>
    <message>
        <source>The console reaches both nodes, and the nodes hear each other.</source>
        <translation>控制台可以连接两个节点，两个节点之间心跳正常。</translation>
    </message>
    <message>
        <source>The console reaches both nodes, but the nodes hear each other on no heartbeat link. Check the heartbeat network between them.</source>
        <translation>控制台可以连接两个节点，但两个节点之间所有心跳链路都不通。请检查两节点之间的心跳网络。</translation>
    </message>
    <message>
        <source>The console cannot reach %1, but its peer still hears it: the problem is between this console and %1, not in the cluster.</source>
        <translation>控制台无法连接 %1，但对端节点仍能收到它的心跳：问题出在本控制台与 %1 之间，而不是集群内部。</translation>
    </message>
    <message>
        <source>Neither the console nor its peer hears %1: the node or its agent is down.</source>
        <translation>控制台和对端节点都联系不上 %1：该节点或其代理已停止。</translation>
    </message>
    <message>
        <source>Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.</source>
        <translation>两个节点同时运行了只允许在一个节点上运行的资源组（脑裂）。请立即在其中一个节点上停止它。</translation>
    </message>
    <message>
        <source>The console reaches neither node. Check this computer&apos;s network and the SSH settings.</source>
        <translation>控制台无法连接任何一个节点。请检查本机网络和 SSH 设置。</translation>
    </message>
</context>
<context>
    <name>twinha::app::CheckCommand</name>
    <message>
        <source>Group %1: %2 → %3</source>
        <translation>资源组 %1：%2 → %3</translation>
    </message>
    <message>
        <source>  Stops on %1: %2</source>
        <translation>  在 %1 停止：%2</translation>
    </message>
    <message>
        <source>  Starts on %1: %2</source>
        <translation>  在 %1 启动：%2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>受阻。</translation>
    </message>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
</context>
<context>
    <name>twinha::app::ScreenshotTaker</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Timed out waiting for both nodes; the screenshot shows the state at that moment.</source>
        <translation>等待两个节点超时；截图显示的是当时的状态。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未响应</translation>
    </message>
</context>
<context>
    <name>twinha::app::SwitchoverCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
    <message>
        <source>not on a terminal: add --yes to confirm the switchover.</source>
        <translation>当前不在终端中：请加上 --yes 以确认切换。</translation>
    </message>
    <message>
        <source>Switch group %1 over to %2 now? [y/N]</source>
        <translation>现在将资源组 %1 切换到 %2 吗？[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no result after 120 s; the agents go on with the operation. Follow it with &quot;twinhactl watch&quot;.</source>
        <translation>120 秒后仍无结果；代理会继续执行该操作。请用“twinhactl watch”跟踪。</translation>
    </message>
    <message>
        <source>Operation %1 started.</source>
        <translation>操作 %1 已开始。</translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms, service gap %5 ms.</source>
        <translation>%1：资源组 %2 位于 %3。总耗时 %4 毫秒，服务中断 %5 毫秒。</translation>
    </message>
    <message>
        <source>the connection to %1 was lost; the agents go on with the operation. Reconnecting to see how it ends…</source>
        <translation>与 %1 的连接已断开；代理会继续执行该操作。正在重新连接以查看结果…</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogModel</name>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogWidget</name>
    <message>
        <source>The log file %1 does not exist yet: nothing has been written to it.</source>
        <translation>日志文件 %1 尚不存在：还没有写入任何内容。</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Copy the path from the field above.</source>
        <translation>没有可打开 %1 的程序。请从上方的字段中复制路径。</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Lowest level shown</source>
        <translation>显示的最低级别</translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation>筛选消息…</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Auto-&amp;scroll</source>
        <translation>自动滚动(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps the newest line in view</source>
        <translation>始终显示最新的一行</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>控制台日志</translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation>日志文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>日志文件路径</translation>
    </message>
    <message>
        <source>No log file: the console could not create one</source>
        <translation>无日志文件：控制台未能创建</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>打开日志文件(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the rotating log file with the desktop&apos;s text viewer</source>
        <translation>用桌面的文本查看器打开滚动日志文件</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ChartsPanel</name>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Heartbeat round trip</source>
        <translation>心跳往返时间</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Replication lag chart</source>
        <translation>复制延迟图表</translation>
    </message>
    <message>
        <source>Heartbeat round-trip chart</source>
        <translation>心跳往返时间图表</translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation>%1 的上限</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2 测得）</translation>
    </message>
    <message>
        <source>minutes before now</source>
        <translation>距今分钟数</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ClusterListWidget</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>集群 %1：%2</translation>
    </message>
</context>
<context>
    <name>twinha::ui::DashboardWidget</name>
    <message>
        <source>No cluster open</source>
        <translation>未打开集群</translation>
    </message>
    <message>
        <source>Open a cluster profile with File ▸ Open, or start the console with --cluster FILE.</source>
        <translation>请通过“文件 ▸ 打开”选择集群配置文件，或使用 --cluster FILE 启动控制台。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Epoch: %1</source>
        <translation>纪元：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventCsvWriter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>The disk is full; free some space or choose another place, then export again.</source>
        <translation>磁盘已满；请释放一些空间或选择其他位置，然后重新导出。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation>详细信息（JSON）</translation>
    </message>
    <message>
        <source>The folder does not exist; choose another one.</source>
        <translation>该文件夹不存在；请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventLogWidget</name>
    <message>
        <source>Filter events…</source>
        <translation>筛选事件…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>Shows only events whose time, node, type, actor or summary contains this text</source>
        <translation>仅显示时间、节点、类型、执行者或摘要中包含此文本的事件</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Event category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>&amp;Operator actions only</source>
        <translation>仅人工操作(&amp;O)</translation>
    </message>
    <message>
        <source>Shows only what people did, not what the agents did by themselves</source>
        <translation>只显示人员执行的操作，不显示代理自动执行的操作</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves the events shown, as filtered and sorted, to a CSV file</source>
        <translation>将当前显示的事件按筛选和排序结果保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Events of both nodes</source>
        <translation>两个节点的事件</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The events were not exported. %1</source>
        <translation>事件未导出。%1</translation>
    </message>
    <message>
        <source>Exported the events shown (%1) to %2.</source>
        <translation>已将显示的事件（%1 条）导出到 %2。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventTableModel</name>
    <message>
        <source>agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>%1 UTC, entry %2 of %3&apos;s journal</source>
        <translation>%1 UTC，%3 事件日志中的第 %2 条</translation>
    </message>
    <message>
        <source>Operator action by %1</source>
        <translation>%1 的人工操作</translation>
    </message>
    <message>
        <source>Automatic, by the agent</source>
        <translation>由代理自动执行</translation>
    </message>
    <message>
        <source>Not yet written to disk on %1: the agent keeps it in memory only.</source>
        <translation>尚未写入 %1 的磁盘：代理目前仅将其保存在内存中。</translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation>人工操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone</source>
        <translation>按本机时区显示</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventText</name>
    <message>
        <source>Switchover</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>排空</translation>
    </message>
    <message>
        <source>Undrain</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>代理已启动</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation>人工操作</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>心跳线恢复</translation>
    </message>
    <message>
        <source>Link down</source>
        <translation>心跳线中断</translation>
    </message>
    <message>
        <source>Peer back</source>
        <translation>对端恢复</translation>
    </message>
    <message>
        <source>Peer lost</source>
        <translation>对端失联</translation>
    </message>
    <message>
        <source>Resource failed</source>
        <translation>资源故障</translation>
    </message>
    <message>
        <source>Group start failed</source>
        <translation>资源组启动失败</translation>
    </message>
    <message>
        <source>Group stop failed</source>
        <translation>资源组停止失败</translation>
    </message>
    <message>
        <source>Configuration mismatch</source>
        <translation>配置不一致</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>脑裂</translation>
    </message>
    <message>
        <source>Split-brain resolved</source>
        <translation>脑裂已解除</translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>退出主用</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Switchovers and requests</source>
        <translation>切换与请求</translation>
    </message>
    <message>
        <source>Roles and takeovers</source>
        <translation>角色与接管</translation>
    </message>
    <message>
        <source>Heartbeat and peer</source>
        <translation>心跳与对端</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>故障与警告</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>Agent %1 started (epoch %2, %3).</source>
        <translation>代理 %1 已启动（纪元 %2，%3）。</translation>
    </message>
    <message>
        <source>Group %1 became active on this node (epoch %2).</source>
        <translation>资源组 %1 在本节点变为主用（纪元 %2）。</translation>
    </message>
    <message>
        <source>Group %1 became standby on this node (epoch %2).</source>
        <translation>资源组 %1 在本节点变为备用（纪元 %2）。</translation>
    </message>
    <message>
        <source>Group %1 is now %2 on this node (epoch %3).</source>
        <translation>资源组 %1 在本节点的状态现为%2（纪元 %3）。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 is up.</source>
        <translation>心跳线 %1 已连通。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 is down.</source>
        <translation>心跳线 %1 已中断。</translation>
    </message>
    <message>
        <source>Peer %1 is heard again.</source>
        <translation>重新收到对端 %1 的心跳。</translation>
    </message>
    <message>
        <source>Peer %1 is silent on every heartbeat link.</source>
        <translation>对端 %1 在所有心跳线上均无响应。</translation>
    </message>
    <message>
        <source>Group %1 failed to start: %2</source>
        <translation>资源组 %1 启动失败：%2</translation>
    </message>
    <message>
        <source>Group %1 failed to stop: %2</source>
        <translation>资源组 %1 停止失败：%2</translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold %1 (epoch %2 here, %3 on the peer).</source>
        <translation>脑裂：两个节点都持有 %1（本节点纪元 %2，对端纪元 %3）。</translation>
    </message>
    <message>
        <source>Split-brain resolved: only one node holds each group again.</source>
        <translation>脑裂已解除：每个资源组重新只由一个节点持有。</translation>
    </message>
    <message>
        <source>Switchover of group %1 from %2 to %3</source>
        <translation>资源组 %1 从 %2 切换到 %3</translation>
    </message>
    <message>
        <source>Failover of group %1 to %2</source>
        <translation>资源组 %1 故障切换到 %2</translation>
    </message>
    <message>
        <source>Drain of node %1 from group %2</source>
        <translation>将节点 %1 从资源组 %2 中排空</translation>
    </message>
    <message>
        <source>Return of node %1 to group %2</source>
        <translation>节点 %1 重新加入资源组 %2</translation>
    </message>
    <message>
        <source>Operation %1 on group %2</source>
        <translation>资源组 %2 上的操作 %1</translation>
    </message>
    <message>
        <source>completed, service gap %1 ms</source>
        <translation>已完成，服务中断 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 (step &quot;%2&quot; failed)</source>
        <translation>%1（步骤“%2”失败）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Requested a switchover of group %1.</source>
        <translation>请求切换资源组 %1。</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks.</source>
        <translation>请求将资源组 %1 切换到 %2，并强制跳过检查。</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2.</source>
        <translation>请求将资源组 %1 切换到 %2。</translation>
    </message>
    <message>
        <source>Requested cancelling operation %1.</source>
        <translation>请求取消操作 %1。</translation>
    </message>
    <message>
        <source>Requested %1.</source>
        <translation>请求了 %1。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Took over group %1 after the peer was silent for %2 ms (epoch %3).</source>
        <translation>对端 %2 毫秒无响应后，接管了资源组 %1（纪元 %3）。</translation>
    </message>
    <message>
        <source>Started group %1, which no node held (epoch %2).</source>
        <translation>启动了无节点持有的资源组 %1（纪元 %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 to end a split-brain (epoch %2).</source>
        <translation>为结束脑裂，本节点退出资源组 %1 的主用角色（纪元 %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1: cut off from the peer and the tiebreaker (epoch %2).</source>
        <translation>本节点退出资源组 %1 的主用角色：与对端和仲裁目标均失去联系（纪元 %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 after a restart with neither peer nor tiebreaker (epoch %2).</source>
        <translation>重启后既联系不到对端也联系不到仲裁目标，本节点退出资源组 %1 的主用角色（纪元 %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 (epoch %2).</source>
        <translation>本节点退出资源组 %1 的主用角色（纪元 %2）。</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>未提供原因。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ForcedTakeoverDialog</name>
    <message>
        <source>Forced takeover — %1</source>
        <translation>强制接管 — %1</translation>
    </message>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation>要在 %2 上强制接管资源组 %1 吗？</translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from this console or from %2.</source>
        <translation>此操作会跳过未通过的切换前检查。只有在清楚检查失败的原因时才可使用；如果 %1 无法连接，还必须确知它确实已宕机（例如已关机），而不只是与本控制台或 %2 断开了连接。</translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: &lt;b&gt;split-brain&lt;/b&gt;. The data written on one side is &lt;b&gt;lost&lt;/b&gt; when they are joined again.</source>
        <translation>如果 %1 仍在运行资源组 %2 却收不到 %3 的心跳，两个节点会同时为客户端提供服务：即&lt;b&gt;脑裂&lt;/b&gt;。两节点重新连接后，其中一侧写入的数据将会&lt;b&gt;丢失&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first; the replication lag was %3 at the last report.</source>
        <translation>如果 %2 无法先发送尚未复制到 %1 的更改，这些更改将会丢失；最近一次报告的复制延迟为 %3。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation>如果 %2 无法先发送尚未复制到 %1 的更改，这些更改将会丢失。</translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1:</source>
        <translation>请输入资源组名称 %1 以确认：</translation>
    </message>
    <message>
        <source>Group name, to confirm the forced takeover</source>
        <translation>资源组名称，用于确认强制接管</translation>
    </message>
    <message>
        <source>Taking over…</source>
        <translation>正在接管…</translation>
    </message>
    <message>
        <source>&amp;Take over by force</source>
        <translation>强制接管(&amp;T)</translation>
    </message>
    <message>
        <source>Starts group %1 on %2 without the failed pre-checks</source>
        <translation>忽略未通过的切换前检查，在 %2 上启动资源组 %1</translation>
    </message>
    <message>
        <source>The agents refused: %1</source>
        <translation>代理拒绝了该操作：%1</translation>
    </message>
    <message>
        <source>The console reaches neither node right now.</source>
        <translation>控制台目前无法连接任何一个节点。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::HealthBadge</name>
    <message>
        <source>Cluster state: %1</source>
        <translation>集群状态：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPanel</name>
    <message>
        <source>%1: no report</source>
        <translation>%1：无报告</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Heartbeat links</source>
        <translation>心跳线</translation>
    </message>
    <message>
        <source>No heartbeat report yet</source>
        <translation>尚无心跳报告</translation>
    </message>
    <message>
        <source>Heartbeat link %1</source>
        <translation>心跳线 %1</translation>
    </message>
    <message>
        <source>%1: %2
RTT %3 ms, loss %4 %</source>
        <translation>%1：%2
往返 %3 毫秒，丢包 %4%</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MainWindow</name>
    <message>
        <source>Open cluster profile</source>
        <translation>打开集群配置文件</translation>
    </message>
    <message>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation>集群配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation>无法打开集群</translation>
    </message>
    <message>
        <source>TwinHA — %1</source>
        <translation>TwinHA — %1</translation>
    </message>
    <message>
        <source>TwinHA</source>
        <translation>TwinHA</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open cluster profile…</source>
        <translation>打开集群配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation>未打开集群</translation>
    </message>
    <message>
        <source>%1: %2 of %3 agents connected</source>
        <translation>%1：已连接 %3 个代理中的 %2 个</translation>
    </message>
    <message>
        <source>Some clusters were not opened</source>
        <translation>部分集群未能打开</translation>
    </message>
    <message>
        <source>&amp;Remove cluster from list</source>
        <translation>从列表中移除集群(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Show TwinHA</source>
        <translation>显示 TwinHA</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>控制台日志</translation>
    </message>
    <message>
        <source>Pages of the selected cluster</source>
        <translation>所选集群的页面</translation>
    </message>
</context>
<context>
    <name>twinha::ui::NodeCard</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Console&apos;s reach</source>
        <translation>控制台连接</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>纪元</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>代理版本</translation>
    </message>
    <message>
        <source>Agent uptime</source>
        <translation>代理运行时间</translation>
    </message>
    <message>
        <source>System uptime</source>
        <translation>系统运行时间</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>live (%1 s)</source>
        <translation>实时（%1 秒前）</translation>
    </message>
    <message>
        <source>%1 old — last heard from the agent then</source>
        <translation>已过去 %1 —— 此后未收到代理消息</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>由本节点持有</translation>
    </message>
    <message>
        <source>virtual IP holder</source>
        <translation>持有虚拟 IP</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Drain %1 from this node…</source>
        <translation>从本节点撤出 %1…</translation>
    </message>
    <message>
        <source>Return %1 to this node…</source>
        <translation>将 %1 恢复到本节点…</translation>
    </message>
</context>
<context>
    <name>twinha::ui::OperationStepList</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1，已完成</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1，失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1，进行中</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckList</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckPage</name>
    <message>
        <source>Pre-checks by the agents</source>
        <translation>代理执行的切换前检查</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将要执行的操作</translation>
    </message>
    <message>
        <source>The console reaches neither node right now, so the agents cannot be asked. It reconnects by itself, and the checks run again as soon as a node answers.</source>
        <translation>控制台目前无法连接任何一个节点，因此无法询问代理。控制台会自动重新连接，一旦有节点响应就会重新检查。</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Switchover of group %1</source>
        <translation>资源组 %1 的切换</translation>
    </message>
    <message>
        <source>Asking the agents for their pre-checks…</source>
        <translation>正在向代理请求切换前检查结果…</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>正在重新检查…</translation>
    </message>
    <message>
        <source>Ready: every pre-check passed.</source>
        <translation>就绪：所有切换前检查均已通过。</translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. Nothing can move until they pass.</source>
        <translation>受阻：%2 项切换前检查中有 %1 项未通过。在全部通过之前无法切换。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Stops on %1, in this order: %2</source>
        <translation>在 %1 上按以下顺序停止：%2</translation>
    </message>
    <message>
        <source>Starts on %1, in this order: %2</source>
        <translation>在 %1 上按以下顺序启动：%2</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ProgressPage</name>
    <message>
        <source>Time since the request: %1</source>
        <translation>自发出请求起已过：%1</translation>
    </message>
    <message>
        <source>Steps completed so far</source>
        <translation>已完成的步骤</translation>
    </message>
    <message>
        <source>Waiting for the agents to report the operation…</source>
        <translation>正在等待代理报告操作进度…</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>发起者：%1</translation>
    </message>
    <message>
        <source>The console has lost its connection to the nodes. The agents go on without it; this window shows how the operation ended once the connection is back.</source>
        <translation>控制台与节点的连接已断开。代理会继续执行操作；连接恢复后，此窗口将显示操作的最终结果。</translation>
    </message>
    <message>
        <source>The agents&apos; answer to the start request was lost. If the switchover started, the agents complete it or roll it back, and it appears here.</source>
        <translation>未收到代理对启动请求的应答。如果切换已经开始，代理会将其完成或回滚，结果会显示在这里。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReadinessPanel</name>
    <message>
        <source>Ready: group %1 can be drained from %2.</source>
        <translation>就绪：资源组 %1 可以从 %2 撤出。</translation>
    </message>
    <message>
        <source>Ready: group %1 can run on %2 again.</source>
        <translation>就绪：资源组 %1 可以重新在 %2 上运行。</translation>
    </message>
    <message>
        <source>Ready: group %1 can move from %2 to %3.</source>
        <translation>就绪：资源组 %1 可以从 %2 切换到 %3。</translation>
    </message>
    <message>
        <source>the agents gave no reason.</source>
        <translation>代理未给出原因。</translation>
    </message>
    <message>
        <source>Blocked: group %1: %2</source>
        <translation>已阻止：资源组 %1：%2</translation>
    </message>
    <message>
        <source>Drain %1…</source>
        <translation>撤出 %1…</translation>
    </message>
    <message>
        <source>Return %1…</source>
        <translation>恢复 %1…</translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation>切换…</translation>
    </message>
    <message>
        <source>Switchover readiness: waiting for the agents…</source>
        <translation>切换就绪状态：正在等待代理…</translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation>%1（资源组 %2）</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReplicationTable</name>
    <message>
        <source>In sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>延迟过大</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Replication channels</source>
        <translation>复制通道</translation>
    </message>
    <message>
        <source>%1 s (limit %2 s)</source>
        <translation>%1 秒（上限 %2 秒）</translation>
    </message>
    <message>
        <source>unknown (limit %1 s)</source>
        <translation>未知（上限 %1 秒）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, group %3)</source>
        <translation>%1（%2，资源组 %3）</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResultPage</name>
    <message>
        <source>Total time:</source>
        <translation>总耗时：</translation>
    </message>
    <message>
        <source>Service gap:</source>
        <translation>服务中断：</translation>
    </message>
    <message>
        <source>Replication lag when the source stopped:</source>
        <translation>源节点停止时的复制延迟：</translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>How long clients could not reach the service: from the stop on the source to the start on the target, as the agents measured it.</source>
        <translation>客户端无法访问服务的时长：由代理测得，从源节点停止到目标节点启动。</translation>
    </message>
    <message>
        <source>As the source last reported it before the group stopped; the final replication step then copied what was left.</source>
        <translation>源节点在资源组停止前最后一次报告的值；之后的最终复制步骤已复制剩余的数据。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation>控制台设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The console switches at once; the agents are not affected</source>
        <translation>控制台立即切换语言；不影响代理</translation>
    </message>
    <message>
        <source>Chart &amp;window:</source>
        <translation>图表时间范围(&amp;W)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Chart window in minutes</source>
        <translation>图表时间范围（分钟）</translation>
    </message>
    <message>
        <source>How much history the replication lag chart shows</source>
        <translation>复制延迟图表显示的历史时长</translation>
    </message>
    <message>
        <source>Lag warning &amp;threshold:</source>
        <translation>延迟警告阈值(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Lag warning threshold in seconds</source>
        <translation>延迟警告阈值（秒）</translation>
    </message>
    <message>
        <source>Replication lag above this is shown as a warning and may notify you</source>
        <translation>复制延迟超过此值时显示为警告，并可发出通知</translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation>在以下情况通知我</translation>
    </message>
    <message>
        <source>Heart&amp;beat link lost</source>
        <translation>心跳线中断(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Failover</source>
        <translation>故障切换(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Split-brain</source>
        <translation>脑裂(&amp;S)</translation>
    </message>
    <message>
        <source>Replication la&amp;g over the threshold</source>
        <translation>复制延迟超过阈值(&amp;G)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverDialog</name>
    <message>
        <source>Cancellation requested. The agents stop if nothing has been changed yet.</source>
        <translation>已请求取消。如果尚未做出任何更改，代理将停止操作。</translation>
    </message>
    <message>
        <source>&amp;Switch over</source>
        <translation>切换(&amp;S)</translation>
    </message>
    <message>
        <source>Blocked until every pre-check passes</source>
        <translation>所有切换前检查通过之前不可用</translation>
    </message>
    <message>
        <source>Starts at once; the agents stop the group on the source, replicate what is left and start it on the target</source>
        <translation>立即开始：代理在源节点上停止资源组，复制剩余数据，然后在目标节点上启动</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Switchover — %1</source>
        <translation>切换 — %1</translation>
    </message>
    <message>
        <source>Take over by &amp;force…</source>
        <translation>强制接管(&amp;F)…</translation>
    </message>
    <message>
        <source>Overrides the failed checks. Dangerous: read the warning that follows.</source>
        <translation>忽略未通过的检查。此操作有风险：请阅读随后的警告。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the switchover</source>
        <translation>取消切换(&amp;N)</translation>
    </message>
    <message>
        <source>Possible only before the source has stopped the group</source>
        <translation>仅在源节点停止资源组之前可以取消</translation>
    </message>
    <message>
        <source>Closes this window; the agents finish a running switchover anyway</source>
        <translation>关闭此窗口；正在进行的切换仍会由代理完成</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverText</name>
    <message>
        <source>not measured</source>
        <translation>未测得</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Agent&apos;s verdict</source>
        <translation>代理的判断</translation>
    </message>
    <message>
        <source>%1 stops running group %2; %3 keeps serving it.</source>
        <translation>%1 停止运行资源组 %2；%3 继续提供服务。</translation>
    </message>
    <message>
        <source>%1 starts running group %2 again.</source>
        <translation>%1 重新开始运行资源组 %2。</translation>
    </message>
    <message>
        <source>Group %1 runs nowhere; it would start on %2.</source>
        <translation>资源组 %1 目前未在任何节点上运行；将在 %2 上启动。</translation>
    </message>
    <message>
        <source>Group %1 moves from %2 to %3.</source>
        <translation>资源组 %1 从 %2 切换到 %3。</translation>
    </message>
    <message>
        <source>&amp;Drain %1</source>
        <translation>排空 %1(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bring %1 back</source>
        <translation>恢复 %1(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Switch over to %1</source>
        <translation>切换到 %1(&amp;S)</translation>
    </message>
    <message>
        <source>Switch &amp;back to %1</source>
        <translation>切换回 %1(&amp;B)</translation>
    </message>
    <message>
        <source>Switching group %1 over from %2 to %3…</source>
        <translation>正在将资源组 %1 从 %2 切换到 %3…</translation>
    </message>
    <message>
        <source>Draining group %1 from %2…</source>
        <translation>正在从 %2 排空资源组 %1…</translation>
    </message>
    <message>
        <source>Starting group %1 on %2 again…</source>
        <translation>正在 %2 上重新启动资源组 %1…</translation>
    </message>
    <message>
        <source>%1 of group %2 to %3 in progress…</source>
        <translation>资源组 %2 到 %3 的%1正在进行…</translation>
    </message>
    <message>
        <source>Done: %1 is drained, and group %2 runs on %3.</source>
        <translation>完成：%1 已排空，资源组 %2 在 %3 上运行。</translation>
    </message>
    <message>
        <source>Done: %1 runs group %2 again.</source>
        <translation>完成：%1 已重新运行资源组 %2。</translation>
    </message>
    <message>
        <source>Done: group %1 now runs on %2.</source>
        <translation>完成：资源组 %1 现在在 %2 上运行。</translation>
    </message>
    <message>
        <source>Rolled back: group %1 was returned to where it was.</source>
        <translation>已回滚：资源组 %1 已恢复到原来的位置。</translation>
    </message>
    <message>
        <source>Rolled back: group %1 runs on %2 again.</source>
        <translation>已回滚：资源组 %1 重新在 %2 上运行。</translation>
    </message>
    <message>
        <source>Refused: the agents changed nothing.</source>
        <translation>已拒绝：代理未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled: the agents stopped before changing anything.</source>
        <translation>已取消：代理在做出任何更改之前停止了操作。</translation>
    </message>
    <message>
        <source>Failed: group %1 may be stopped. Look at the dashboard before you try again.</source>
        <translation>失败：资源组 %1 可能已停止。重试之前请先查看仪表板。</translation>
    </message>
    <message>
        <source>The agents carry out the switchover between themselves. Closing this window or losing the connection does not stop it; open this window again to see how it ended.</source>
        <translation>切换由两个节点上的代理自行完成。关闭此窗口或连接中断都不会使其停止；重新打开此窗口即可查看结果。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::TrayNotifier</name>
    <message>
        <source>TwinHA: %1</source>
        <translation>TwinHA：%1</translation>
    </message>
</context>
</TS>
