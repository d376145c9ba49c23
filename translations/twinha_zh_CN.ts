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
        <source>Unknown language "%1"; use zh_CN, ja or en.</source>
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
  events       both nodes' journals, merged by time

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
        <source>unknown command "%1"; see --help.</source>
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
        <source>The agent rejected the request's parameters (%1).</source>
        <translation>代理拒绝了请求参数（%1）。</translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent's log on the node.</source>
        <translation>代理发生内部错误（%1）。请查看该节点上的代理日志。</translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation>权限不足：该 SSH 用户只能查看集群，不能执行操作。请以运维组（operators）成员身份登录。</translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with "systemctl start twinha-agent".</source>
        <translation>该节点上的 TwinHA 代理服务未运行（%1 无响应）。请执行“systemctl start twinha-agent”启动。</translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check "systemctl status twinha-agent"; the console reconnects by itself.</source>
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
        <source>The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the server's before trusting it.</source>
        <translation>%1 的主机密钥尚未登记（%2 %3）。信任之前，请与服务器上的指纹核对。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the connection. Connection refused; if the server was really reinstalled, remove its old key from %3 and verify the new one.</source>
        <translation>警告：%1 的主机密钥已改变（现为 %2）。连接可能正被他人截获，已拒绝连接。如果服务器确实重装过，请从 %3 中删除旧密钥并核实新密钥。</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be intercepting the connection. Connection refused; verify the server's keys before changing %3.</source>
        <translation>警告：%1 提供的是 %2 类型的主机密钥，但记录中是另一种类型的密钥。连接可能正被他人截获，已拒绝连接。修改 %3 之前，请先核实服务器的密钥。</translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1. Check that it exists and is readable.</source>
        <translation>无法读取已知主机文件 %1。请确认该文件存在且可读。</translation>
    </message>
    <message>
        <source>Authentication as "%1" on %2 failed (server offers: %3). Check the user name and that your key is in the server's authorized_keys.</source>
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
        <source>The cluster profile %1 has a bad field "%2": %3</source>
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
        <source>Resource %1 of group %2 did not finish "%3" within %4 ms.</source>
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
        <source>There is no group named "%1" in this cluster.</source>
        <translation>本集群中没有名为“%1”的资源组。</translation>
    </message>
    <message>
        <source>There is no node named "%1" in this cluster.</source>
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
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file's permissions and the disk, then restart the agent.</source>
        <translation>代理无法读取其日志 %1（%2），事件仅保存在内存中。请检查该文件的权限和磁盘，然后重启代理。</translation>
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

Compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.</source>
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
        <source>The console reaches neither node. Check this computer's network and the SSH settings.</source>
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
        <source>no result after 120 s; the agents go on with the operation. Follow it with "twinhactl watch".</source>
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
        <source>The console reaches %1 of %2 nodes.</source>
        <translation>控制台可连接 %2 个节点中的 %1 个。</translation>
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
</context>
<context>
    <name>twinha::ui::NodeCard</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Console's reach</source>
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
</context>
</TS>