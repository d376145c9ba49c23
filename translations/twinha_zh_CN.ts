<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClaimText</name>
    <message>
        <source>%1: not reachable; it was active at epoch %2, and %3 took over at epoch %4.</source>
        <translation>%1：无法连接；它曾在纪元 %2 为主用，随后 %3 在纪元 %4 接管。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was active at epoch %2 until %3 ago, and %4 took over at epoch %5.</source>
        <translation>%1：无法连接；直到 %3 前它仍在纪元 %2 为主用，随后 %4 在纪元 %5 接管。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, and may still run the group.</source>
        <translation>%1：无法连接；最后一次收到其消息时它在纪元 %2 为主用，可能仍在运行该资源组。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, %3 ago, and may still run the group.</source>
        <translation>%1：无法连接；%3 前最后一次收到其消息时它在纪元 %2 为主用，可能仍在运行该资源组。</translation>
    </message>
    <message>
        <source>Stop failed on %1: the group may still run there.</source>
        <translation>%1 上的停止失败：该资源组可能仍在那里运行。</translation>
    </message>
</context>
<context>
    <name>ConfigApplyText</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Preparing %1 and %2: each agent checks the configuration and stages it; automatic failover is frozen until the change is over.</source>
        <translation>正在准备 %1 和 %2：每个代理程序检查并暂存配置；在变更结束之前自动故障切换处于冻结状态。</translation>
    </message>
    <message>
        <source>Aborting on %1 and %2: the staged configuration is dropped.</source>
        <translation>正在中止 %1 和 %2 上的变更：丢弃暂存的配置。</translation>
    </message>
    <message>
        <source>Committing on %1 and %2: each agent writes the configuration, keeping a backup, and reloads.</source>
        <translation>正在 %1 和 %2 上提交：每个代理程序写入配置（保留备份）并重新加载。</translation>
    </message>
    <message>
        <source>Waiting until %1 and %2 hear each other on the new configuration.</source>
        <translation>正在等待 %1 和 %2 以新配置互相收到心跳。</translation>
    </message>
    <message>
        <source>Both nodes run the new configuration and hear each other on it (%1 ms after the commit); automatic failover is active again.</source>
        <translation>两个节点都已使用新配置运行并互相收到心跳（提交后 %1 毫秒）；自动故障切换已恢复。</translation>
    </message>
    <message>
        <source>Nothing was changed: the nodes were not both prepared in time. Both keep their previous configuration.</source>
        <translation>未做任何更改：两个节点未能及时完成准备。两者都保留之前的配置。</translation>
    </message>
    <message>
        <source>Nothing was changed; both nodes keep their previous configuration. %1</source>
        <translation>未做任何更改；两个节点都保留之前的配置。%1</translation>
    </message>
    <message>
        <source>%1 runs the new configuration, but %2 did not take it. Automatic failover stays frozen on both nodes until they hear each other; apply the configuration again. %3</source>
        <translation>%1 已使用新配置，但 %2 未接受。在两个节点互相收到心跳之前，两者的自动故障切换都保持冻结；请再次应用配置。%3</translation>
    </message>
    <message>
        <source>It is not known whether the nodes took the new configuration. Automatic failover stays frozen on each node until it hears the other on the same configuration; apply the configuration again. %1</source>
        <translation>无法确定节点是否已接受新配置。每个节点在以相同配置收到对方心跳之前，其自动故障切换保持冻结；请再次应用配置。%1</translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but they do not report hearing each other on it. Automatic failover stays frozen until they do; check the new heartbeat addresses, ports and any firewall. %1</source>
        <translation>两个节点都已有新配置，但均未报告以新配置互相收到心跳。在此之前自动故障切换保持冻结；请检查新的心跳地址、端口以及防火墙。%1</translation>
    </message>
</context>
<context>
    <name>ConfigRule</name>
    <message>
        <source>missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>应为表（table）</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <source>expected an array of tables [[%1]]</source>
        <translation>应为表数组 [[%1]]</translation>
    </message>
    <message>
        <source>expected a string, or a table of one string per node</source>
        <translation>应为字符串，或每个节点一个字符串的表</translation>
    </message>
    <message>
        <source>expected a string &quot;host:port&quot;</source>
        <translation>应为“主机:端口”形式的字符串</translation>
    </message>
    <message>
        <source>expected a string (an absolute path)</source>
        <translation>应为字符串（绝对路径）</translation>
    </message>
    <message>
        <source>expected an octal mode such as &quot;0660&quot;</source>
        <translation>应为八进制权限，例如“0660”</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>未知的键（此处可用：%1）</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>未知的键；是否想写“%1”？</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>语法错误：%1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>文件大于 1 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;-&apos;, &apos;_&apos;; up to 63)</source>
        <translation>“%1”不是有效的名称（字母、数字、“-”、“_”，最多 63 个字符）</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>名称“%1”重复</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of this cluster</source>
        <translation>“%1”不是本集群的节点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute path</source>
        <translation>“%1”必须是绝对路径</translation>
    </message>
    <message>
        <source>the path must not contain line breaks or other control characters</source>
        <translation>路径中不能包含换行符或其他控制字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (IPv6 as [address]:port)</source>
        <translation>“%1”不是“主机:端口”格式（IPv6 写作 [地址]:端口）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be 1 to 65535</source>
        <translation>“%1”：端口必须在 1 至 65535 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; give this node&apos;s address, e.g. &quot;10.0.0.1:9464&quot;, or &quot;0.0.0.0:9464&quot; for every address</source>
        <translation>“%1”不是 IP 地址；请填写本节点的地址，例如“10.0.0.1:9464”，或用“0.0.0.0:9464”监听所有地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with prefix, like 192.0.2.10/24</source>
        <translation>“%1”不是带前缀长度的地址，例如 192.0.2.10/24</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name (up to 15 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;:&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation>“%1”不是网络接口名称（最多 15 个字母、数字、“_”、“.”、“@”、“:”或“-”，且不能以“-”或“.”开头）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a systemd unit name (letters, digits, &apos;:&apos;, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;\&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation>“%1”不是 systemd 单元名称（字母、数字、“:”、“_”、“.”、“@”、“\”或“-”，且不能以“-”或“.”开头）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>“%1”不是有效的用户名</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (&quot;root&quot; to run the commands as root)</source>
        <translation>本节点上没有用户“%1”（如需以 root 身份运行命令，请填“root”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an etcd client URL such as http://10.0.0.5:2379</source>
        <translation>“%1”不是 etcd 客户端 URL，例如 http://10.0.0.5:2379</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>“%1”不是 http 或 https URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>must be a number of seconds, 0 or more</source>
        <translation>必须是秒数，且不小于 0</translation>
    </message>
    <message>
        <source>must be 0 (no limit) or more</source>
        <translation>必须不小于 0（0 表示不限制）</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>密钥文件 %1 不存在</translation>
    </message>
    <message>
        <source>the key file %1 is not readable</source>
        <translation>无法读取密钥文件 %1</translation>
    </message>
    <message>
        <source>the key file %1 is shorter than %2 bytes</source>
        <translation>密钥文件 %1 不足 %2 字节</translation>
    </message>
    <message>
        <source>the key file %1 is readable or writable by others (mode %2); make it mode 0600, owned by the agent&apos;s user: chmod 600 %1</source>
        <translation>密钥文件 %1 可被其他用户读写（权限 %2）；请将权限设为 0600，属主为代理程序的运行用户：chmod 600 %1</translation>
    </message>
    <message>
        <source>a key sent with the config is written only next to it, in %1; name it without a folder, like &quot;cluster.key&quot;</source>
        <translation>随配置一起发送的密钥只会写在配置文件旁边，即 %1 中；请只写文件名，不带目录，例如“cluster.key”</translation>
    </message>
    <message>
        <source>%1 must be at least %2 × interval_ms (%3)</source>
        <translation>%1 必须至少为 interval_ms 的 %2 倍（%3）</translation>
    </message>
    <message>
        <source>%1 is under %2 × interval_ms (%3): one lost heartbeat can take a link down, and with one link declare a healthy peer dead</source>
        <translation>%1 小于 interval_ms 的 %2 倍（%3）：丢失一个心跳就可能使心跳线断开，只有一条心跳线时可能会把正常的对端判定为失效</translation>
    </message>
    <message>
        <source>exactly two [[node]] entries are required, found %1</source>
        <translation>必须恰好有两个 [[node]]，实际有 %1 个</translation>
    </message>
    <message>
        <source>this node &quot;%1&quot; is not one of the nodes (%2)</source>
        <translation>本节点“%1”不在节点列表中（%2）</translation>
    </message>
    <message>
        <source>at least one [[link]] is required</source>
        <translation>至少需要一条心跳线 [[link]]</translation>
    </message>
    <message>
        <source>missing the endpoint of node &quot;%1&quot;</source>
        <translation>缺少节点“%1”的地址</translation>
    </message>
    <message>
        <source>ssh_user needs transport = &quot;ssh&quot;</source>
        <translation>ssh_user 需要 transport = &quot;ssh&quot;</translation>
    </message>
    <message>
        <source>the mirror travels unencrypted to %1, which is not a private, loopback or link-local address; use transport = &quot;ssh&quot; unless this is a private cable</source>
        <translation>镜像数据以明文发送到 %1，而该地址不是私有、回环或链路本地地址；除非这是节点间的专用直连网线，否则请使用 transport = &quot;ssh&quot;</translation>
    </message>
    <message>
        <source>give either address (a TwinHA witness) or etcd, not both</source>
        <translation>address（TwinHA 仲裁节点）和 etcd 只能填写一个</translation>
    </message>
    <message>
        <source>automatic failover needs a witness or at least one tiebreaker</source>
        <translation>自动故障切换需要仲裁节点或至少一个仲裁目标</translation>
    </message>
    <message>
        <source>hot-standby needs exactly one [[group]], found %1</source>
        <translation>hot-standby 模式必须恰好有一个 [[group]]，实际有 %1 个</translation>
    </message>
    <message>
        <source>duplex needs at least one [[group]]</source>
        <translation>duplex 模式至少需要一个 [[group]]</translation>
    </message>
    <message>
        <source>mutual-backup needs exactly two [[group]] entries, found %1</source>
        <translation>mutual-backup 模式必须恰好有两个 [[group]]，实际有 %1 个</translation>
    </message>
    <message>
        <source>in mutual-backup the two groups must prefer different nodes</source>
        <translation>mutual-backup 模式下两个资源组的首选节点必须不同</translation>
    </message>
    <message>
        <source>the group has no resources</source>
        <translation>该资源组没有资源</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;</source>
        <translation>没有资源组“%1”</translation>
    </message>
    <message>
        <source>not set: the commands run as root. Set run_as = &quot;root&quot; to say so, or name the user they run as</source>
        <translation>未设置：命令将以 root 身份运行。请设置 run_as = &quot;root&quot; 明确这一点，或填写运行命令的用户</translation>
    </message>
    <message>
        <source>missing: say which user the commands run as (&quot;root&quot; only if they need it)</source>
        <translation>缺少此项：请指定运行命令的用户（仅在确有需要时才填“root”）</translation>
    </message>
    <message>
        <source>a group holds one PostgreSQL instance; &quot;%1&quot; is the second</source>
        <translation>一个资源组只能有一个 PostgreSQL 实例；“%1”是第二个</translation>
    </message>
    <message>
        <source>PostgreSQL has one primary: it cannot run in a duplex cluster</source>
        <translation>PostgreSQL 只有一个主库，不能在 duplex 集群中运行</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; needs one [[replication]] of type &quot;postgresql&quot; (group = &quot;%1&quot;): it keeps the standby following the primary</source>
        <translation>资源组“%1”需要一个 type 为“postgresql”的 [[replication]]（group = &quot;%1&quot;）：由它让备库持续跟随主库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL role name</source>
        <translation>“%1”不是简单的 PostgreSQL 角色名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL database name</source>
        <translation>“%1”不是简单的 PostgreSQL 数据库名</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (the owner of the PostgreSQL folders)</source>
        <translation>本节点上没有用户“%1”（应为 PostgreSQL 目录的属主）</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root; name its owner</source>
        <translation>PostgreSQL 拒绝以 root 身份运行；请填写其属主用户</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no resource of type &quot;postgresql&quot; to watch</source>
        <translation>资源组“%1”中没有可监视的“postgresql”类型资源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a fence device</source>
        <translation>“%1”已配置隔离设备</translation>
    </message>
    <message>
        <source>give either agent or script, not both</source>
        <translation>agent 和 script 必须且只能填写一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fence agent name (fence_ipmilan, fence_virsh, ...)</source>
        <translation>“%1”不是隔离代理程序名称（fence_ipmilan、fence_virsh 等）</translation>
    </message>
    <message>
        <source>the agent sets the action itself; remove it</source>
        <translation>代理程序会自行设置 action；请删除此项</translation>
    </message>
    <message>
        <source>give exactly one of script, email and webhook</source>
        <translation>script、email 和 webhook 必须且只能填写一个</translation>
    </message>
    <message>
        <source>give the script&apos;s absolute path</source>
        <translation>请填写脚本的绝对路径</translation>
    </message>
    <message>
        <source>give sendmail&apos;s absolute path</source>
        <translation>请填写 sendmail 的绝对路径</translation>
    </message>
    <message>
        <source>%1 is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one; name the gateway or another host beyond the switch</source>
        <translation>%1 就是本机自身：它总会应答，因此无法区分与网络断开的节点和正常的节点；请填写网关或交换机另一侧的其他主机</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>TwinHA console for two-server hot-standby clusters.</source>
        <translation>TwinHA 双机热备集群控制台。</translation>
    </message>
    <message>
        <source>Open the cluster profile FILE.</source>
        <translation>打开集群连接配置 FILE。</translation>
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
    <message>
        <source>What --screenshot shows: overview, charts, events, log, settings, switchover or welcome (the first-run page, without --cluster).</source>
        <translation>--screenshot 显示的内容：overview、charts、events、log、settings、switchover 或 welcome（首次运行页面，不带 --cluster）。</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>Cluster profile FILE.</source>
        <translation>集群连接配置 FILE。</translation>
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
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 而非文本输出。</translation>
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
        <source>events: at most N entries per node (default 100).</source>
        <translation>events：每个节点最多 N 条（默认 100）。</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>未指定命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Resource group (default: the only one; for maintenance: the whole cluster).</source>
        <translation>资源组（默认：唯一的那个；对 maintenance 而言：整个集群）。</translation>
    </message>
    <message>
        <source>maintenance takes &quot;on&quot; or &quot;off&quot;; see --help.</source>
        <translation>maintenance 需要“on”或“off”；请参阅 --help。</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>请参阅 --help。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit 需要 1 或更大的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>config takes &quot;apply FILE&quot;; see --help.</source>
        <translation>config 需要“apply FILE”；请参阅 --help。</translation>
    </message>
    <message>
        <source>events: only entries after CURSOR, as events prints it (node1:120,node2:98).</source>
        <translation>events：只显示 CURSOR 之后的条目，CURSOR 的写法与 events 输出的相同（node1:120,node2:98）。</translation>
    </message>
    <message>
        <source>The typed confirmation, for scripts: takeover: the group&apos;s name; trust: the key&apos;s fingerprint.</source>
        <translation>供脚本使用的输入确认：takeover 为组名；trust 为密钥指纹。</translation>
    </message>
    <message>
        <source>status, watch, check, switchover, takeover, events, maintenance on|off, config apply FILE or trust NODE</source>
        <translation>status、watch、check、switchover、takeover、events、maintenance on|off、config apply FILE 或 trust NODE</translation>
    </message>
    <message>
        <source>--after takes a cursor as events prints it, such as node1:120,node2:98, not &quot;%1&quot;.</source>
        <translation>--after 需要 events 输出的那种游标，例如 node1:120,node2:98，而不是“%1”。</translation>
    </message>
    <message>
        <source>trust takes the name of one node; see --help.</source>
        <translation>trust 需要一个节点的名称；参见 --help。</translation>
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
        <translation>TwinHA 集群的命令行客户端。

命令：
  status       两个节点在控制台眼中的状态
  watch        每次变化输出一行带时间戳的 JSON，直到被中断
  check        切换前检查（就绪状态）
  switchover   把一个组切换到另一个节点，带检查和确认
  takeover     前检查未通过时强制接管（主节点已宕机且故障切换为手动）：
               要求输入组名，或使用 --confirm GROUP
  events       两个节点的事件日志，按时间合并，以句子显示；最后给出供 --after 使用的游标
  trust NODE   显示节点的 SSH 主机密钥指纹并信任它（包括已变化的密钥）
  divergence list | divergence show ID
               脑裂或非计划故障切换后，重新同步时保留下来（而不是删除或覆盖）的文件
               （show：--limit N 个文件）
  maintenance on|off
               集群（或 --group）的维护模式：代理程序不会自行移动任何东西
  mirror trust
               让每个节点接受对方的镜像密钥，用于 transport = &quot;ssh&quot; 的镜像；
               每个节点按本控制台验证过的主机密钥固定对方的主机密钥
  config apply FILE
               把 FILE 作为一次变更放到两个节点上：两者都先校验，再一起采用，
               其间冻结自动故障切换

退出码：0 成功，1 有节点无法连接，2 用法或连接配置错误，3 未就绪或被拒绝，
4 操作失败或已回滚，5 权限不足（观察者）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The agent could not read a request (%1). Check that console and agent versions match.</source>
        <translation>代理程序无法解析请求（%1）。请确认控制台与代理程序的版本一致。</translation>
    </message>
    <message>
        <source>The agent rejected a malformed request (%1).</source>
        <translation>代理程序拒绝了格式错误的请求（%1）。</translation>
    </message>
    <message>
        <source>The agent does not support this operation. Upgrade the agent on this node.</source>
        <translation>代理程序不支持此操作。请升级该节点上的代理程序。</translation>
    </message>
    <message>
        <source>The agent rejected the request&apos;s parameters (%1).</source>
        <translation>代理程序拒绝了请求参数（%1）。</translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent&apos;s log on the node.</source>
        <translation>代理程序发生内部错误（%1）。请查看该节点上的代理程序日志。</translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation>权限不足：该 SSH 用户只能查看集群，不能执行操作。请以运维组（operators）成员身份登录。</translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with &quot;systemctl start twinha-agent&quot;.</source>
        <translation>该节点上的 TwinHA 代理程序服务未运行（%1 无响应）。请执行“systemctl start twinha-agent”启动。</translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check &quot;systemctl status twinha-agent&quot;; the console reconnects by itself.</source>
        <translation>会话期间该节点上的 TwinHA 代理程序服务已停止。请检查“systemctl status twinha-agent”；控制台会自动重连。</translation>
    </message>
    <message>
        <source>The agent (version %1) speaks protocol %2, but this console speaks protocol %3. Install matching versions of the console and the agent.</source>
        <translation>代理程序（版本 %1）使用协议 %2，而本控制台使用协议 %3。请安装版本匹配的控制台与代理程序。</translation>
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
        <translation>代理程序会话已结束（退出状态 %1）。%2</translation>
    </message>
    <message>
        <source>The node sent something that is not a TwinHA message (%1). Check that the agent command in the profile is right.</source>
        <translation>节点发来的内容不是 TwinHA 消息（%1）。请检查集群连接配置中的代理程序命令是否正确。</translation>
    </message>
    <message>
        <source>The node sent an oversized message (over %1 bytes); it was ignored.</source>
        <translation>节点发来的消息过大（超过 %1 字节），已忽略。</translation>
    </message>
    <message>
        <source>The agent did not answer in time. The node may be overloaded.</source>
        <translation>代理程序未及时响应，节点可能负载过高。</translation>
    </message>
    <message>
        <source>The connection to the node was lost. The console reconnects by itself.</source>
        <translation>与节点的连接已断开，控制台会自动重连。</translation>
    </message>
    <message>
        <source>Cannot open the cluster profile %1: %2</source>
        <translation>无法打开集群连接配置 %1：%2</translation>
    </message>
    <message>
        <source>The cluster profile %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>集群连接配置 %1 第 %2 行第 %3 列不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>The cluster profile %1 has a bad field &quot;%2&quot;: %3</source>
        <translation>集群连接配置 %1 的字段“%2”有误：%3</translation>
    </message>
    <message>
        <source>Error %1 reported by the agent.</source>
        <translation>代理程序报告错误 %1。</translation>
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
        <translation>代理程序无法读取集群密钥 %1（%2）。两个节点需要相同的密钥文件，权限为 0600。</translation>
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
        <translation>复制通道 %1 向备用节点复制失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>The replicated folder %1 of %2 does not exist.</source>
        <translation>%2 的复制目录 %1 不存在。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2: %3</source>
        <translation>备用节点无法在 %2 上接收复制通道 %1：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2): %3</source>
        <translation>复制通道 %1 的延迟检测命令失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s: %2</source>
        <translation>复制通道 %1 的延迟检测命令未输出包含 lag_s 的有效 JSON：%2</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up within %2 ms.</source>
        <translation>复制通道 %1 未能在 %2 毫秒内追平。</translation>
    </message>
    <message>
        <source>The agent cannot write its journal %1 (%2). Free disk space on the node; events are kept in memory meanwhile.</source>
        <translation>代理程序无法写入其事件日志 %1（%2）。请释放节点磁盘空间；在此期间事件暂存于内存。</translation>
    </message>
    <message>
        <source>The journal was altered: its hash chain breaks at entry %1.</source>
        <translation>事件日志已被篡改：哈希链在第 %1 条处断开。</translation>
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
        <translation>脑裂：两个节点都持有资源组 %1。纪元较旧的节点将退出主用角色。</translation>
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
        <translation>代理程序无法将角色保存到 %1（%2），因此未做任何更改。请释放节点磁盘空间。</translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2: %3. Check AllowTcpForwarding on the jump host and that it can reach the node.</source>
        <translation>跳板机 %1 拒绝将连接转发到 %2：%3。请检查跳板机的 AllowTcpForwarding 设置，以及它能否访问该节点。</translation>
    </message>
    <message>
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file&apos;s permissions and the disk, then restart the agent.</source>
        <translation>代理程序无法读取其事件日志 %1（%2），事件仅保存在内存中。请检查该文件的权限和磁盘，然后重启代理程序。</translation>
    </message>
    <message>
        <source>The config is not valid TOML at line %1, column %2 (%3). Correct the syntax there.</source>
        <translation>配置文件第 %1 行第 %2 列不是有效的 TOML（%3）。请修正该处的语法。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing. Fill it in.</source>
        <translation>缺少设置项“%1”。请填写该项。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is not valid (%2). Correct it.</source>
        <translation>设置项“%1”无效（%2）。请更正。</translation>
    </message>
    <message>
        <source>The config %1 was changed on the node since it was read, so nothing was written. Reload the config, review the changes and apply again.</source>
        <translation>配置文件 %1 在读取之后已在节点上被修改，因此未写入任何内容。请重新加载配置，核对改动后再次应用。</translation>
    </message>
    <message>
        <source>The agent could not write the config %1 (%2); the previous config is unchanged. Free disk space or fix the folder&apos;s permissions on the node.</source>
        <translation>代理程序无法写入配置文件 %1（%2）；原配置保持不变。请释放节点磁盘空间，或修正节点上该目录的权限。</translation>
    </message>
    <message>
        <source>The config was written, but the agent could not start with it (%1: %2). See the agent&apos;s log on the node.</source>
        <translation>配置已写入，但代理程序无法以该配置启动（%1：%2）。请查看该节点上的代理程序日志。</translation>
    </message>
    <message>
        <source>systemd is not running on this node, so it has no services to choose from. Use a script resource instead.</source>
        <translation>该节点未运行 systemd，因此没有可供选择的服务。请改用脚本资源。</translation>
    </message>
    <message>
        <source>The agent could not list the systemd services on this node (%1). Type the unit name instead.</source>
        <translation>代理程序无法列出该节点上的 systemd 服务（%1）。请直接输入单元名称。</translation>
    </message>
    <message>
        <source>This node stepped down from group %1: it could reach neither its peer nor the witness %2, so it stopped the group before its lease could run out.</source>
        <translation>本节点已退出资源组 %1 的主用角色：它既联系不到对端，也联系不到仲裁节点 %2，因此在租约到期之前停止了该资源组。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 until an earlier holder&apos;s lease has certainly run out.</source>
        <translation>接管被拒绝：在先前持有者的租约确定到期之前，仲裁节点不会授予资源组 %1 的租约。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 for another %2 ms, until an earlier holder&apos;s lease has certainly run out.</source>
        <translation>接管被拒绝：在先前持有者的租约确定到期之前，仲裁节点在接下来的 %2 毫秒内不会授予资源组 %1 的租约。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2.</source>
        <translation>接管被拒绝：仲裁节点已将资源组 %1 的租约授予 %2。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2 for another %3 ms.</source>
        <translation>接管被拒绝：仲裁节点已将资源组 %1 的租约授予 %2，还有 %3 毫秒到期。</translation>
    </message>
    <message>
        <source>The witness %1 does not answer. Until it does, no node can take over automatically. Check the witness host and the network to it.</source>
        <translation>仲裁节点 %1 没有应答。在它恢复应答之前，任何节点都无法自动接管。请检查仲裁节点主机以及通往它的网络。</translation>
    </message>
    <message>
        <source>The witness could not save a grant to its disk, so it refused to grant a new lease (this is safe). Check the disk of the witness host.</source>
        <translation>仲裁节点无法将授予记录保存到磁盘，因此拒绝授予新的租约（这是安全的）。请检查仲裁节点主机的磁盘。</translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation>自动故障切换仅依靠 ping 仲裁目标。如果网络分区后两个节点仍都能访问这些目标，它无法防止出现两个主用节点（脑裂）。请配置仲裁节点。</translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only (%1). It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation>自动故障切换仅依靠 ping 仲裁目标（%1）。如果网络分区后两个节点仍都能访问这些目标，它无法防止出现两个主用节点（脑裂）。请配置仲裁节点。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3): %4. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败（退出码 %3）：%4。隔离成功之前不会进行接管；请检查隔离设备及其选项。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3). No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败（退出码 %3）。隔离成功之前不会进行接管；请检查隔离设备及其选项。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed: %3. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败：%3。隔离成功之前不会进行接管；请检查隔离设备及其选项。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败。隔离成功之前不会进行接管；请检查隔离设备及其选项。</translation>
    </message>
    <message>
        <source>Takeover refused for now: the silent peer may be frozen rather than off, so it must be powered off first, and fencing has started. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>暂时拒绝接管：失联的对端可能是卡死而不是已关机，因此必须先将其强制断电，隔离（Fencing）已经开始。请在隔离完成后重试；也可以跳过隔离，但须清楚这样两个节点可能同时提供服务。</translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 must be powered off first, but fencing it with %2 failed; it is tried again shortly. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>暂时拒绝接管：必须先将 %1 强制断电，但使用 %2 隔离（Fencing）它失败了；稍后会再次尝试。请在隔离完成后重试；也可以跳过隔离，但须清楚这样两个节点可能同时提供服务。</translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 is silent but may be frozen rather than off, so it must be powered off first. Fencing %1 with %2 has started; try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>暂时拒绝接管：%1 已失联，但可能是卡死而不是已关机，因此必须先将其强制断电。已开始使用 %2 隔离（Fencing）%1；请在完成后重试；也可以跳过隔离，但须清楚这样两个节点可能同时提供服务。</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode (set by %2): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>资源组 %1 处于维护模式（由 %2 设置）：代理程序不会自行移动任何东西，计划内的切换需要强制执行。</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>资源组 %1 处于维护模式：代理程序不会自行移动任何东西，计划内的切换需要强制执行。</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode (set by %1): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>集群处于维护模式（由 %1 设置）：代理程序不会自行移动任何东西，计划内的切换需要强制执行。</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>集群处于维护模式：代理程序不会自行移动任何东西，计划内的切换需要强制执行。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2).</source>
        <translation>复制通道 %1 向备用节点复制失败（退出状态 %2）。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby: %2</source>
        <translation>复制通道 %1 向备用节点复制失败：%2</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby.</source>
        <translation>复制通道 %1 向备用节点复制失败。</translation>
    </message>
    <message>
        <source>the jump host %1</source>
        <translation>跳板机 %1</translation>
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation>%1（经由跳板机 %2）</translation>
    </message>
    <message>
        <source>Permission denied: %1 may observe the cluster but not operate it. Add %1 to the group %2 on this node (control.operators_group in cluster.toml), then connect again.</source>
        <translation>权限不足：%1 只能观察集群，不能操作。请在此节点上将 %1 加入组 %2（cluster.toml 中的 control.operators_group），然后重新连接。</translation>
    </message>
    <message>
        <source>%1 may not open the agent&apos;s control socket %2 (group %3, mode %4). Add %1 to the group %3 on this node (control.socket_group in cluster.toml), then connect again.</source>
        <translation>%1 无权打开代理程序的控制套接字 %2（组 %3，权限 %4）。请在此节点上将 %1 加入组 %3（cluster.toml 中的 control.socket_group），然后重新连接。</translation>
    </message>
    <message>
        <source>The private key %1 can be read by others (mode %2), so it was not used, as ssh would not use it either. Run &quot;chmod 600 %1&quot; and connect again.</source>
        <translation>私钥 %1 可被他人读取（权限 %2），因此未被使用，ssh 同样不会使用它。请执行“chmod 600 %1”后重新连接。</translation>
    </message>
    <message>
        <source>The server printed &quot;%1&quot; instead of starting the agent. Check the account&apos;s login shell, ~/.bashrc or ~/.profile (they must not print for a command session) and any ForceCommand in sshd_config.</source>
        <translation>服务器输出了“%1”，而没有启动代理程序。请检查该账户的登录 shell、~/.bashrc 或 ~/.profile（在命令会话中它们不得输出任何内容），以及 sshd_config 中的 ForceCommand。</translation>
    </message>
    <message>
        <source>This node has no kept set %1.</source>
        <translation>此节点上没有保留的数据集 %1。</translation>
    </message>
    <message>
        <source>Another configuration change (%1, by %2) is under way on this node, so nothing was changed. It is committed or rolled back within %3 ms; apply again after that.</source>
        <translation>此节点上正在进行另一项配置变更（%1，由 %2 发起），因此未做任何更改。该变更会在 %3 毫秒内提交或回滚，之后请再次应用。</translation>
    </message>
    <message>
        <source>The node no longer holds configuration change %1 (it was rolled back after its time ran out, or aborted), so it keeps its previous configuration. Apply again.</source>
        <translation>该节点已不再持有配置变更 %1（已因超时回滚，或已中止），因此仍使用之前的配置。请再次应用。</translation>
    </message>
    <message>
        <source>After the configuration change this node does not hear %1 running the same configuration (%2) on the new links (%3) for %4 ms. Automatic failover stays frozen on this node until it does. Check that %1 got the change, its firewall and the new ports, or apply the configuration again.</source>
        <translation>配置变更后，此节点在新的心跳线（%3）上 %4 毫秒内未收到 %1 以相同配置（%2）运行的心跳。在收到之前，此节点上的自动故障切换保持冻结。请检查 %1 是否收到了变更、其防火墙和新端口，或再次应用配置。</translation>
    </message>
    <message>
        <source>This node rolled the configuration change back, but does not hear %1 running the same configuration (%2) on its links (%3) for %4 ms: %1 may run the new one. Automatic failover stays frozen on this node until it hears %1. Apply the configuration again to both nodes.</source>
        <translation>此节点已回滚配置变更，但在其心跳线（%3）上 %4 毫秒内未收到 %1 以相同配置（%2）运行的心跳：%1 可能正在使用新配置。在收到 %1 的心跳之前，此节点上的自动故障切换保持冻结。请将配置再次应用到两个节点。</translation>
    </message>
    <message>
        <source>The private key %1 is passphrase-protected and there is nobody to ask for the passphrase: load it into ssh-agent (ssh-add %1) or run on a terminal.</source>
        <translation>私钥 %1 受口令保护，但没有地方可以询问口令：请把它加载到 ssh-agent（ssh-add %1），或在终端上运行。</translation>
    </message>
    <message>
        <source>%1 stopped the login as &quot;%2&quot; after too many keys were offered (sshd&apos;s MaxAuthTries; tried: %3). The ssh-agent probably holds several keys: set &quot;identities_only&quot;: true for this node in the cluster profile, with its &quot;identity&quot; key, or remove keys from the agent (ssh-add -d).</source>
        <translation>%1 在提供了过多密钥后终止了以“%2”身份的登录（sshd 的 MaxAuthTries；已尝试：%3）。ssh-agent 可能持有多个密钥：请在集群连接配置中为该节点设置 &quot;identities_only&quot;: true 并指定其 &quot;identity&quot; 密钥，或从 agent 中移除密钥（ssh-add -d）。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3).</source>
        <translation>组 %2 的资源 %1 启动失败（退出状态 %3）。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start: %3</source>
        <translation>组 %2 的资源 %1 启动失败：%3</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start.</source>
        <translation>组 %2 的资源 %1 启动失败。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>组 %2 的资源 %1 停止失败（退出状态 %3）。它可能仍在本节点上运行；在别处启动它之前请先检查。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop: %3 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>组 %2 的资源 %1 停止失败：%3 它可能仍在本节点上运行；在别处启动它之前请先检查。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop. It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>组 %2 的资源 %1 停止失败。它可能仍在本节点上运行；在别处启动它之前请先检查。</translation>
    </message>
    <message>
        <source>The replicated folder of %1 does not exist.</source>
        <translation>%1 的复制目录不存在。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2.</source>
        <translation>备用节点无法在 %2 上接收复制通道 %1。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1: %2</source>
        <translation>备用节点无法接收复制通道 %1：%2</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1.</source>
        <translation>备用节点无法接收复制通道 %1。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2).</source>
        <translation>复制通道 %1 的延迟命令失败（退出状态 %2）。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed: %2</source>
        <translation>复制通道 %1 的延迟命令失败：%2</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed.</source>
        <translation>复制通道 %1 的延迟命令失败。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s.</source>
        <translation>复制通道 %1 的延迟命令没有输出带 lag_s 的有效 JSON。</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up in time.</source>
        <translation>复制通道 %1 未能及时追上。</translation>
    </message>
    <message>
        <source>The agent cannot make or read its mirror key %1: %2</source>
        <translation>代理程序无法生成或读取其镜像密钥 %1：%2</translation>
    </message>
    <message>
        <source>The agent cannot let its peer&apos;s mirror key in (%1): %2</source>
        <translation>代理程序无法接受对端的镜像密钥（%1）：%2</translation>
    </message>
    <message>
        <source>This console has no verified host key of %1 (%2) to hand to its peer. Connect to %1 once and check its fingerprint, then set up the mirror again.</source>
        <translation>本控制台没有 %1（%2）经过验证的主机密钥可交给其对端。请先连接一次 %1 并核对其指纹，然后重新设置镜像。</translation>
    </message>
    <message>
        <source>The standby of %1 is too far behind.</source>
        <translation>%1 的备库落后太多。</translation>
    </message>
    <message>
        <source>The standby of %1 is %2 behind, over the limit of %3.</source>
        <translation>%1 的备库落后 %2，超过上限 %3。</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node.</source>
        <translation>本节点上的 PostgreSQL 没有响应。</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node: %1</source>
        <translation>本节点上的 PostgreSQL 没有响应：%1</translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a standby, not as the primary.</source>
        <translation>PostgreSQL 在此以备库身份运行，而不是主库。</translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a primary although the peer holds the group. It is left alone; the cluster&apos;s rules stop the group on one side.</source>
        <translation>对端持有该资源组，但 PostgreSQL 在此以主库身份运行。代理程序不会动它；由集群规则在其中一侧停止该资源组。</translation>
    </message>
    <message>
        <source>A PostgreSQL command of %1 failed; the node&apos;s status says which.</source>
        <translation>%1 的一条 PostgreSQL 命令失败；节点状态中写明是哪一条。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>PostgreSQL of %1 is held stopped on the standby: it could not be made to follow the primary. The node&apos;s status says what to do.</source>
        <translation>%1 的 PostgreSQL 在备机上被保持停止：无法让它跟随主库。节点状态中写明该怎么做。</translation>
    </message>
    <message>
        <source>PostgreSQL is held stopped on this node because it could not be made to follow the primary. Bring its data folder in line by hand (pg_rewind or a new pg_basebackup), then delete %1.</source>
        <translation>本节点的 PostgreSQL 被保持停止，因为无法让它跟随主库。请手动使其数据目录与主库一致（pg_rewind 或重新 pg_basebackup），然后删除 %1。</translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary of %1 in line with the new one; it stays stopped.</source>
        <translation>pg_rewind 无法让 %1 的旧主库与新主库一致；它保持停止。</translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary in line with the new one: %1. It stays stopped; after repairing it, delete %2.</source>
        <translation>pg_rewind 无法让旧主库与新主库一致：%1。它保持停止；修复后请删除 %2。</translation>
    </message>
    <message>
        <source>The standby of %1 waits for a primary to follow.</source>
        <translation>%1 的备库正在等待可跟随的主库。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not answer as a primary yet; the standby waits for it.</source>
        <translation>%1 上的 PostgreSQL 尚未以主库身份响应；备库在等待它。</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly, so the standby cannot be shown to have every transaction.</source>
        <translation>PostgreSQL 没有正常停止，因此无法证明备库拥有全部事务。</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly (its control file says &quot;%1&quot;), so the standby cannot be shown to have every transaction.</source>
        <translation>PostgreSQL 没有正常停止（其控制文件显示“%1”），因此无法证明备库拥有全部事务。</translation>
    </message>
    <message>
        <source>The standby did not show within %1 ms that it replayed the old primary&apos;s last checkpoint %2. Promoting it would lose transactions.</source>
        <translation>备库在 %1 毫秒内未能表明已回放旧主库的最后一个检查点 %2。此时提升它会丢失事务。</translation>
    </message>
    <message>
        <source>The standby replayed WAL up to %1 only, short of the old primary&apos;s last checkpoint %2, within %3 ms. Promoting it would lose transactions.</source>
        <translation>备库只回放到 %1 的 WAL，未达到旧主库的最后一个检查点 %2（等待 %3 毫秒）。此时提升它会丢失事务。</translation>
    </message>
    <message>
        <source>No standby streams from this primary (%1).</source>
        <translation>没有备库从这个主库流复制（%1）。</translation>
    </message>
    <message>
        <source>The standby of %1 is not streaming (state: %2).</source>
        <translation>%1 的备库没有在流复制（状态：%2）。</translation>
    </message>
    <message>
        <source>pg_lsclusters was not found on this node, so its PostgreSQL clusters cannot be listed. Install postgresql-common, or enter the cluster&apos;s folders by hand.</source>
        <translation>本节点上找不到 pg_lsclusters，因此无法列出它的 PostgreSQL 集群。请安装 postgresql-common，或手动填写集群的目录。</translation>
    </message>
    <message>
        <source>Cluster %1/%2 is not running, so it could not be checked. Start it (pg_ctlcluster %1 %2 start), then check again.</source>
        <translation>集群 %1/%2 没有运行，因此无法检查。请先启动它（pg_ctlcluster %1 %2 start），再检查一次。</translation>
    </message>
    <message>
        <source>wal_level is %1, which writes too little WAL for a standby. Set wal_level = replica in postgresql.conf and restart PostgreSQL.</source>
        <translation>wal_level 为 %1，写出的 WAL 不足以支持备库。请在 postgresql.conf 中设置 wal_level = replica 并重启 PostgreSQL。</translation>
    </message>
    <message>
        <source>max_wal_senders is %1; a standby and its first copy need at least %2. Raise it in postgresql.conf and restart PostgreSQL.</source>
        <translation>max_wal_senders 为 %1；一个备库及其首次复制至少需要 %2。请在 postgresql.conf 中调大并重启 PostgreSQL。</translation>
    </message>
    <message>
        <source>hot_standby is off, so as a standby this cluster would answer none of the agent&apos;s checks. Set hot_standby = on in postgresql.conf.</source>
        <translation>hot_standby 已关闭，作为备库时该集群将无法响应代理程序的任何检查。请在 postgresql.conf 中设置 hot_standby = on。</translation>
    </message>
    <message>
        <source>Neither wal_log_hints nor data checksums are on, so a former primary cannot be rewound and must be copied again after a failover. Set wal_log_hints = on and restart.</source>
        <translation>wal_log_hints 和数据校验和都未开启，因此故障切换后旧主库无法回卷，必须重新复制。请设置 wal_log_hints = on 并重启。</translation>
    </message>
    <message>
        <source>The replication role %1 does not exist. Create it with CREATE ROLE %1 WITH REPLICATION LOGIN and give it a password.</source>
        <translation>复制角色 %1 不存在。请用 CREATE ROLE %1 WITH REPLICATION LOGIN 创建它并设置密码。</translation>
    </message>
    <message>
        <source>The role %1 may not log in or replicate. Run ALTER ROLE %1 WITH REPLICATION LOGIN.</source>
        <translation>角色 %1 不能登录或复制。请执行 ALTER ROLE %1 WITH REPLICATION LOGIN。</translation>
    </message>
    <message>
        <source>Line %1 of pg_hba.conf rejects replication connections of %2. Allow them from the peer&apos;s address before that line, then reload PostgreSQL.</source>
        <translation>pg_hba.conf 第 %1 行拒绝 %2 的复制连接。请在该行之前允许来自对端地址的连接，然后重新加载 PostgreSQL。</translation>
    </message>
    <message>
        <source>pg_hba.conf has no host line for the database &quot;replication&quot; that admits %1. Add one for the peer&apos;s address, then reload PostgreSQL.</source>
        <translation>pg_hba.conf 中没有允许 %1 连接数据库“replication”的 host 行。请为对端地址添加一行，然后重新加载 PostgreSQL。</translation>
    </message>
    <message>
        <source>The replication slot %1 is not in use and keeps WAL that nobody reads, until the disk fills. Drop it with pg_drop_replication_slot(&apos;%1&apos;) if no standby needs it.</source>
        <translation>复制槽 %1 未被使用，它保留的 WAL 无人读取，直到磁盘写满。若没有备库需要它，请用 pg_drop_replication_slot(&apos;%1&apos;) 删除。</translation>
    </message>
    <message>
        <source>Cluster %1/%2 is running. Stop it (pg_ctlcluster %1 %2 stop) before it is copied from the primary.</source>
        <translation>集群 %1/%2 正在运行。从主库复制之前请先停止它（pg_ctlcluster %1 %2 stop）。</translation>
    </message>
    <message>
        <source>The data folder %1 could not be set aside for the copy: %2</source>
        <translation>无法为复制而挪开数据目录 %1：%2</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3), which has neither dpkg nor rpm: the console cannot install the agent there. Build twinha-agent from source on that node.</source>
        <translation>%1 运行的是 %2（%3），既没有 dpkg 也没有 rpm：控制台无法在其上安装代理程序。请在该节点上从源码构建 twinha-agent。</translation>
    </message>
    <message>
        <source>No twinha-agent .%1 package for %2 was found next to the console. Choose the package file for node %3.</source>
        <translation>在控制台所在位置未找到适用于 %2 的 twinha-agent .%1 软件包。请为节点 %3 选择软件包文件。</translation>
    </message>
    <message>
        <source>The package %1 does not suit %2, which needs a .%3 package for %4. Choose another package file.</source>
        <translation>软件包 %1 不适用于 %2：该节点需要适用于 %4 的 .%3 软件包。请选择其他软件包文件。</translation>
    </message>
    <message>
        <source>The user %1 is not root on %2 and may not use sudo there, so the console cannot install the agent. Run the commands below as root on that node, then press Connect again.</source>
        <translation>用户 %1 在 %2 上不是 root，也无权使用 sudo，因此控制台无法安装代理程序。请在该节点上以 root 身份运行下面的命令，然后点击“重新连接”。</translation>
    </message>
    <message>
        <source>The sudo password for %1 on %2 was not given; nothing was installed.</source>
        <translation>未输入 %1 在 %2 上的 sudo 密码；未安装任何内容。</translation>
    </message>
    <message>
        <source>sudo on %2 refused the password for %1 three times; nothing was installed.</source>
        <translation>%2 上的 sudo 连续三次拒绝了 %1 的密码；未安装任何内容。</translation>
    </message>
    <message>
        <source>Copying the package to %1 over SFTP failed (%2): %3. Check that the SSH server offers SFTP (Subsystem sftp in sshd_config) and that /tmp has room.</source>
        <translation>通过 SFTP 将软件包复制到 %1 失败（%2）：%3。请检查 SSH 服务器是否提供 SFTP（sshd_config 中的 Subsystem sftp），以及 /tmp 是否有足够空间。</translation>
    </message>
    <message>
        <source>On %1, the command &quot;%2&quot; failed with exit status %3. It printed:
%4</source>
        <translation>在 %1 上，命令“%2”失败，退出状态为 %3。其输出：
%4</translation>
    </message>
    <message>
        <source>The agent was installed on %1 but did not open its control socket within %2 s. Its service says:
%3</source>
        <translation>代理程序已安装到 %1，但在 %2 秒内未打开其控制套接字。其服务状态：
%3</translation>
    </message>
    <message numerus="yes">
        <source>The agent refused the config: it has %n error(s). Correct them and apply again.</source>
        <translation>
            <numerusform>代理程序拒绝了该配置：其中有 %n 处错误。请改正后再次应用。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy from the primary into cluster %1/%2 runs on this node already. Wait until it has finished, then look again.</source>
        <translation>本节点已在从主库向集群 %1/%2 复制数据。请等待复制完成后再重新查看。</translation>
    </message>
    <message>
        <source>This node has no PostgreSQL cluster %1/%2 (any more). Look again, and choose one it lists.</source>
        <translation>本节点上（已）没有 PostgreSQL 集群 %1/%2。请重新查看，并从列出的集群中选择。</translation>
    </message>
    <message numerus="yes">
        <source>The node already has %n folder check(s) waiting. Check the paths again in a moment.</source>
        <translation>
            <numerusform>节点上已有 %n 个目录检查在排队。请稍后再检查这些路径。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms.</source>
        <translation>%1 未在 %2 毫秒内结束。</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2: %3</source>
        <extracomment>%3 is what the program printed on its error output</extracomment>
        <translation>%1 执行失败，退出状态为 %2：%3</translation>
    </message>
    <message>
        <source>%1 could not be started. Check that it is installed and executable on the node.</source>
        <translation>无法启动 %1。请检查它是否已安装在该节点上且可执行。</translation>
    </message>
    <message>
        <source>The web server at %1 answered with HTTP status %2.</source>
        <translation>%1 处的 Web 服务器返回了 HTTP 状态 %2。</translation>
    </message>
    <message>
        <source>The node could not reach %1: %2</source>
        <extracomment>%2 is the network library&apos;s own description of the error</extracomment>
        <translation>节点无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The message was not delivered: %1</source>
        <extracomment>a newer agent&apos;s reason; %1 is its own description, in English</extracomment>
        <translation>消息未送达：%1</translation>
    </message>
</context>
<context>
    <name>FactAge</name>
    <message>
        <source>never heard</source>
        <translation>从未收到</translation>
    </message>
    <message>
        <source>not heard since %1 (%2 ago)</source>
        <translation>自 %1 起未再收到（%2 前）</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1，%2 前</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>As %1 said %2 ago.</source>
        <translation>这是 %1 在 %2 前所说的。</translation>
    </message>
    <message>
        <source>As %1 last said; %2.</source>
        <translation>这是 %1 最后所说的；%2。</translation>
    </message>
</context>
<context>
    <name>FenceWait</name>
    <message>
        <source>its fence device</source>
        <translation>其隔离设备</translation>
    </message>
    <message>
        <source>%1 may be frozen rather than off, so it is powered off before %2 takes over. Fencing %1 with %3 has started; the takeover is sent again as soon as %1 is reported off.</source>
        <translation>%1 可能是卡死而不是已关机，因此在 %2 接管之前要先将其强制断电。已开始使用 %3 隔离（Fencing）%1；一旦报告 %1 已断电，就会再次发送接管请求。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2. Sending the takeover again…</source>
        <translation>%1 已被 %2 强制断电。正在再次发送接管请求…</translation>
    </message>
    <message>
        <source>%1 Try again to fence it once more, or skip fencing.</source>
        <translation>%1 请重试以再次隔离，或跳过隔离。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败；在隔离成功之前不会接管。</translation>
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
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before.</source>
        <translation>控制台此前从未连接过 %1。</translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2) before.</source>
        <translation>控制台此前从未连接过节点 %1（%2）。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its %1 key fingerprint is:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它的 %1 密钥指纹是：&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;在信任它之前，请与服务器自身的指纹比对（在服务器上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo 密码</translation>
    </message>
    <message>
        <source>To install the agent, the console runs sudo on node %1 (%2) as %3. The password is used for this installation only, and not kept.

sudo password for %3:</source>
        <translation>为安装代理程序，控制台将在节点 %1（%2）上以 %3 身份运行 sudo。密码仅用于本次安装，不会保存。

%3 的 sudo 密码：</translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>by %1, since %2</source>
        <translation>由 %1 开启，始于 %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1 开启</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>始于 %1</translation>
    </message>
    <message>
        <source>Maintenance mode: the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation>维护模式：代理程序继续监视，但不会自行启动、停止或移动任何东西；切换需要强制执行。</translation>
    </message>
    <message>
        <source>Maintenance mode (%1): the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation>维护模式（%1）：代理程序继续监视，但不会自行启动、停止或移动任何东西；切换需要强制执行。</translation>
    </message>
    <message>
        <source>Maintenance mode for group %1: the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation>资源组 %1 处于维护模式：代理程序继续监视，但不会自行启动、停止或移动它；切换它需要强制执行。</translation>
    </message>
    <message>
        <source>Maintenance mode for group %1 (%2): the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation>资源组 %1 处于维护模式（%2）：代理程序继续监视，但不会自行启动、停止或移动它；切换它需要强制执行。</translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1: the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation>资源组 %1 处于维护模式：代理程序继续监视，但不会自行启动、停止或移动它们；切换它们需要强制执行。</translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1 (%2): the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation>资源组 %1 处于维护模式（%2）：代理程序继续监视，但不会自行启动、停止或移动它们；切换它们需要强制执行。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>on for group %1</source>
        <translation>对资源组 %1 开启</translation>
    </message>
    <message>
        <source>on for groups %1</source>
        <translation>对资源组 %1 开启</translation>
    </message>
    <message>
        <source>Maintenance: %1</source>
        <translation>维护模式：%1</translation>
    </message>
    <message>
        <source>Maintenance: %1 (%2)</source>
        <translation>维护模式：%1（%2）</translation>
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
    <message>
        <source>Fencing failed</source>
        <translation>隔离（Fencing）失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProtectionText</name>
    <message>
        <source>Witness</source>
        <translation>仲裁节点</translation>
    </message>
    <message>
        <source>Ping tiebreakers only</source>
        <translation>仅 ping 仲裁目标</translation>
    </message>
    <message>
        <source>Manual failover</source>
        <translation>手动故障切换</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>保护级别：%1</translation>
    </message>
    <message>
        <source>Automatic failover is off: the standby never takes over by itself; an operator decides.</source>
        <translation>自动故障切换已关闭：备用节点绝不会自行接管，由运维人员决定。</translation>
    </message>
    <message>
        <source>The agents do not report their protection level (an older agent version).</source>
        <translation>代理程序未报告其保护级别（代理程序版本较旧）。</translation>
    </message>
    <message>
        <source>Warning: automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes when the nodes lose each other but both still reach a tiebreaker (a symmetric split). Configure a witness.</source>
        <translation>警告：自动故障切换仅依靠 ping 仲裁目标。当两个节点彼此失联、却都仍能访问仲裁目标时（对称分区），它无法防止出现两个主用节点（脑裂）。请配置仲裁节点。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Lease of %1: %2, %3 left.</source>
        <translation>资源组 %1 的租约：%2 持有，剩余 %3。</translation>
    </message>
    <message>
        <source>Lease of %1: %2.</source>
        <translation>资源组 %1 的租约：%2 持有。</translation>
    </message>
    <message>
        <source>Lease of %1: no node holds it.</source>
        <translation>资源组 %1 的租约：无节点持有。</translation>
    </message>
    <message>
        <source>Lease of %1: holder unknown.</source>
        <translation>资源组 %1 的租约：持有者未知。</translation>
    </message>
    <message>
        <source>Witness %1 does not answer %2 (it answers %3): %2 can neither take nor renew a lease until it does.</source>
        <translation>仲裁节点 %1 不应答 %2（但应答 %3）：在恢复应答之前，%2 既无法获得也无法续期租约。</translation>
    </message>
    <message>
        <source>Witness %1 does not answer: automatic failover cannot happen until it does; the active node keeps running while its peer is up.</source>
        <translation>仲裁节点 %1 没有应答：在它恢复应答之前无法自动故障切换；只要对端在线，主用节点会继续运行。</translation>
    </message>
    <message>
        <source>Witness %1 answers both nodes.</source>
        <translation>仲裁节点 %1 对两个节点均有应答。</translation>
    </message>
    <message>
        <source>Witness %1 answers %2.</source>
        <translation>仲裁节点 %1 对 %2 有应答。</translation>
    </message>
    <message>
        <source>Witness %1: no current word from the nodes.</source>
        <translation>仲裁节点 %1：目前没有来自节点的最新信息。</translation>
    </message>
    <message>
        <source>The nodes report different protection levels (%1: %2, %3: %4); the weaker is shown. Two active nodes are possible until both use the same setting.</source>
        <translation>两个节点报告的保护级别不同（%1：%2，%3：%4），此处显示较弱的一个。在两个节点使用相同设置之前，可能出现两个主用节点。</translation>
    </message>
    <message>
        <source>The agent on %1 does not report its protection level (an older version); the level shown is %2&apos;s alone.</source>
        <translation>%1 上的代理程序未报告其保护级别（版本较旧）；此处显示的仅是 %2 的级别。</translation>
    </message>
    <message>
        <source>Automatic failover is off: an operator decides when the standby takes over.</source>
        <translation>自动故障切换已关闭：由运维人员决定备用节点何时接管。</translation>
    </message>
    <message>
        <source>Witness and fencing</source>
        <translation>仲裁节点与隔离（Fencing）</translation>
    </message>
    <message>
        <source>Ping tiebreakers and fencing</source>
        <translation>ping 仲裁目标与隔离（Fencing）</translation>
    </message>
    <message>
        <source>Automatic failover with a witness and fencing: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes, and a node that falls silent is powered off before its peer takes over, so a frozen node cannot go on serving either. The strongest level.</source>
        <translation>带仲裁节点和隔离（Fencing）的自动故障切换：节点只有在仲裁节点授予其资源组租约期间才运行该资源组，因此网络分区不会导致两个主用节点；失联的节点会在对端接管之前被强制断电，因此卡死的节点也无法继续提供服务。这是最强的保护级别。</translation>
    </message>
    <message>
        <source>Automatic failover with a witness: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes. A frozen node is not covered: a hung kernel still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation>带仲裁节点的自动故障切换：节点只有在仲裁节点授予其资源组租约期间才运行该资源组，因此网络分区不会导致两个主用节点。但无法防范卡死的节点：挂起的内核在察觉租约失效之前仍会响应虚拟IP。隔离（Fencing）可以解决这一问题。</translation>
    </message>
    <message>
        <source>Automatic failover with ping tiebreakers and fencing: the standby powers the active node off before it takes over, so there are never two active nodes. But in a split where both nodes still reach a tiebreaker, the standby powers off a healthy active node: an outage a witness would avoid.</source>
        <translation>带 ping 仲裁目标和隔离（Fencing）的自动故障切换：备用节点在接管之前先将主用节点强制断电，因此绝不会出现两个主用节点。但在两个节点都仍能访问仲裁目标的网络分区中，备用节点会将一个正常的主用节点断电：这种停机本可以通过仲裁节点避免。</translation>
    </message>
    <message>
        <source>Warning: without a witness, a split where both nodes still reach a tiebreaker makes the standby power off a healthy active node (an avoidable outage). Configure a witness.</source>
        <translation>警告：没有仲裁节点时，如果发生两个节点都仍能访问仲裁目标的网络分区，备用节点会将正常的主用节点断电（本可避免的停机）。请配置仲裁节点。</translation>
    </message>
    <message>
        <source>Not covered: a frozen node still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation>未防范：卡死的节点在察觉租约失效之前仍会响应虚拟IP。隔离（Fencing）可以解决这一问题。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 断电</translation>
    </message>
    <message>
        <source>Fencing: %1.</source>
        <translation>隔离（Fencing）：%1。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2… A takeover waits until %1 is off.</source>
        <translation>正在使用 %2 隔离（Fencing）%1… 接管将等到 %1 断电后进行。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2 %3 ago.</source>
        <translation>%1 已于 %3 前被 %2 强制断电。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2.</source>
        <translation>%1 已被 %2 强制断电。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败；在隔离成功之前不会接管。</translation>
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
        <translation>代理程序</translation>
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
        <translation>资源组 %1：受阻：%2</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>资源组 %1：%2</translation>
    </message>
    <message>
        <source>To compare and trust it: twinhactl --cluster %1 trust %2</source>
        <translation>要比对并信任它：twinhactl --cluster %1 trust %2</translation>
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
        <translation>控制台和对端节点都联系不上 %1：该节点或其代理程序已停止。</translation>
    </message>
    <message>
        <source>Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.</source>
        <translation>两个节点同时运行了只允许在一个节点上运行的资源组（脑裂）。请立即在其中一个节点上停止它。</translation>
    </message>
    <message>
        <source>The console reaches neither node. Check this computer&apos;s network and the SSH settings.</source>
        <translation>控制台无法连接任何一个节点。请检查本机网络和 SSH 设置。</translation>
    </message>
    <message>
        <source>Not in maintenance mode</source>
        <translation>未处于维护模式</translation>
    </message>
    <message>
        <source>The console logs in to both nodes over SSH, but the agent answers on neither. Each node&apos;s card says why (the agent service, access to its socket, or the login shell).</source>
        <translation>控制台能通过 SSH 登录两个节点，但两边的代理程序都不应答。各节点的卡片会说明原因（代理程序服务、其套接字的访问权限或登录 shell）。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer; it cannot reach %2 at all. Each node&apos;s card says why.</source>
        <translation>控制台能通过 SSH 登录 %1，但其代理程序不应答；而 %2 完全无法连接。各节点的卡片会说明原因。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer the console, while its peer still hears it. Its card says why.</source>
        <translation>控制台能通过 SSH 登录 %1，但其代理程序不应答控制台，而对端仍能收到它的心跳。其卡片会说明原因。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer, and its peer hears nothing from it: the agent on %1 is down. Its card says why.</source>
        <translation>控制台能通过 SSH 登录 %1，但其代理程序不应答，对端也收不到它的任何消息：%1 上的代理程序已停止。其卡片会说明原因。</translation>
    </message>
    <message>
        <source>Target catches up</source>
        <translation>目标追平</translation>
    </message>
    <message>
        <source>Detect the failure</source>
        <translation>检测故障</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>状态检查</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the items of a list inside a sentence</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Started on the target</source>
        <translation>已在目标节点启动</translation>
    </message>
    <message>
        <source>Start on the target failed</source>
        <translation>在目标节点启动失败</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Unknown step</source>
        <translation>未知步骤</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
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
    <message>
        <source>Group %1</source>
        <translation>资源组 %1</translation>
    </message>
</context>
<context>
    <name>twinha::app::ConfigCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2); nothing was changed. A configuration change needs both nodes.</source>
        <translation>无法连接 %1（%2）；未做任何更改。配置变更需要两个节点都在线。</translation>
    </message>
    <message>
        <source>%1 keeps its previous configuration as %2</source>
        <translation>%1 将之前的配置保存为 %2</translation>
    </message>
</context>
<context>
    <name>twinha::app::DivergenceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
    <message>
        <source>no node keeps a set named %1.</source>
        <translation>没有节点保留名为 %1 的数据集。</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  kept %3: %n file(s) (%4 deleted, %5 overwritten), %6</source>
        <translation>
            <numerusform>%1  %2  保留于 %3：%n 个文件（%4 个被删除，%5 个被覆盖），%6</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1  channel %2: waiting for the resync from the peer, which keeps what it deletes or overwrites in %3</source>
        <translation>%1  通道 %2：正在等待来自对端的重新同步，其删除或覆盖的内容将保留在 %3</translation>
    </message>
    <message>
        <source>No node keeps files from a resync.</source>
        <translation>没有节点保留重新同步留下的文件。</translation>
    </message>
    <message>
        <source>%1 on %2, channel %3, group %4</source>
        <translation>%1，位于 %2，通道 %3，资源组 %4</translation>
    </message>
    <message>
        <source>Kept %1 in %2</source>
        <translation>%1 保留于 %2</translation>
    </message>
    <message>
        <source>The folder is gone: someone removed it.</source>
        <translation>该文件夹已不存在：已被人删除。</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>被覆盖</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>被删除</translation>
    </message>
    <message numerus="yes">
        <source>… and more; --limit N shows more of the %n file(s).</source>
        <translation>
            <numerusform>……还有更多；用 --limit N 可显示这 %n 个文件中的更多。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（操作者 %2）</translation>
    </message>
    <message>
        <source>Next: twinhactl events --after %1</source>
        <translation>下一页：twinhactl events --after %1</translation>
    </message>
</context>
<context>
    <name>twinha::app::MaintenanceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>无法连接任何节点。</translation>
    </message>
    <message>
        <source>Maintenance: off</source>
        <translation>维护模式：关闭</translation>
    </message>
</context>
<context>
    <name>twinha::app::MirrorCommand</name>
    <message>
        <source>%1: lets %2&apos;s mirror key in, and knows %2&apos;s host key</source>
        <translation>%1：接受 %2 的镜像密钥，并记录 %2 的主机密钥</translation>
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
        <translation>120 秒后仍无结果；代理程序会继续执行该操作。请用“twinhactl watch”跟踪。</translation>
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
        <translation>与 %1 的连接已断开；代理程序会继续执行该操作。正在重新连接以查看结果…</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>未确认：未做任何更改。</translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms; the service gap was not measured.</source>
        <translation>%1：资源组 %2 位于 %3。总计 %4 毫秒；未能测得服务中断时间。</translation>
    </message>
</context>
<context>
    <name>twinha::app::TakeoverCommand</name>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation>要在 %2 上强制接管组 %1 吗？</translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from here or from %2.</source>
        <translation>这会跳过未通过的前检查。只有在你清楚它们为何失败、并且（若 %1 无法连接）确认它确实已停机（例如已断电），而不只是与此处或 %2 断开连接时，才使用它。</translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: split-brain. The data written on one side is lost when they are joined again.</source>
        <translation>如果 %1 在听不到 %3 的情况下仍在运行组 %2，两个节点会同时为客户端服务：脑裂。两边重新连接时，一侧写入的数据会丢失。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation>尚未复制到 %1 的更改，如果 %2 无法先把它们发出去，就会丢失。</translation>
    </message>
    <message>
        <source>--confirm takes the group&apos;s name, %1, exactly (not &quot;%2&quot;): nothing was changed.</source>
        <translation>--confirm 需要完全一致的组名 %1（而不是“%2”）：未做任何更改。</translation>
    </message>
    <message>
        <source>not on a terminal: add --confirm %1 (the group&apos;s name) to take it over by force; --yes is not enough.</source>
        <translation>不在终端上：请加上 --confirm %1（组名）以强制接管；仅有 --yes 是不够的。</translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1: </source>
        <translation>请输入组名 %1 以确认：</translation>
    </message>
</context>
<context>
    <name>twinha::app::TerminalPrompter</name>
    <message>
        <source>%1: passphrase for the key %2: </source>
        <translation>%1：密钥 %2 的口令：</translation>
    </message>
    <message>
        <source>%1: password for %2@%3: </source>
        <translation>%1：%2@%3 的密码：</translation>
    </message>
    <message>
        <source>%1: sudo password for %2: </source>
        <translation>%1：%2 的 sudo 密码：</translation>
    </message>
</context>
<context>
    <name>twinha::app::TrustCommand</name>
    <message>
        <source>Trusted: the host key of %1 is saved in %2.</source>
        <translation>已信任：%1 的主机密钥已保存到 %2。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is already trusted: %3 %4.</source>
        <translation>%1（%2）的主机密钥已受信任：%3 %4。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 (%2) has CHANGED since it was trusted.</source>
        <translation>警告：%1（%2）的主机密钥自被信任以来已经改变。</translation>
    </message>
    <message>
        <source>  trusted until now: %1 %2</source>
        <translation>  至今信任的：%1 %2</translation>
    </message>
    <message>
        <source>  offered now:       %1 %2</source>
        <translation>  现在提供的：%1 %2</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Replace the key only if you know why it changed and the new fingerprint matches the server&apos;s own.</source>
        <translation>可能有人在截获连接，或者服务器被重装了。只有在你知道密钥为何改变、并且新指纹与服务器自身的一致时，才替换密钥。</translation>
    </message>
    <message>
        <source>could not remove the old key from %1: %2</source>
        <translation>无法从 %1 中删除旧密钥：%2</translation>
    </message>
    <message>
        <source>the key of %1 changed again while it was being trusted (now %2): nothing was saved.</source>
        <translation>在信任过程中 %1 的密钥又变了（现在是 %2）：未保存任何内容。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet:</source>
        <translation>%1（%2）的主机密钥尚未知：</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s own, for example with &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the node.</source>
        <translation>请与服务器自身的密钥比对，例如在该节点上运行 &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot;。</translation>
    </message>
    <message>
        <source>--confirm %1 is not this key&apos;s fingerprint (%2): nothing was saved.</source>
        <translation>--confirm %1 不是该密钥的指纹（%2）：未保存任何内容。</translation>
    </message>
    <message>
        <source>not on a terminal: once you have compared the fingerprint, add --confirm %1 (--yes is not enough).</source>
        <translation>不在终端上：比对过指纹后，请加上 --confirm %1（仅有 --yes 是不够的）。</translation>
    </message>
    <message>
        <source>Replace the old key with this one? Type yes or the new fingerprint: </source>
        <translation>用这个密钥替换旧密钥吗？请输入 yes 或新指纹：</translation>
    </message>
    <message>
        <source>Trust this key? Type yes or its fingerprint: </source>
        <translation>信任这个密钥吗？请输入 yes 或它的指纹：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not trusted: nothing was saved.</source>
        <translation>未信任：未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AddressCheck</name>
    <message>
        <source>%1: not connected, so the address was not checked there.</source>
        <translation>%1：未连接，因此未在该节点上检查地址。</translation>
    </message>
    <message>
        <source>%1: the check failed. %2</source>
        <translation>%1：检查失败。%2</translation>
    </message>
    <message>
        <source>%1 is inside the subnet of %2.</source>
        <translation>%1 位于 %2 的子网内。</translation>
    </message>
    <message>
        <source>%1 is in the subnet of none of this node&apos;s interfaces, so other hosts may not reach it.</source>
        <translation>%1 不在本节点任何网络接口的子网内，其他主机可能无法访问该地址。</translation>
    </message>
    <message>
        <source>%1 is not inside the subnet of %2, so other hosts may not reach it. Check the prefix and the interface.</source>
        <translation>%1 不在 %2 的子网内，其他主机可能无法访问该地址。请检查前缀长度和网络接口。</translation>
    </message>
    <message>
        <source>Nothing answers on it.</source>
        <translation>该地址上无应答。</translation>
    </message>
    <message>
        <source>It answers, as expected: the cluster holds this address now.</source>
        <translation>该地址有应答，符合预期：集群当前持有此地址。</translation>
    </message>
    <message>
        <source>It is already assigned on this node. Remove it from the node&apos;s network settings: the cluster adds and removes it by itself.</source>
        <translation>该地址已配置在本节点上。请从节点的网络设置中删除它：集群会自行添加和删除该地址。</translation>
    </message>
    <message>
        <source>Something already answers on it (found with %1): another host uses this address.</source>
        <translation>该地址上已有应答（通过 %1 发现）：另一台主机正在使用此地址。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested.</source>
        <translation>无法测试该地址上是否有应答。</translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested: %1 is not installed on this node.</source>
        <translation>无法测试该地址上是否有应答：本节点未安装 %1。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AgentInstallBox</name>
    <message>
        <source>The console can install its own version of the agent on this node.</source>
        <translation>控制台可以在此节点上安装与其版本相同的代理程序。</translation>
    </message>
    <message>
        <source>The console can install the agent on this node: it copies the package over SSH, installs it with the system&apos;s package tool (as root or through sudo) and starts the twinha-agent service.</source>
        <translation>控制台可以在此节点上安装代理程序：通过 SSH 复制软件包，用系统的包管理工具安装（以 root 身份或通过 sudo），并启动 twinha-agent 服务。</translation>
    </message>
    <message>
        <source>Your SSH user may</source>
        <translation>您的 SSH 用户可以</translation>
    </message>
    <message>
        <source>operate (switch over, apply config)</source>
        <translation>操作（切换、应用配置）</translation>
    </message>
    <message>
        <source>only observe</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>Adds the SSH user to the groups twinha and twinha-operators, or to twinha only.</source>
        <translation>将 SSH 用户加入 twinha 和 twinha-operators 组，或仅加入 twinha 组。</translation>
    </message>
    <message>
        <source>Package: found in %1</source>
        <translation>软件包：在 %1 中查找</translation>
    </message>
    <message>
        <source>Agent package for node %1</source>
        <translation>节点 %1 的代理程序软件包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Upgrade agent on node %1</source>
        <translation>升级节点 %1 上的代理程序</translation>
    </message>
    <message>
        <source>Install agent on node %1</source>
        <translation>在节点 %1 上安装代理程序</translation>
    </message>
    <message>
        <source>Agent package</source>
        <translation>代理程序软件包</translation>
    </message>
    <message>
        <source>Agent packages (twinha-agent*.deb twinha-agent*.rpm)</source>
        <translation>代理程序软件包 (twinha-agent*.deb twinha-agent*.rpm)</translation>
    </message>
    <message>
        <source>Log in over SSH</source>
        <translation>通过 SSH 登录</translation>
    </message>
    <message>
        <source>Detect the system and choose the package</source>
        <translation>检测系统并选择软件包</translation>
    </message>
    <message>
        <source>Become root (sudo)</source>
        <translation>获取 root 权限（sudo）</translation>
    </message>
    <message>
        <source>Copy the package (SFTP)</source>
        <translation>复制软件包（SFTP）</translation>
    </message>
    <message>
        <source>Install the package</source>
        <translation>安装软件包</translation>
    </message>
    <message>
        <source>Let the SSH user reach the agent</source>
        <translation>允许 SSH 用户访问代理程序</translation>
    </message>
    <message>
        <source>Enable and start the service</source>
        <translation>启用并启动服务</translation>
    </message>
    <message>
        <source>Installed %1; the agent runs.</source>
        <translation>已安装 %1；代理程序正在运行。</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>正在安装…</translation>
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
    <name>twinha::ui::ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1 has not reported its status yet.</source>
        <translation>%1 尚未报告其状态。</translation>
    </message>
    <message>
        <source>%1 has not loaded the new configuration yet.</source>
        <translation>%1 尚未加载新配置。</translation>
    </message>
    <message>
        <source>%1 does not hear its peer on any heartbeat link yet.</source>
        <translation>%1 尚未在任何心跳线上收到对端的心跳。</translation>
    </message>
    <message>
        <source>%1 reports that the two nodes&apos; configurations differ.</source>
        <translation>%1 报告两个节点的配置不一致。</translation>
    </message>
    <message>
        <source>%1 is still deciding its role (%2).</source>
        <translation>%1 仍在确定自身角色（%2）。</translation>
    </message>
    <message>
        <source>Neither node has started the service yet.</source>
        <translation>两个节点都尚未启动服务。</translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but the pair did not become healthy within %1: %2 Check the heartbeat addresses and ports, and any firewall between the nodes; the agents&apos; logs say more.</source>
        <translation>两个节点都已获得新配置，但双机未能在 %1 内进入正常状态：%2请检查心跳地址和端口，以及两节点之间的防火墙；代理程序日志中有更多信息。</translation>
    </message>
    <message>
        <source>The cluster is running, but the console could not save its profile %1 (%2). Free some disk space or choose another folder, then press Try again.</source>
        <translation>集群已在运行，但控制台无法保存集群连接配置 %1（%2）。请释放一些磁盘空间或选择其他文件夹，然后点击“重试”。</translation>
    </message>
    <message>
        <source>The pair is healthy and the console watches it from now on. You can finish here, or go on to try a switchover and back.</source>
        <translation>双机运行正常，控制台从现在起将持续监控。您可以在此完成，也可以继续测试一次切换并切回。</translation>
    </message>
    <message>
        <source>Wait until both nodes run it and hear each other</source>
        <translation>等待两个节点都使用新配置并互相收到心跳</translation>
    </message>
    <message>
        <source>Save the console&apos;s profile</source>
        <translation>保存控制台的集群连接配置</translation>
    </message>
    <message>
        <source>healthy after %1</source>
        <translation>%1 后恢复正常</translation>
    </message>
    <message>
        <source>Both nodes take the configuration as one change.</source>
        <translation>两个节点将配置作为一次变更一起采用。</translation>
    </message>
    <message>
        <source>First both agents check the configuration and stage it; only then do both write it, keeping their previous file as a backup, and reload. Automatic failover is frozen until the nodes hear each other on the new configuration. A reload does not stop the running service.</source>
        <translation>首先两个代理程序都检查并暂存配置；之后两者才写入配置（保留之前的文件作为备份）并重新加载。在两个节点以新配置互相收到心跳之前，自动故障切换处于冻结状态。重新加载不会停止正在运行的服务。</translation>
    </message>
    <message>
        <source>Check and stage the configuration on %1 and %2</source>
        <translation>在 %1 和 %2 上检查并暂存配置</translation>
    </message>
    <message>
        <source>Commit it on both nodes</source>
        <translation>在两个节点上提交</translation>
    </message>
    <message>
        <source>%1 keeps its previous version as %2</source>
        <translation>%1 将之前的版本保存为 %2</translation>
    </message>
    <message>
        <source>The console&apos;s profile of this cluster is saved as:</source>
        <translation>控制台已把该集群的连接配置保存为：</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>复制路径(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the profile&apos;s path</source>
        <translation>复制连接配置的路径</translation>
    </message>
    <message>
        <source>twinhactl needs this path: twinhactl --cluster %1 status. The console opens the profile by itself from now on.</source>
        <translation>twinhactl 需要这个路径：twinhactl --cluster %1 status。以后控制台会自动打开该连接配置。</translation>
    </message>
    <message>
        <source>The nodes could not set up the mirror over SSH, so nothing was changed. %1</source>
        <translation>节点无法通过 SSH 设置镜像，因此没有做任何更改。%1</translation>
    </message>
    <message>
        <source>Let each node&apos;s mirror key into the other, over SSH</source>
        <translation>让每个节点通过 SSH 接受对方的镜像密钥</translation>
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
        <source>Replication lag in WAL</source>
        <translation>复制延迟（WAL）</translation>
    </message>
    <message>
        <source>kilobytes</source>
        <translation>千字节</translation>
    </message>
    <message>
        <source>Replication lag in bytes chart</source>
        <translation>按字节计的复制延迟图表</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Show this much history; each node keeps 7 days of its own</source>
        <translation>显示这么长的历史；每个节点自己保存 7 天</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow the present again after zooming or panning</source>
        <translation>缩放或平移后，重新跟随当前时间</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to move, double-click for live. Point at a mark to see the event.</source>
        <translation>滚轮或 +/- 缩放，拖动或方向键移动，双击回到实时。鼠标指向标记可查看事件。</translation>
    </message>
    <message>
        <source>%1 on %2: %3 — %4</source>
        <translation>%1 %2：%3 — %4</translation>
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
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation>立即重新尝试连接该集群中所有未连接的节点</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>从列表中移除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConfigDiffView</name>
    <message>
        <source>No change: the file stays exactly as it is.</source>
        <translation>没有修改：文件保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n 行未改动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Connect to both servers again</source>
        <translation>重新连接两台服务器</translation>
    </message>
    <message>
        <source>Host keys are checked against %1. An unknown key is shown for you to compare before it is trusted; a changed key is refused.</source>
        <translation>主机密钥将与 %1 进行比对。未知密钥会先显示出来供您核对，然后再决定是否信任；已改变的密钥会被拒绝。</translation>
    </message>
    <message>
        <source>Agent started; asking who it is…</source>
        <translation>代理程序已启动，正在获取其身份信息…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Connected; reading the node&apos;s network and configuration…</source>
        <translation>已连接，正在读取节点的网络和配置…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to the SSH server…</source>
        <translation>正在连接 SSH 服务器…</translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation>正在检查主机密钥…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>正在以 %1 身份登录…</translation>
    </message>
    <message>
        <source>Starting the agent (%1)…</source>
        <translation>正在启动代理程序（%1）…</translation>
    </message>
    <message>
        <source>The agent is installed but its service is not running. Start it now and at every boot with: systemctl enable --now twinha-agent. Then press Connect again.</source>
        <translation>代理程序已安装，但其服务未运行。请用以下命令立即启动并设为开机自启：systemctl enable --now twinha-agent。然后点击“重新连接”。</translation>
    </message>
    <message>
        <source>If the address, the port or the jump host is wrong, correct it on the previous page; then press Connect again.</source>
        <translation>如果地址、端口或跳板机有误，请在上一页更正，然后点击“重新连接”。</translation>
    </message>
    <message>
        <source>If the user or the key file is wrong, correct it on the previous page; then press Connect again.</source>
        <translation>如果用户名或密钥文件有误，请在上一页更正，然后点击“重新连接”。</translation>
    </message>
    <message>
        <source>The key was not trusted. Press Connect again to compare the fingerprint once more.</source>
        <translation>未信任该密钥。点击“重新连接”可再次核对指纹。</translation>
    </message>
    <message>
        <source>Do not go on until the server&apos;s administrator has confirmed its new key.</source>
        <translation>在服务器管理员确认其新密钥之前，请勿继续。</translation>
    </message>
    <message>
        <source>When the cause is fixed, press Connect again.</source>
        <translation>排除问题后，请点击“重新连接”。</translation>
    </message>
    <message>
        <source>The agent answered, but could not report the node&apos;s network or configuration: %1 Press Connect again to retry.</source>
        <translation>代理程序已响应，但无法报告节点的网络或配置：%1请点击“重新连接”重试。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1（经由 %2）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Agent %1, node name &quot;%2&quot;</source>
        <translation>代理程序 %1，节点名“%2”</translation>
    </message>
    <message>
        <source>Both agents call themselves &quot;%1&quot;, but each node needs a name of its own. Check that the two addresses reach two different servers. The name is the short host name unless the agent&apos;s service runs with --node NAME; change it on one node, restart twinha-agent there and press Connect again.</source>
        <translation>两个代理程序都自称“%1”，但每个节点都需要各自的名称。请检查这两个地址是否指向两台不同的服务器。除非代理程序服务以 --node NAME 运行，否则节点名就是短主机名；请在其中一个节点上修改名称，在该节点上重启 twinha-agent，然后点击“重新连接”。</translation>
    </message>
    <message>
        <source>This pair already runs cluster %1: the next pages start from its current settings; settings the wizard does not show are kept.</source>
        <translation>这两台服务器已在运行集群 %1：后续页面将以其当前设置为起点；向导中未显示的设置将保留。</translation>
    </message>
    <message>
        <source>The configuration on these servers is for other nodes than &quot;%1&quot; and &quot;%2&quot;. The next pages start from defaults, and applying replaces that configuration.</source>
        <translation>这两台服务器上的配置属于“%1”和“%2”以外的节点。后续页面将从默认值开始，应用时会替换该配置。</translation>
    </message>
    <message>
        <source>Only %1 has a configuration file; %2 has none. The next pages start from the file on %1, and the review page shows the text that will be applied to both.</source>
        <translation>只有 %1 上有配置文件，%2 上没有。后续页面将以 %1 上的文件为起点，确认页面会显示将应用到两个节点的配置内容。</translation>
    </message>
    <message>
        <source>The configuration files on the two nodes differ. The next pages start from the file on %1; the review page shows the text that will be applied to both.</source>
        <translation>两个节点上的配置文件不一致。后续页面将以 %1 上的文件为起点；确认页面会显示将应用到两个节点的配置内容。</translation>
    </message>
    <message>
        <source>Host key (%1):</source>
        <translation>主机密钥（%1）：</translation>
    </message>
    <message>
        <source>It matches the known_hosts file, or you confirmed it when asked.</source>
        <translation>它与 known_hosts 文件一致，或者你在被询问时确认过它。</translation>
    </message>
    <message>
        <source>The console logs in to both servers and starts the agent on each. It changes nothing there unless you install the agent.</source>
        <translation>控制台登录两台服务器，并在每台上启动代理程序。除非在此安装代理程序，否则不做任何更改。</translation>
    </message>
    <message>
        <source>The agent is missing on this node: &quot;%1&quot; was not found. Install it below, or install the twinha-agent package on the node yourself and start it: systemctl enable --now twinha-agent. If it is installed elsewhere, set the agent command under Advanced on the previous page.</source>
        <translation>此节点上没有代理程序：找不到“%1”。请在下方安装，或自行在该节点上安装 twinha-agent 软件包并启动：systemctl enable --now twinha-agent。如果它安装在其他位置，请在上一页的“高级”中设置代理程序命令。</translation>
    </message>
    <message>
        <source>The configuration on these servers uses settings this console does not know: %1. It was written for a newer TwinHA; update the console before editing this cluster, or the wizard would drop them.</source>
        <translation>这两台服务器上的配置使用了本控制台无法识别的设置：%1。该配置由更新版本的 TwinHA 写入；请先升级控制台再编辑此集群，否则向导会丢弃这些设置。</translation>
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
        <translation>请通过“文件 ▸ 打开”选择集群连接配置，或使用 --cluster FILE 启动控制台。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Epoch: %1</source>
        <translation>纪元：%1</translation>
    </message>
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation>维护模式(&amp;M)…</translation>
    </message>
    <message>
        <source>Stops the agents from starting, stopping or moving anything by themselves, for the cluster or one group, or ends it</source>
        <translation>让代理程序不再自行启动、停止或移动任何东西（整个集群或单个资源组），或结束维护模式</translation>
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
        <translation>只显示人员执行的操作，不显示代理程序自动执行的操作</translation>
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
        <translation>代理程序</translation>
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
        <translation>由代理程序自动执行</translation>
    </message>
    <message>
        <source>Not yet written to disk on %1: the agent keeps it in memory only.</source>
        <translation>尚未写入 %1 的磁盘：代理程序目前仅将其保存在内存中。</translation>
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
        <translation>代理程序已启动</translation>
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
        <translation>代理程序 %1 已启动（纪元 %2，%3）。</translation>
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
    <message>
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <source>Fencing started</source>
        <translation>隔离（Fencing）开始</translation>
    </message>
    <message>
        <source>Node powered off</source>
        <translation>节点已断电</translation>
    </message>
    <message>
        <source>Fencing failed</source>
        <translation>隔离（Fencing）失败</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks and without fencing the other node.</source>
        <translation>请求将资源组 %1 切换到 %2，强制跳过检查，且不隔离另一节点。</translation>
    </message>
    <message>
        <source>Lease lost (epoch %1).</source>
        <translation>租约丢失（纪元 %1）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1: its lease from the witness could not be renewed in time (epoch %2).</source>
        <translation>本节点退出资源组 %1 的主用角色：未能及时续订仲裁节点授予的租约（纪元 %2）。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for the whole cluster: the agents start, stop and move nothing by themselves.</source>
        <translation>整个集群已开启维护模式：代理程序不会自行启动、停止或移动任何东西。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for group %1: the agents start, stop and move nothing of it by themselves.</source>
        <translation>资源组 %1 已开启维护模式：代理程序不会自行启动、停止或移动它。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for groups %1: the agents start, stop and move nothing of them by themselves.</source>
        <translation>资源组 %1 已开启维护模式：代理程序不会自行启动、停止或移动它们。</translation>
    </message>
    <message>
        <source>Maintenance mode is off: the agents act by themselves again.</source>
        <translation>维护模式已关闭：代理程序重新自行运作。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2: powering it off before a takeover, since it may be frozen rather than off.</source>
        <translation>正在使用 %2 隔离（Fencing）%1：由于它可能是卡死而不是已关机，接管之前先将其强制断电。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2; a takeover may go ahead.</source>
        <translation>%1 已被 %2 强制断电；可以进行接管。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>使用 %2 隔离（Fencing）%1 失败；在隔离成功之前不会接管。</translation>
    </message>
    <message>
        <source>Files kept after a split</source>
        <translation>脑裂后保留的文件</translation>
    </message>
    <message>
        <source>Configuration change prepared</source>
        <translation>配置变更已准备</translation>
    </message>
    <message>
        <source>Configuration change committed</source>
        <translation>配置变更已提交</translation>
    </message>
    <message>
        <source>Configuration change aborted</source>
        <translation>配置变更已中止</translation>
    </message>
    <message>
        <source>Configuration change rolled back</source>
        <translation>配置变更已回滚</translation>
    </message>
    <message>
        <source>Configuration change complete</source>
        <translation>配置变更完成</translation>
    </message>
    <message>
        <source>Peer not heard after a configuration change</source>
        <translation>配置变更后未收到对端心跳</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written on %1 during a split or before a failover are kept in %2: the resync from its peer would have deleted or overwritten them.</source>
        <translation>
            <numerusform>%1 在脑裂期间或故障切换之前写入的 %n 个文件已保留在 %2：来自对端的重新同步本会删除或覆盖它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration %1 checked and staged (change %2); automatic failover is frozen for up to %3 ms.</source>
        <translation>配置 %1 已校验并暂存（变更 %2）；自动故障切换最多冻结 %3 毫秒。</translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2).</source>
        <translation>配置 %1 已写入并加载（变更 %2）。</translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2); the previous file is kept as %3.</source>
        <translation>配置 %1 已写入并加载（变更 %2）；之前的文件保存为 %3。</translation>
    </message>
    <message>
        <source>Configuration change %1 aborted: the staged configuration was dropped.</source>
        <translation>配置变更 %1 已中止：暂存的配置已丢弃。</translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: the agent restarted while it was prepared. The running configuration stays.</source>
        <translation>配置变更 %1 已回滚：代理程序在准备期间重启。继续使用当前运行的配置。</translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: no commit came within %2 ms. The running configuration stays.</source>
        <translation>配置变更 %1 已回滚：%2 毫秒内未收到提交。继续使用当前运行的配置。</translation>
    </message>
    <message>
        <source>Both nodes run configuration %1 and hear each other on it (after %2 ms); automatic failover is active again.</source>
        <translation>两个节点都以配置 %1 运行并互相收到心跳（%2 毫秒后）；自动故障切换已恢复。</translation>
    </message>
    <message>
        <source>%1 (SSH from %2, unverified)</source>
        <extracomment>%2 is the address the operator&apos;s SSH session reported; the agent cannot confirm it</extracomment>
        <translation>%1（来自 SSH %2，未经验证）</translation>
    </message>
    <message>
        <source>Mirror key trusted</source>
        <translation>已信任镜像密钥</translation>
    </message>
    <message>
        <source>%1&apos;s mirror key (%2) may now push copies to this node over SSH, through %3.</source>
        <translation>%1 的镜像密钥（%2）现在可以通过 SSH 向本节点推送副本，登记于 %3。</translation>
    </message>
    <message>
        <source>Old primary rewound</source>
        <translation>旧主库已回卷</translation>
    </message>
    <message>
        <source>PostgreSQL held stopped</source>
        <translation>PostgreSQL 保持停止</translation>
    </message>
    <message>
        <source>Synchronous replication</source>
        <translation>同步复制</translation>
    </message>
    <message>
        <source>PostgreSQL on this node had stopped as a primary without handing over. pg_rewind brought it onto the timeline of the primary at %1, discarding what it had written past the fork (its last checkpoint was %2 on timeline %3); it now follows as a standby.</source>
        <translation>本节点的 PostgreSQL 曾以主库身份停止而未交接。pg_rewind 已将它带到 %1 上主库的时间线，丢弃了它在分叉点之后写入的内容（它的最后检查点为 %2，时间线 %3）；它现在作为备库跟随。</translation>
    </message>
    <message>
        <source>Commits on the primary wait for the standby again (%1).</source>
        <translation>主库上的提交重新等待备库（%1）。</translation>
    </message>
    <message>
        <source>The standby of %1 is away: commits on the primary no longer wait for it, and automatic failover is off until it streams again.</source>
        <translation>%1 的备库已离开：主库上的提交不再等待它，在它恢复流复制之前自动故障切换关闭。</translation>
    </message>
    <message>
        <source>a role change</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>a failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>a switchover</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>a split-brain</source>
        <translation>脑裂</translation>
    </message>
    <message>
        <source>a heartbeat link</source>
        <translation>心跳线</translation>
    </message>
    <message>
        <source>replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>隔离（Fencing）</translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) reached %3 after %n attempt(s).</source>
        <translation>
            <numerusform>关于%1（%2）的告警经 %n 次尝试后已送达 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) did not reach %3 after %n attempt(s): %4</source>
        <extracomment>%4 says why: a program that failed, or a web server that answered with an error</extracomment>
        <translation>
            <numerusform>关于%1（%2）的告警经 %n 次尝试仍未送达 %3：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication lagging</source>
        <translation>复制延迟超限</translation>
    </message>
    <message>
        <source>Replication caught up</source>
        <translation>复制已追上</translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation>告警已发送</translation>
    </message>
    <message>
        <source>Alert not delivered</source>
        <translation>告警未送达</translation>
    </message>
    <message>
        <source>Replication %1 is %2 s behind (limit %3 s): switchovers and automatic failover wait until it catches up.</source>
        <translation>复制通道 %1 落后 %2 秒（上限 %3 秒）：切换和自动故障切换将等到它追上为止。</translation>
    </message>
    <message>
        <source>Replication %1 is %2 bytes behind (limit %3): switchovers and automatic failover wait until it catches up.</source>
        <translation>复制通道 %1 落后 %2 字节（上限 %3）：切换和自动故障切换将等到它追上为止。</translation>
    </message>
    <message>
        <source>Replication %1 is within its limit again.</source>
        <translation>复制通道 %1 已回到上限以内。</translation>
    </message>
    <message>
        <source>Group recovery</source>
        <translation>资源组恢复</translation>
    </message>
    <message>
        <source>Group recovered</source>
        <translation>资源组已恢复</translation>
    </message>
    <message>
        <source>Group %1 runs again on this node (stopped and started in %2 ms).</source>
        <translation>资源组 %1 已在本节点重新运行（停止并启动用时 %2 毫秒）。</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed on this node (%n time(s) within %2 min): restarting it here.</source>
        <translation>
            <numerusform>资源组 %1 在本节点发生故障（%2 分钟内第 %n 次）：在本节点重新启动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed again on this node (%n time(s) within %2 min): moving it to %3.</source>
        <translation>
            <numerusform>资源组 %1 在本节点再次发生故障（%2 分钟内第 %n 次）：切换到 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. Automatic failover is off, so it does not move to the peer: starting it here again in %2 s.</source>
        <translation>资源组 %1 在本节点反复发生故障。自动故障切换已关闭，因此不会切换到对端：%2 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, where it was moved after failing on the peer: starting it here again in %2 s.</source>
        <translation>资源组 %1 因在对端发生故障而切换到本节点，但在本节点也反复发生故障：%2 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node and cannot move to the peer: %2 Starting it here again in %3 s.</source>
        <translation>资源组 %1 在本节点反复发生故障，且无法切换到对端：%2 %3 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node: starting it here again in %2 s.</source>
        <translation>资源组 %1 在本节点反复发生故障：%2 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, and its move to the peer within this window did not succeed: starting it here again in %2 s.</source>
        <translation>资源组 %1 在本节点反复发生故障，且本时间窗口内向对端的切换未成功：%2 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. In duplex mode it runs on both nodes, so there is nowhere to move it: starting it here again in %2 s.</source>
        <translation>资源组 %1 在本节点反复发生故障。双机双工模式下它已在两个节点上运行，无处可切换：%2 秒后在本节点再次启动。</translation>
    </message>
    <message>
        <source>Group %1 was stopped by this node&apos;s dead-man guard while the agent was silent. The peer did not take it over, so it is started again here.</source>
        <translation>资源组 %1 在代理程序无响应期间被本节点的失效保护进程（dead-man guard）停止。对端没有接管它，因此在本节点重新启动。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FailoverPage</name>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Choose what happens when the active node dies.</source>
        <translation>选择主用节点宕机时的处理方式。</translation>
    </message>
    <message>
        <source>&amp;Manual only</source>
        <translation>仅手动(&amp;M)</translation>
    </message>
    <message>
        <source>Manual failover only</source>
        <translation>仅手动故障切换</translation>
    </message>
    <message>
        <source>When the active node dies, the standby waits for an operator to force a takeover from the console. There is no risk of split-brain, but the services stay down until someone acts.</source>
        <translation>主用节点宕机后，备用节点等待运维人员在控制台上执行强制接管。这样不存在脑裂风险，但在有人处理之前，服务将一直中断。</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation>自动故障切换</translation>
    </message>
    <message>
        <source>Tiebreakers</source>
        <translation>仲裁目标</translation>
    </message>
    <message>
        <source>Addresses both nodes reach on the network the clients use, such as the default gateway: an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation>两个节点都能通过客户端所用网络访问到的地址，例如默认网关：可以是用于 ping 的 IP 地址或主机名，也可以是 tcp:host:port 形式的必须能接受连接的端口（IPv6 地址需加方括号：tcp:[2001:db8::1]:443）。</translation>
    </message>
    <message>
        <source>New tiebreaker</source>
        <translation>新仲裁目标</translation>
    </message>
    <message>
        <source>192.0.2.1 or tcp:host:port</source>
        <translation>192.0.2.1 或 tcp:host:port</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add tiebreaker</source>
        <translation>添加仲裁目标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected tiebreakers</source>
        <translation>移除所选的仲裁目标</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tiebreaker. Enter an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation>“%1”不是有效的仲裁目标。请输入用于 ping 的 IP 地址或主机名，或以 tcp:host:port 形式输入必须能接受连接的端口（IPv6 地址需加方括号：tcp:[2001:db8::1]:443）。</translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s), plus the moment a tiebreaker takes to answer; then the standby starts the services.</source>
        <translation>最坏情况下的接管时间：最后一次心跳后约 %1 秒（失效判定时间 %2 秒加一个心跳间隔 %3 秒），再加上仲裁目标应答所需的片刻；随后备用节点启动服务。</translation>
    </message>
    <message>
        <source>Worst-case takeover: only when an operator acts. Automatic failover would take about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s).</source>
        <translation>最坏情况下的接管时间：只有运维人员操作后才会接管。若采用自动故障切换，约在最后一次心跳后 %1 秒接管（失效判定时间 %2 秒加一个心跳间隔 %3 秒）。</translation>
    </message>
    <message>
        <source>The standby takes over by itself when every heartbeat link has been silent past the dead time, the witness grants it the lease (or, without a witness, a tiebreaker still answers), and the replication lag was within its limit. A standby that is only cut off from the network must not start the services while the active node still runs them (split-brain), so automatic failover needs a witness or a tiebreaker.</source>
        <translation>当所有心跳线的静默时间都超过失效判定时间、仲裁节点将租约授予备用节点（若没有仲裁节点，则至少有一个仲裁目标仍有响应），且复制延迟在限值之内时，备用节点会自动接管。仅仅是与网络断开的备用节点不得在主用节点仍在运行服务时启动服务（脑裂），因此自动故障切换需要仲裁节点或仲裁目标。</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>仲裁节点(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fencing (STONITH)</source>
        <translation>隔离（Fencing，STONITH）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tiebreakers</source>
        <translation>仲裁目标(&amp;T)</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>保护级别：%1</translation>
    </message>
    <message>
        <source>Only %1 has a fence device: when %2 fails, %1 takes over without powering it off.</source>
        <translation>只有 %1 配置了隔离设备：当 %2 发生故障时，%1 接管前不会将其断电。</translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the failure: the standby waits until the old lease has run out (lease TTL %2 s) and every heartbeat link has been silent past the dead time (%3 s); then it starts the services.</source>
        <translation>最坏情况下的接管时间：故障后约 %1 秒：备用节点要等到旧租约到期（租约 TTL %2 秒），且所有心跳线的静默时间都超过失效判定时间（%3 秒）；然后启动服务。</translation>
    </message>
    <message>
        <source>Fencing adds the time the device takes to power the node off.</source>
        <translation>隔离（Fencing）还会增加设备将节点断电所需的时间。</translation>
    </message>
    <message>
        <source>Automatic failover needs a witness or at least one tiebreaker, or a standby that is merely cut off could take over while the active node still runs. Enter the witness&apos;s address, add a tiebreaker such as the default gateway&apos;s address, or choose manual failover.</source>
        <translation>自动故障切换需要仲裁节点或至少一个仲裁目标，否则仅仅是断网的备用节点可能会在主用节点仍在运行时接管。请输入仲裁节点的地址，或添加一个仲裁目标（例如默认网关的地址），或选择手动故障切换。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>告警(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one. Enter the default gateway&apos;s address or another host beyond the switch.</source>
        <translation>“%1”就是本机自身：它总会应答，因此无法区分与网络断开的节点和正常的节点。请输入默认网关的地址，或交换机另一侧的其他主机。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FenceBox</name>
    <message>
        <source>&quot;%1&quot; is not a fence agent (fence_ipmilan, fence_virsh, …), a path to one, or a command line.</source>
        <translation>“%1”既不是隔离代理程序（fence_ipmilan、fence_virsh 等），也不是其路径或命令行。</translation>
    </message>
    <message>
        <source>Line %1 of the options for %2 is not key=value.</source>
        <translation>%2 的选项第 %1 行不是 key=value 格式。</translation>
    </message>
    <message>
        <source>The agents give &quot;action&quot; to the fence device themselves; remove it from the options for %1.</source>
        <translation>代理程序会自行向隔离设备提供“action”；请将其从 %1 的选项中删除。</translation>
    </message>
    <message>
        <source>A device that powers a node off, so that a silent node, which may be frozen rather than off, cannot go on serving: its peer takes over only once it is off. A fence agent from fence-agents (as Pacemaker uses them) or a script; its options go to it as key=value lines. Leave it empty for none.</source>
        <translation>用于将节点强制断电的设备，使失联的节点（可能是卡死而不是已关机）无法继续提供服务：只有在它断电之后，对端才会接管。可以是 fence-agents 中的隔离代理程序（与 Pacemaker 所用相同）或脚本；选项以 key=value 行的形式传给它。留空表示不使用。</translation>
    </message>
    <message>
        <source>Power off %1 with:</source>
        <translation>将 %1 断电的设备：</translation>
    </message>
    <message>
        <source>Fence device for %1</source>
        <translation>%1 的隔离设备</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Options for %1&apos;s fence device, one key=value a line</source>
        <translation>%1 的隔离设备选项，每行一个 key=value</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for fencing %1, in seconds</source>
        <translation>隔离 %1 的时限（秒）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the fence device for %1</source>
        <translation>检查 %1 的隔离设备</translation>
    </message>
    <message>
        <source>Asks %1 to run the device with action=monitor: it asks the power switch whether it answers and powers nothing off.</source>
        <translation>让 %1 以 action=monitor 运行该设备：只询问电源开关是否应答，不会关闭任何电源。</translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the device again at Apply.</source>
        <translation>上次检查失败。仍可继续：应用时代理程序会再次检查该设备。</translation>
    </message>
    <message>
        <source>%1, which would power %2 off, is not connected, so the device was not checked.</source>
        <translation>负责关闭 %2 电源的 %1 未连接，因此未检查该设备。</translation>
    </message>
    <message>
        <source>%1: checking the fence device for %2…</source>
        <translation>%1：正在检查 %2 的隔离设备…</translation>
    </message>
    <message>
        <source>%1 could not check the device. %2</source>
        <translation>%1 无法检查该设备。%2</translation>
    </message>
    <message>
        <source>%1 reaches %2 for %3 (monitor ok).</source>
        <translation>%1 可以连到用于 %3 的 %2（monitor 正常）。</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4): %5</source>
        <translation>在 %3 上运行用于 %2 的 %1 失败（退出状态 %4）：%5</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4).</source>
        <translation>在 %3 上运行用于 %2 的 %1 失败（退出状态 %4）。</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3: %4</source>
        <translation>在 %3 上运行用于 %2 的 %1 失败：%4</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3.</source>
        <translation>在 %3 上运行用于 %2 的 %1 失败。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FolderCheck</name>
    <message>
        <source>%1: not connected, so the folder could not be checked. Go back to the connection page and reconnect.</source>
        <translation>%1：未连接，因此无法检查目录。请返回连接页面重新连接。</translation>
    </message>
    <message>
        <source>%1: the folder could not be checked. %2</source>
        <translation>%1：无法检查目录。%2</translation>
    </message>
    <message>
        <source>%1: %2 does not exist. Create the folder on this node, then check again.</source>
        <translation>%1：%2 不存在。请在该节点上创建该目录，然后重新检查。</translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder. Choose a folder.</source>
        <translation>%1：%2 是文件而不是目录。请选择一个目录。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends more than %Ln file(s), %3; counting stopped there.</source>
        <translation>
            <numerusform>%1：%2 是一个目录。首次复制将发送超过 %Ln 个文件，%3；统计到此为止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends %Ln file(s), %3.</source>
        <translation>
            <numerusform>%1：%2 是一个目录。首次复制将发送 %Ln 个文件，%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder with %Ln file(s). It receives the copy: files the active node does not have are deleted from it.</source>
        <translation>
            <numerusform>%1：%2 是一个包含 %Ln 个文件的目录。它将接收复制数据：主用节点上没有的文件将从该目录中删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is an empty folder, ready to receive the copy.</source>
        <translation>%1：%2 是空目录，可以接收复制数据。</translation>
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
        <translation>代理程序拒绝了该操作：%1</translation>
    </message>
    <message>
        <source>Take over without fencing?</source>
        <translation>不隔离就接管？</translation>
    </message>
    <message>
        <source>%1 may still be running the service: both nodes may serve at once and data may diverge.</source>
        <translation>%1 可能仍在运行该服务：两个节点可能同时提供服务，数据可能出现分叉。</translation>
    </message>
    <message>
        <source>Skip fencing only if you know that %1 is off, for example because you switched it off yourself. %2 then takes over group %3 at once.</source>
        <translation>只有在确知 %1 已关机时（例如是您亲自关的机）才跳过隔离。随后 %2 会立即接管资源组 %3。</translation>
    </message>
    <message>
        <source>Take over &amp;without fencing</source>
        <translation>不隔离直接接管(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for fencing…</source>
        <translation>正在等待隔离完成…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skip fencing…</source>
        <translation>跳过隔离(&amp;S)…</translation>
    </message>
    <message>
        <source>Takes over without powering %1 off first: if it still runs, both nodes serve at once</source>
        <translation>不先将 %1 断电就接管：如果它仍在运行，两个节点会同时提供服务</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>控制台现在与两个节点的代理程序都没有连接；各节点的卡片会说明原因。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::GroupsPage</name>
    <message>
        <source>Groups and resources</source>
        <translation>资源组和资源</translation>
    </message>
    <message>
        <source>What moves between the nodes: addresses, services and scripts, in groups.</source>
        <translation>在节点之间迁移的内容：按资源组组织的地址、服务和脚本。</translation>
    </message>
    <message>
        <source>Each group normally runs on the node it prefers, and each node is the standby of the other node&apos;s group. Let the two groups prefer different nodes.</source>
        <translation>每个资源组通常运行在其首选节点上，每个节点同时是另一节点上资源组的备用节点。请为两个资源组选择不同的首选节点。</translation>
    </message>
    <message>
        <source>The group runs on both nodes at once; a switchover drains one node and returns it.</source>
        <translation>资源组同时在两个节点上运行；切换时会先排空一个节点，然后再让它恢复服务。</translation>
    </message>
    <message>
        <source>The group runs on one node at a time; the other node stands by to take it over.</source>
        <translation>资源组同一时间只在一个节点上运行；另一个节点处于备用状态，随时准备接管。</translation>
    </message>
    <message>
        <source>Resources start from the top of the list down and stop from the bottom up. Put first what the others need: a service that listens on the virtual IP address comes after the address.</source>
        <translation>资源按列表从上到下的顺序启动，从下到上的顺序停止。请把其他资源所依赖的资源放在前面：在虚拟IP地址上监听的服务应排在该地址之后。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>资源组 %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>资源组 %1：%2</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>资源组名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of group %1</source>
        <translation>资源组 %1 的名称</translation>
    </message>
    <message>
        <source>&amp;Preferred node:</source>
        <translation>首选节点(&amp;P)：</translation>
    </message>
    <message>
        <source>Preferred node of group %1</source>
        <translation>资源组 %1 的首选节点</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无首选</translation>
    </message>
    <message>
        <source>&amp;Resources, in start order:</source>
        <translation>资源（按启动顺序）(&amp;R)：</translation>
    </message>
    <message>
        <source>Resources of group %1, in start order</source>
        <translation>资源组 %1 的资源（按启动顺序）</translation>
    </message>
    <message>
        <source>Add virtual IP…</source>
        <translation>添加虚拟IP…</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>添加服务…</translation>
    </message>
    <message>
        <source>Add script…</source>
        <translation>添加脚本…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>%1: virtual IP %2 on %3</source>
        <translation>%1：虚拟IP %2（位于 %3）</translation>
    </message>
    <message>
        <source>%1: service %2</source>
        <translation>%1：服务 %2</translation>
    </message>
    <message>
        <source>%1: script %2</source>
        <translation>%1：脚本 %2</translation>
    </message>
    <message>
        <source>No resources yet. Add the address, services and scripts this group moves between the nodes.</source>
        <translation>尚无资源。请添加该资源组要在节点之间迁移的地址、服务和脚本。</translation>
    </message>
    <message>
        <source>Start order: %1. Stop order: %2.</source>
        <translation>启动顺序：%1。停止顺序：%2。</translation>
    </message>
    <message>
        <source>There is no group to fill in. Go back to the mode page and choose how the nodes share the work.</source>
        <translation>没有可填写的资源组。请返回模式页面，选择两个节点的分工方式。</translation>
    </message>
    <message>
        <source>Group %1 has no name. Enter a short name such as &quot;mail&quot; or &quot;web&quot;.</source>
        <translation>资源组 %1 没有名称。请输入一个简短的名称，例如“mail”或“web”。</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>资源组名称“%1”无效。请使用不超过 63 个字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Two groups are called &quot;%1&quot;. Give each group a name of its own.</source>
        <translation>有两个资源组都叫“%1”。请为每个资源组分别命名。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no resources. Add at least one: the virtual IP address, service or script that moves between the nodes.</source>
        <translation>资源组“%1”没有资源。请至少添加一个在节点之间迁移的虚拟IP地址、服务或脚本。</translation>
    </message>
    <message>
        <source>In mutual backup each group prefers one node. Choose the preferred node of group &quot;%1&quot;.</source>
        <translation>双机互备模式下，每个资源组各有一个首选节点。请为资源组“%1”选择首选节点。</translation>
    </message>
    <message>
        <source>In mutual backup the two groups must prefer different nodes: let &quot;%1&quot; prefer %2 and &quot;%3&quot; prefer %4.</source>
        <translation>双机互备模式下，两个资源组的首选节点必须不同：请将“%1”的首选节点设为 %2，“%3”的首选节点设为 %4。</translation>
    </message>
    <message>
        <source>%1: PostgreSQL in %2</source>
        <translation>%1：PostgreSQL，位于 %2</translation>
    </message>
    <message>
        <source>The PostgreSQL resource is set on the Replication page, where both nodes&apos; clusters are listed.</source>
        <translation>PostgreSQL 资源在“复制”页设置，那里列出两个节点的集群。</translation>
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
    <name>twinha::ui::HostsPage</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Name the cluster and say how the console reaches each of the two servers over SSH.</source>
        <translation>为集群命名，并指定控制台如何通过 SSH 连接这两台服务器。</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>集群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>Leave the key file empty to use ssh-agent and your default keys. Passwords and key passphrases are asked for when connecting and are never stored.</source>
        <translation>密钥文件留空则使用 ssh-agent 和您的默认密钥。密码和密钥密码短语会在连接时询问，且不会被保存。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Agent command:</source>
        <translation>代理程序命令：</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>跳板机：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>ssh-agent and default keys</source>
        <translation>ssh-agent 和默认密钥</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>%1 地址</translation>
    </message>
    <message>
        <source>%1 SSH port</source>
        <translation>%1 SSH 端口</translation>
    </message>
    <message>
        <source>%1 user</source>
        <translation>%1 用户名</translation>
    </message>
    <message>
        <source>%1 private key file</source>
        <translation>%1 私钥文件</translation>
    </message>
    <message>
        <source>Browse for the %1 private key file</source>
        <translation>浏览选择 %1 的私钥文件</translation>
    </message>
    <message>
        <source>%1 advanced settings</source>
        <translation>%1 高级设置</translation>
    </message>
    <message>
        <source>%1 agent command</source>
        <translation>%1 代理程序命令</translation>
    </message>
    <message>
        <source>%1 jump host</source>
        <translation>%1 跳板机</translation>
    </message>
    <message>
        <source>Optional bastion to connect through: host, host:port or user@host:port.</source>
        <translation>可选，经由该堡垒机连接：host、host:port 或 user@host:port。</translation>
    </message>
    <message>
        <source>Choose the private key for node %1</source>
        <translation>选择节点 %1 的私钥</translation>
    </message>
    <message>
        <source>%1: enter the server&apos;s address, a host name or an IP address.</source>
        <translation>%1：请输入服务器地址，即主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address. Enter only the address; the user and the port have fields of their own.</source>
        <translation>%1：“%2”不是主机名或 IP 地址。请只输入地址；用户名和端口有各自的输入框。</translation>
    </message>
    <message>
        <source>%1: enter the user to log in as, for example root.</source>
        <translation>%1：请输入登录用户名，例如 root。</translation>
    </message>
    <message>
        <source>%1: the private key file %2 does not exist. Choose it with Browse…, or leave the field empty to use ssh-agent and the default keys.</source>
        <translation>%1：私钥文件 %2 不存在。请通过“浏览…”选择，或将此项留空以使用 ssh-agent 和默认密钥。</translation>
    </message>
    <message>
        <source>%1: the agent command is empty. Enter the command that starts the agent session, normally &quot;%2&quot;.</source>
        <translation>%1：代理程序命令为空。请输入启动代理程序会话的命令，通常为“%2”。</translation>
    </message>
    <message>
        <source>%1: the jump host &quot;%2&quot; is not valid. Write it as host, host:port or user@host:port, or leave it empty to connect directly.</source>
        <translation>%1：跳板机“%2”无效。请按 host、host:port 或 user@host:port 格式填写，或留空以直接连接。</translation>
    </message>
    <message>
        <source>Enter a cluster name: up to 32 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>请输入集群名称：不超过 32 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>The cluster name &quot;%1&quot; may only contain letters, digits, &quot;-&quot; and &quot;_&quot;, at most 32 of them. Choose another name.</source>
        <translation>集群名称“%1”只能包含字母、数字、“-”和“_”，且不超过 32 个字符。请另选一个名称。</translation>
    </message>
    <message>
        <source>Node 1 and Node 2 both point to %1, port %2. Enter the address of the second server for Node 2.</source>
        <translation>节点 1 和节点 2 都指向 %1 的端口 %2。请为节点 2 输入第二台服务器的地址。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPage</name>
    <message>
        <source>Heartbeat links</source>
        <translation>心跳线</translation>
    </message>
    <message>
        <source>The paths on which the nodes check that the other one is alive.</source>
        <translation>节点之间用于确认对方是否存活的通路。</translation>
    </message>
    <message>
        <source>Each link is a path between the nodes. On every link each node sends small UDP heartbeats from its address and port to the other node&apos;s.</source>
        <translation>每条心跳线都是节点之间的一条通路。在每条心跳线上，每个节点都从自己的地址和端口向对方节点的地址和端口发送小型 UDP 心跳包。</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加心跳线</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除心跳线</translation>
    </message>
    <message>
        <source>Heartbeat &amp;interval:</source>
        <translation>心跳间隔(&amp;I)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Heartbeat interval in milliseconds</source>
        <translation>心跳间隔（毫秒）</translation>
    </message>
    <message>
        <source>&amp;Dead time:</source>
        <translation>失效判定时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Dead time in milliseconds</source>
        <translation>失效判定时间（毫秒）</translation>
    </message>
    <message>
        <source>Two independent links, for example a private cable between the nodes and the public network, avoid false failovers: one broken cable or switch then does not look like a failed peer.</source>
        <translation>两条相互独立的心跳线（例如节点之间的专用直连线和公共网络）可以避免误触发故障切换：这样即使一根线缆或一台交换机出现故障，也不会被误判为对端故障。</translation>
    </message>
    <message numerus="yes">
        <source>A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat(s) missed).</source>
        <translation>
            <numerusform>所有心跳线均静默 %1 秒后（丢失 %Ln 个心跳）即判定对端故障。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one heartbeat link: without one the nodes cannot hear each other.</source>
        <translation>请至少添加一条心跳线：否则节点之间无法收到彼此的心跳。</translation>
    </message>
    <message>
        <source>The dead time must be at least three times the heartbeat interval, here %1 ms or more, so that a few lost heartbeats do not look like a failed peer.</source>
        <translation>失效判定时间必须至少为心跳间隔的三倍，即不少于 %1 毫秒，以免偶尔丢失几个心跳就被误判为对端故障。</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>时间参数(&amp;T)：</translation>
    </message>
    <message>
        <source>Standard: heartbeat %1 ms, dead time %2 s</source>
        <translation>标准：心跳 %1 毫秒，失效判定 %2 秒</translation>
    </message>
    <message>
        <source>Fast: heartbeat %1 ms, dead time %2 s</source>
        <translation>快速：心跳 %1 毫秒，失效判定 %2 秒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Short timings need links with a few milliseconds of latency and jitter, and the agent running as root, so that its heartbeat runs at real-time priority. Even then, a node that stalls for a tenth of a second (a virtual machine whose host is busy) can have its services stopped by its own dead-man guard, or be taken over while healthy.</source>
        <translation>较短的时间参数要求心跳线的延迟和抖动仅为几毫秒，且代理程序以 root 身份运行，使心跳以实时优先级执行。即便如此，停顿约 0.1 秒的节点（例如宿主机繁忙的虚拟机）仍可能被自身的失效保护进程（dead-man guard）停止服务，或在正常运行时被对端接管。</translation>
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
        <source>RTT %1 ms</source>
        <translation>RTT %1 毫秒</translation>
    </message>
    <message>
        <source>RTT %1 ms, loss %2 %</source>
        <translation>RTT %1 毫秒，丢包 %2 %</translation>
    </message>
    <message>
        <source>%1: %2, %3 ago</source>
        <translation>%1：%2，%3 前</translation>
    </message>
    <message>
        <source>it last said: %1</source>
        <translation>它最后报告：%1</translation>
    </message>
    <message>
        <source>it last said: %1, %2</source>
        <translation>它最后报告：%1，%2</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>%1 的地址</translation>
    </message>
    <message>
        <source>Port of %1</source>
        <translation>%1 的端口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>On interface %1</source>
        <translation>位于网络接口 %1</translation>
    </message>
    <message>
        <source>Name of link %1</source>
        <translation>心跳线 %1 的名称</translation>
    </message>
    <message>
        <source>Address of %1 on link %2</source>
        <translation>%1 在心跳线 %2 上的地址</translation>
    </message>
    <message>
        <source>UDP port of %1 on link %2</source>
        <translation>%1 在心跳线 %2 上的 UDP 端口</translation>
    </message>
    <message>
        <source>Link %1 has no name. Enter a short name such as &quot;private&quot; or &quot;public&quot;.</source>
        <translation>心跳线 %1 没有名称。请输入一个简短的名称，例如“private”或“public”。</translation>
    </message>
    <message>
        <source>The link name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>心跳线名称“%1”无效。请使用不超过 63 个字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Two links are called &quot;%1&quot;. Give each link a name of its own.</source>
        <translation>有两条心跳线都叫“%1”。请为每条心跳线分别命名。</translation>
    </message>
    <message>
        <source>Enter the address of %1 on link &quot;%2&quot;: pick one of its addresses or type one.</source>
        <translation>请输入 %1 在心跳线“%2”上的地址：从其现有地址中选择一个，或直接输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or host name. Enter the address of %2 on link &quot;%3&quot; without a /prefix.</source>
        <translation>“%1”不是 IP 地址或主机名。请输入 %2 在心跳线“%3”上的地址，不要带 /前缀长度。</translation>
    </message>
    <message>
        <source>The port of %1 on link &quot;%2&quot; must be between 1 and 65535.</source>
        <translation>%1 在心跳线“%2”上的端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Links &quot;%1&quot; and &quot;%2&quot; both use %3 on %4. Give each link its own address or port.</source>
        <translation>心跳线“%1”和“%2”在 %4 上都使用 %3。请为每条心跳线指定各自的地址或端口。</translation>
    </message>
    <message>
        <source>On link &quot;%1&quot; both nodes use %2. Enter each node&apos;s own address on this path, or give them different ports.</source>
        <translation>在心跳线“%1”上，两个节点都使用 %2。请输入各节点在这条通路上各自的地址，或为它们指定不同的端口。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MainWindow</name>
    <message>
        <source>Open cluster profile</source>
        <translation>打开集群连接配置</translation>
    </message>
    <message>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation>集群连接配置 (*.json);;所有文件 (*)</translation>
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
        <translation>打开集群连接配置(&amp;O)…</translation>
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
        <translation>%1：已连接 %3 个代理程序中的 %2 个</translation>
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
    <message>
        <source>&amp;New cluster…</source>
        <translation>新建集群(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation>编辑集群(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation>维护模式(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation>立即重新尝试连接该集群中所有未连接的节点</translation>
    </message>
    <message>
        <source>Filter by name or state…</source>
        <translation>按名称或状态筛选…</translation>
    </message>
    <message>
        <source>Filter the clusters</source>
        <translation>筛选集群</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceBanner</name>
    <message>
        <source>Ending…</source>
        <translation>正在结束…</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>结束维护(&amp;E)</translation>
    </message>
    <message>
        <source>The agents act by themselves again: they start, stop and move groups as the configuration says, and fail over after a failure.</source>
        <translation>代理程序重新自行运作：按配置启动、停止和移动资源组，并在故障后进行故障切换。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>控制台现在与两个节点的代理程序都没有连接；各节点的卡片会说明原因。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceDialog</name>
    <message>
        <source>The agents refused: %1</source>
        <translation>代理程序拒绝了该操作：%1</translation>
    </message>
    <message>
        <source>Maintenance mode — %1</source>
        <translation>维护模式 — %1</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>维护模式已关闭。</translation>
    </message>
    <message>
        <source>In maintenance mode the agents keep watching and reporting, but start, stop and move nothing by themselves, not even after a failure. A planned switchover needs force. Use it while you work on a node or a service, and end it when you are done.</source>
        <translation>在维护模式下，代理程序继续监视和报告，但不会自行启动、停止或移动任何东西，即使发生故障也不会。计划内的切换需要强制执行。请在维护节点或服务期间使用，完成后结束维护模式。</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>开启(&amp;N)</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>关闭(&amp;F)</translation>
    </message>
    <message>
        <source>For the &amp;whole cluster</source>
        <translation>整个集群(&amp;W)</translation>
    </message>
    <message>
        <source>For &amp;group:</source>
        <translation>资源组(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>&amp;Start maintenance</source>
        <translation>开始维护(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>结束维护(&amp;E)</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>控制台现在与两个节点的代理程序都没有连接；各节点的卡片会说明原因。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorFields</name>
    <message>
        <source>&amp;Folder on %1:</source>
        <translation>%1 上的目录(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>目录(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder on %1</source>
        <translation>%1 上的目录</translation>
    </message>
    <message>
        <source>Folder, the same on both nodes</source>
        <translation>目录（两个节点相同）</translation>
    </message>
    <message>
        <source>&amp;Different folder on %1</source>
        <translation>%1 上使用不同的目录(&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;older on %1:</source>
        <translation>%1 上的目录(&amp;O)：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <source>Receive &amp;port on %1:</source>
        <translation>%1 的接收端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Receive &amp;port:</source>
        <translation>接收端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Receive port on %1:</source>
        <translation>%1 的接收端口：</translation>
    </message>
    <message>
        <source>TCP port on which %1 receives the copy</source>
        <translation>%1 接收复制数据的 TCP 端口</translation>
    </message>
    <message>
        <source>TCP port on which each node receives the copy</source>
        <translation>各节点接收复制数据的 TCP 端口</translation>
    </message>
    <message>
        <source>The standby receives the copy on this TCP port, on the address of its first heartbeat link. The same port is used on both nodes.</source>
        <translation>备用节点在其第一条心跳线的地址上，通过此 TCP 端口接收复制数据。两个节点使用相同的端口。</translation>
    </message>
    <message>
        <source>Check folders</source>
        <translation>检查目录</translation>
    </message>
    <message>
        <source>Check the folders on both nodes</source>
        <translation>检查两个节点上的目录</translation>
    </message>
    <message>
        <source>Enter the folder to mirror on %1, for example /var/mail.</source>
        <translation>请输入 %1 上要镜像的目录，例如 /var/mail。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path. Enter the full path of the folder on %2, starting with /.</source>
        <translation>“%1”不是绝对路径。请输入 %2 上该目录的完整路径，以 / 开头。</translation>
    </message>
    <message>
        <source>%1 is a system folder: mirroring it would delete files on the standby. Choose the folder that holds the service&apos;s data.</source>
        <translation>%1 是系统目录：镜像该目录会删除备用节点上的文件。请选择存放服务数据的目录。</translation>
    </message>
    <message>
        <source>The receive port must be between 1 and 65535.</source>
        <translation>接收端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Both nodes use the address %1, so they need different receive ports.</source>
        <translation>两个节点都使用地址 %1，因此需要不同的接收端口。</translation>
    </message>
    <message>
        <source>The folders are ready on both nodes.</source>
        <translation>两个节点上的目录均已就绪。</translation>
    </message>
    <message>
        <source>The folder must exist on both nodes, and both must answer. Fix what is listed above, then press Next again.</source>
        <translation>目录必须在两个节点上都存在，且两个节点都必须响应。请修正上面列出的问题，然后再次点击“下一步”。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorTransportBox</name>
    <message>
        <source>Encrypted, over &amp;SSH</source>
        <translation>加密，通过 &amp;SSH</translation>
    </message>
    <message>
        <source>Encrypted, over &amp;SSH (recommended)</source>
        <translation>加密，通过 &amp;SSH（推荐）</translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol (recommended on a private cable)</source>
        <translation>未加密的 rsync 协议（在专用网线上推荐）</translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol</source>
        <translation>未加密的 rsync 协议</translation>
    </message>
    <message>
        <source>Each node sends the copy to the other&apos;s SSH server (%1 port %2, %3 port %4). Apply gives each node a key of its own and lets the other&apos;s key in, for the mirror only; each node checks the other&apos;s host key as this console verified it.</source>
        <translation>每个节点把副本发送到对方的 SSH 服务器（%1 端口 %2，%3 端口 %4）。应用时会给每个节点生成一把专用密钥，并让对方接受该密钥，仅用于镜像；每个节点按本控制台验证过的主机密钥核对对方。</translation>
    </message>
    <message>
        <source>The copy travels unencrypted, authenticated with a password derived from the cluster key. Fine on a private cable between the nodes; anyone with access to that network can read the data.</source>
        <translation>副本以未加密方式传输，并用由集群密钥派生的密码认证。在节点之间的专用网线上没有问题；能访问该网络的任何人都能读取数据。</translation>
    </message>
    <message>
        <source>%1 and %2 are not on a private network: the copy would cross it unencrypted, readable by anyone on the way. Choose SSH unless this is a private cable.</source>
        <translation>%1 和 %2 不在专用网络上：副本会以未加密方式穿过该网络，途中任何人都能读取。除非这是专用网线，否则请选择 SSH。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModeDiagram</name>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>资源组 A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>资源组 B</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Mode diagram</source>
        <translation>模式示意图</translation>
    </message>
    <message>
        <source>Group A runs on node 1 and group B on node 2; each node takes over the other&apos;s group.</source>
        <translation>资源组 A 在节点 1 上运行，资源组 B 在节点 2 上运行；每个节点都可以接管对方的资源组。</translation>
    </message>
    <message>
        <source>The group runs on node 1 and node 2 at the same time.</source>
        <translation>资源组同时在节点 1 和节点 2 上运行。</translation>
    </message>
    <message>
        <source>The group runs on node 1; node 2 stands by and takes it over.</source>
        <translation>资源组在节点 1 上运行；节点 2 处于备用状态，需要时接管。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModePage</name>
    <message>
        <source>Cluster mode</source>
        <translation>集群模式</translation>
    </message>
    <message>
        <source>Choose how the two servers share the work.</source>
        <translation>选择两台服务器的分工方式。</translation>
    </message>
    <message>
        <source>&amp;Hot standby</source>
        <translation>双机热备(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mutual backup</source>
        <translation>双机互备(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duplex</source>
        <translation>双机双工(&amp;D)</translation>
    </message>
    <message>
        <source>One group of services runs on the active node. The standby node waits and takes the group over on a switchover or when the active node fails.</source>
        <translation>一个资源组在主用节点上运行。备用节点处于待命状态，在切换时或主用节点故障时接管该资源组。</translation>
    </message>
    <message>
        <source>Two groups: each node runs one of them and backs up the other&apos;s. If a node fails, the other runs both groups.</source>
        <translation>两个资源组：每个节点各运行其中一个，同时作为对方资源组的备用。一个节点故障时，另一个节点同时运行两个资源组。</translation>
    </message>
    <message>
        <source>The group runs on both nodes at once, for services that can share the load. A switchover drains one node, so the other carries everything while it is serviced.</source>
        <translation>资源组同时在两个节点上运行，适用于可以分担负载的服务。切换时会排空一个节点，在其维护期间由另一个节点承担全部负载。</translation>
    </message>
    <message>
        <source>node 1</source>
        <translation>节点 1</translation>
    </message>
    <message>
        <source>node 2</source>
        <translation>节点 2</translation>
    </message>
    <message>
        <source>%1 runs group A and %2 runs group B. The dashed arrows show where each group goes on a switchover or when its node fails.</source>
        <translation>%1 运行资源组 A，%2 运行资源组 B。虚线箭头表示切换时或所在节点故障时各资源组的去向。</translation>
    </message>
    <message>
        <source>The group runs on %1 and %2 at the same time.</source>
        <translation>资源组同时在 %1 和 %2 上运行。</translation>
    </message>
    <message>
        <source>%1 runs the group; the dashed arrow shows where it goes on a switchover or when %1 fails.</source>
        <translation>%1 运行该资源组；虚线箭头表示切换时或 %1 故障时资源组的去向。</translation>
    </message>
    <message>
        <source>Hot standby runs one group, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation>双机热备只运行一个资源组，因此继续下一步将移除 %1 及其资源和复制设置。如需保留所有资源组，请选择双机双工。</translation>
    </message>
    <message>
        <source>Mutual backup runs exactly two groups, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation>双机互备只运行两个资源组，因此继续下一步将移除 %1 及其资源和复制设置。如需保留所有资源组，请选择双机双工。</translation>
    </message>
    <message>
        <source>Mutual backup needs a second group; going on adds one that prefers %1. You choose its resources on the groups page.</source>
        <translation>双机互备需要第二个资源组；继续下一步将添加一个首选节点为 %1 的资源组。您可以在资源组页面中选择其资源。</translation>
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
        <translation>代理程序版本</translation>
    </message>
    <message>
        <source>Agent uptime</source>
        <translation>代理程序运行时间</translation>
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
        <translation>已过去 %1 —— 此后未收到代理程序消息</translation>
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
        <translation>从本节点排空 %1…</translation>
    </message>
    <message>
        <source>Return %1 to this node…</source>
        <translation>将 %1 恢复到本节点…</translation>
    </message>
    <message>
        <source>SSH login works; the agent does not answer</source>
        <translation>SSH 登录正常；代理程序不应答</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <source>Tries to reach %1 again at once instead of waiting</source>
        <translation>立即重新尝试连接 %1，而不是等待</translation>
    </message>
    <message>
        <source>The console does not try again by itself: put the problem right, then reconnect.</source>
        <translation>控制台不会自动重试：请先解决问题，然后重新连接。</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Tries to reach %1 again now</source>
        <translation>立即重新尝试连接 %1</translation>
    </message>
    <message>
        <source>partly running</source>
        <translation>部分运行</translation>
    </message>
</context>
<context>
    <name>twinha::ui::NotifyBox</name>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter addresses such as ops@example.com, separated by commas.</source>
        <translation>“%1”不是电子邮件地址。请输入 ops@example.com 这样的地址，多个地址用逗号分隔。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook address. Enter an http or https URL, such as https://chat.example.com/hooks/ha.</source>
        <translation>“%1”不是 Webhook 地址。请输入 http 或 https 的 URL，例如 https://chat.example.com/hooks/ha。</translation>
    </message>
    <message>
        <source>The agents can tell you themselves, with no console open: by email through each server&apos;s sendmail (its mail system must be able to send out), and by a webhook, such as a chat room&apos;s incoming webhook. Leave both empty for none.</source>
        <translation>即使没有打开控制台，代理程序也能自己通知您：通过各服务器的 sendmail 发送电子邮件（该服务器的邮件系统须能向外发信），以及调用 Webhook（例如聊天群的传入 Webhook）。两项都留空则不发送告警。</translation>
    </message>
    <message>
        <source>&amp;Email to:</source>
        <translation>电子邮件收件人(&amp;E)：</translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation>例如 ops@example.com, oncall@example.com</translation>
    </message>
    <message>
        <source>Alert email addresses</source>
        <translation>告警电子邮件地址</translation>
    </message>
    <message>
        <source>Web&amp;hook:</source>
        <translation>Web&amp;hook：</translation>
    </message>
    <message>
        <source>https://chat.example.com/hooks/ha</source>
        <translation>例如 https://chat.example.com/hooks/ha</translation>
    </message>
    <message>
        <source>Alert webhook URL</source>
        <translation>告警 Webhook URL</translation>
    </message>
    <message>
        <source>Sent on role changes, failovers, switchovers, split-brain, heartbeat links going down or up, replication lag above its limit, and fencing. A message that cannot be delivered is tried again for about 13 minutes; the event log says what was sent and what was not.</source>
        <translation>在角色变更、故障切换、切换、脑裂、心跳线断开或恢复、复制延迟超过上限以及隔离（Fencing）时发送。无法送达的消息会在约 13 分钟内重试；事件日志记录了哪些已发送、哪些未发送。</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>发送测试消息(&amp;T)</translation>
    </message>
    <message>
        <source>Each connected node sends one test message now, to the addresses and the webhook above. Nothing else changes.</source>
        <translation>每个已连接的节点立即向上面的地址和 Webhook 发送一条测试消息。不会改变其他任何东西。</translation>
    </message>
    <message>
        <source>%1: sending a test mail…</source>
        <translation>%1：正在发送测试邮件…</translation>
    </message>
    <message>
        <source>%1: posting a test message…</source>
        <translation>%1：正在发送测试消息…</translation>
    </message>
    <message>
        <source>%1 could not send a test message. %2</source>
        <translation>%1 无法发送测试消息。%2</translation>
    </message>
    <message>
        <source>%1 handed the test mail to sendmail. If it does not arrive within minutes, check that server&apos;s mail system (its queue and log).</source>
        <translation>%1 已把测试邮件交给 sendmail。如果几分钟内没有收到，请检查该服务器的邮件系统（邮件队列和日志）。</translation>
    </message>
    <message>
        <source>%1 posted the test message, and the webhook accepted it.</source>
        <translation>%1 已发送测试消息，Webhook 已接收。</translation>
    </message>
    <message>
        <source>%1 could not send the test mail: %2</source>
        <translation>%1 无法发送测试邮件：%2</translation>
    </message>
    <message>
        <source>%1 could not post to the webhook: %2</source>
        <translation>%1 无法发送到 Webhook：%2</translation>
    </message>
    <message>
        <source>Neither node is connected, so no test message was sent. Go back to the first page and connect to the nodes.</source>
        <translation>两个节点都未连接，因此没有发送测试消息。请回到第一页连接节点。</translation>
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
    <name>twinha::ui::PostgresBox</name>
    <message>
        <source>Replication &amp;role:</source>
        <translation>复制角色(&amp;R)：</translation>
    </message>
    <message>
        <source>PostgreSQL role the standby connects as</source>
        <translation>备库连接所用的 PostgreSQL 角色</translation>
    </message>
    <message>
        <source>The standby streams the primary&apos;s WAL as this role. It needs REPLICATION and LOGIN, and a host line for the database &quot;replication&quot; in pg_hba.conf.</source>
        <translation>备库以此角色从主库流式接收 WAL。它需要 REPLICATION 和 LOGIN 权限，并在 pg_hba.conf 中有一行允许连接数据库“replication”的 host 记录。</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>查找集群</translation>
    </message>
    <message>
        <source>Find the PostgreSQL clusters on both nodes</source>
        <translation>在两个节点上查找 PostgreSQL 集群</translation>
    </message>
    <message>
        <source>Cluster on %1:</source>
        <translation>%1 上的集群：</translation>
    </message>
    <message>
        <source>PostgreSQL cluster on %1</source>
        <translation>%1 上的 PostgreSQL 集群</translation>
    </message>
    <message>
        <source>Maximum WAL &amp;lag:</source>
        <translation>WAL 最大延迟(&amp;L)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> 兆字节</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A switchover or failover is refused while the standby has not replayed this much of the primary&apos;s WAL.</source>
        <translation>备库尚未回放的主库 WAL 达到此量时，拒绝切换和故障切换。</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>备库</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主库</translation>
    </message>
    <message>
        <source>%1/%2, port %3, %4</source>
        <translation>%1/%2，端口 %3，%4</translation>
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
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Asking %1 for its PostgreSQL clusters…</source>
        <translation>正在询问 %1 的 PostgreSQL 集群…</translation>
    </message>
    <message>
        <source>Not connected to %1. Go back to the connection page and reconnect.</source>
        <translation>未连接到 %1。请回到连接页重新连接。</translation>
    </message>
    <message>
        <source>The clusters could not be listed: %1</source>
        <translation>无法列出集群：%1</translation>
    </message>
    <message>
        <source>No PostgreSQL cluster was found on this node.</source>
        <translation>此节点上没有找到 PostgreSQL 集群。</translation>
    </message>
    <message>
        <source>Ready for replication: wal_level %1, %2 WAL senders, role %3 may replicate, pg_hba.conf admits it.</source>
        <translation>可以复制：wal_level 为 %1，%2 个 WAL 发送进程，角色 %3 可以复制，pg_hba.conf 允许它连接。</translation>
    </message>
    <message>
        <source>Data in %1, configuration in %2, owned by %3.</source>
        <translation>数据在 %1，配置在 %2，属主为 %3。</translation>
    </message>
    <message>
        <source>The clusters on %1 and %2 are not copies of one another. Before Apply, make the standby a copy of the primary (pg_basebackup -R).</source>
        <translation>%1 与 %2 上的集群不是彼此的副本。应用之前，请把备库做成主库的副本（pg_basebackup -R）。</translation>
    </message>
    <message>
        <source>Both clusters run as primaries. Before Apply, make one a standby of the other (pg_basebackup -R).</source>
        <translation>两个集群都以主库身份运行。应用之前，请把其中一个做成另一个的备库（pg_basebackup -R）。</translation>
    </message>
    <message>
        <source>No standby streams from the primary on %1 yet, so there is no lag to show.</source>
        <translation>还没有备库从 %1 上的主库流复制，因此没有可显示的延迟。</translation>
    </message>
    <message>
        <source>First lag: the standby %1 (%2) is %3 and %4 s behind the primary on %5.</source>
        <translation>首次延迟：备库 %1（%2）落后 %5 上的主库 %3 和 %4 秒。</translation>
    </message>
    <message>
        <source>Still waiting for %1 to list its PostgreSQL clusters.</source>
        <translation>仍在等待 %1 列出它的 PostgreSQL 集群。</translation>
    </message>
    <message>
        <source>The PostgreSQL clusters of %1 could not be listed. Reconnect, then press Find clusters.</source>
        <translation>无法列出 %1 的 PostgreSQL 集群。请重新连接，然后按“查找集群”。</translation>
    </message>
    <message>
        <source>%1 has no PostgreSQL cluster. Create one (pg_createcluster), then press Find clusters.</source>
        <translation>%1 没有 PostgreSQL 集群。请先创建一个（pg_createcluster），然后按“查找集群”。</translation>
    </message>
    <message>
        <source>The chosen cluster on %1 is not running. Start it, then press Find clusters.</source>
        <translation>%1 上所选的集群没有运行。请启动它，然后按“查找集群”。</translation>
    </message>
    <message>
        <source>The two clusters belong to different users (%1 and %2); the agent runs both as one. Choose clusters with the same owner.</source>
        <translation>两个集群属于不同的用户（%1 和 %2）；代理程序以同一个用户运行两者。请选择属主相同的集群。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PostgresCopy</name>
    <message>
        <source>The cluster %1/%2 on %3 is not a copy of the primary on %4. Copying makes it one, a standby (pg_basebackup). It must be stopped; what its data folder %5 holds now is kept beside it.</source>
        <translation>%3 上的集群 %1/%2 不是 %4 上主库的副本。复制会把它变成副本，即备库（pg_basebackup）。它必须先停止；其数据目录 %5 现有的内容会保留在旁边。</translation>
    </message>
    <message>
        <source>Copy from the primary</source>
        <translation>从主库复制</translation>
    </message>
    <message>
        <source>Copy the primary&apos;s cluster to %1</source>
        <translation>把主库的集群复制到 %1</translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation>复制进度</translation>
    </message>
    <message>
        <source>Not connected to %1. Reconnect, then try again.</source>
        <translation>未连接到 %1。请重新连接后再试。</translation>
    </message>
    <message>
        <source>Copying from %1…</source>
        <translation>正在从 %1 复制…</translation>
    </message>
    <message>
        <source>Copying from %1: %2 so far.</source>
        <translation>正在从 %1 复制：已复制 %2。</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
    <message>
        <source>Copied %1. Start the cluster on %2: it follows the primary.</source>
        <translation>已复制 %1。请启动 %2 上的集群：它会跟随主库。</translation>
    </message>
    <message>
        <source>Copied %1; the folder&apos;s old content is in %2. Start the cluster on %3: it follows the primary.</source>
        <translation>已复制 %1；目录原有内容在 %2。请启动 %3 上的集群：它会跟随主库。</translation>
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
        <translation>代理程序执行的切换前检查</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将要执行的操作</translation>
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
        <translation>正在向代理程序请求切换前检查结果…</translation>
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
        <source>Stops on %1, in this order: %2</source>
        <translation>在 %1 上按以下顺序停止：%2</translation>
    </message>
    <message>
        <source>Starts on %1, in this order: %2</source>
        <translation>在 %1 上按以下顺序启动：%2</translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. A switchover waits until they pass; the agents allow overriding these checks by force, at your own risk.</source>
        <translation>受阻：%2 项前检查中有 %1 项未通过。切换会等到它们通过；代理程序允许强制跳过这些检查，风险由你自负。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now, so they cannot be asked; each node&apos;s card says why. It reconnects by itself, and the checks run again as soon as an agent answers.</source>
        <translation>控制台现在与两个节点的代理程序都没有连接，因此无法询问它们；各节点的卡片会说明原因。控制台会自行重新连接，一旦有代理程序应答，检查就会重新运行。</translation>
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
        <translation>正在等待代理程序报告操作进度…</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>发起者：%1</translation>
    </message>
    <message>
        <source>The console has lost its connection to the nodes. The agents go on without it; this window shows how the operation ended once the connection is back.</source>
        <translation>控制台与节点的连接已断开。代理程序会继续执行操作；连接恢复后，此窗口将显示操作的最终结果。</translation>
    </message>
    <message>
        <source>The agents&apos; answer to the start request was lost. If the switchover started, the agents complete it or roll it back, and it appears here.</source>
        <translation>未收到代理程序对启动请求的应答。如果切换已经开始，代理程序会将其完成或回滚，结果会显示在这里。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ProtectionPanel</name>
    <message>
        <source>What %1 says here is its last word: %2.</source>
        <translation>%1 在这里所说的是它最后的消息：%2。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReadinessPanel</name>
    <message>
        <source>Ready: group %1 can be drained from %2.</source>
        <translation>就绪：资源组 %1 可以从 %2 排空。</translation>
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
        <translation>代理程序未给出原因。</translation>
    </message>
    <message>
        <source>Blocked: group %1: %2</source>
        <translation>受阻：资源组 %1：%2</translation>
    </message>
    <message>
        <source>Drain %1…</source>
        <translation>排空 %1…</translation>
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
        <translation>切换就绪状态：正在等待代理程序…</translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation>%1（资源组 %2）</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReplicationPage</name>
    <message>
        <source>Replication</source>
        <translation>数据复制</translation>
    </message>
    <message>
        <source>How the standby&apos;s copy of the data keeps up, and how far behind it may be for a switchover.</source>
        <translation>备用节点上的数据副本如何保持同步，以及切换时允许落后多少。</translation>
    </message>
    <message>
        <source>&amp;No replication</source>
        <translation>不复制(&amp;N)</translation>
    </message>
    <message>
        <source>The cluster copies no data, for example because the data lives on shared storage or the service keeps none.</source>
        <translation>集群不复制任何数据，例如数据位于共享存储上，或服务本身不保存数据。</translation>
    </message>
    <message>
        <source>&amp;Mirror folders with rsync</source>
        <translation>用 rsync 镜像目录(&amp;M)</translation>
    </message>
    <message>
        <source>The agent copies a folder from the active node to the standby with rsync, on every change and at least every 30 seconds. Files the active node does not have are deleted from the standby&apos;s folder.</source>
        <translation>代理程序使用 rsync 将目录从主用节点复制到备用节点：每次有变化时复制，且至少每 30 秒复制一次。主用节点上没有的文件会从备用节点的目录中删除。</translation>
    </message>
    <message>
        <source>A &amp;command that reports the lag</source>
        <translation>由命令报告延迟(&amp;C)</translation>
    </message>
    <message>
        <source>Something else replicates the data (a database, DRBD…). A command of yours tells the agent how far behind the standby is.</source>
        <translation>数据由其他机制复制（数据库、DRBD 等）。由您提供的命令告诉代理程序备用节点落后多少。</translation>
    </message>
    <message>
        <source>C&amp;hannel name:</source>
        <translation>通道名称(&amp;H)：</translation>
    </message>
    <message>
        <source>Replication channel name</source>
        <translation>复制通道名称</translation>
    </message>
    <message>
        <source>Follows &amp;group:</source>
        <translation>跟随资源组(&amp;G)：</translation>
    </message>
    <message>
        <source>Group whose active node is the source</source>
        <translation>以其主用节点作为复制源的资源组</translation>
    </message>
    <message>
        <source>The data flows from the node where this group is active to the other node.</source>
        <translation>数据从该资源组的主用节点流向另一个节点。</translation>
    </message>
    <message>
        <source>Command l&amp;ine:</source>
        <translation>命令行(&amp;I)：</translation>
    </message>
    <message>
        <source>Command that prints the replication lag</source>
        <translation>输出复制延迟的命令</translation>
    </message>
    <message>
        <source>The agent runs it regularly with sh -c. It prints one JSON object such as %1. Only lag_s, the lag in seconds, is required; lag_bytes, last_sync and state are optional.</source>
        <translation>代理程序会定期通过 sh -c 运行该命令。命令应输出一个 JSON 对象，例如 %1。只有 lag_s（以秒为单位的延迟）是必需的；lag_bytes、last_sync 和 state 均为可选。</translation>
    </message>
    <message>
        <source>Maximum &amp;lag:</source>
        <translation>最大延迟(&amp;L)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Maximum lag in seconds</source>
        <translation>最大延迟（秒）</translation>
    </message>
    <message>
        <source>A switchover is refused while the standby is further behind than this.</source>
        <translation>备用节点落后超过此值时，将拒绝切换。</translation>
    </message>
    <message numerus="yes">
        <source>The current config has %n more replication channel(s) that this page does not show. They are kept unless you choose No replication.</source>
        <translation>
            <numerusform>当前配置中还有 %n 个复制通道未在此页显示。除非选择“不复制”，否则它们将被保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folders on both nodes…</source>
        <translation>正在检查两个节点上的目录…</translation>
    </message>
    <message>
        <source>Enter a name for the replication channel, such as &quot;data&quot;.</source>
        <translation>请输入复制通道的名称，例如“data”。</translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>通道名称“%1”无效。请使用不超过 63 个字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The config already has a replication channel called &quot;%1&quot;. Choose another name.</source>
        <translation>配置中已有名为“%1”的复制通道。请另选一个名称。</translation>
    </message>
    <message>
        <source>Choose the group whose active node the data is copied from.</source>
        <translation>请选择资源组，数据将从该资源组的主用节点复制。</translation>
    </message>
    <message>
        <source>Enter the command that prints the replication lag as one JSON object.</source>
        <translation>请输入以单个 JSON 对象输出复制延迟的命令。</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL streaming replication</source>
        <translation>&amp;PostgreSQL 流复制</translation>
    </message>
    <message>
        <source>PostgreSQL streams its WAL from the primary to a standby. The agent promotes the standby on a switchover and makes the old primary follow it.</source>
        <translation>PostgreSQL 把 WAL 从主库流式传给备库。切换时，代理程序提升备库，并让旧主库跟随它。</translation>
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
    <message numerus="yes">
        <source>%n file(s) from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)</source>
        <translation>
            <numerusform>脑裂或故障切换留下的 %n 个文件保留在 %1 上，最新的一组在 %2（twinhactl divergence list）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>%1, as last reported</source>
        <translation>%1，为最后一次报告的值</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流复制中</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>追赶中</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>未在流复制</translation>
    </message>
    <message>
        <source>Wrong role</source>
        <translation>角色不符</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>%1, %2, timeline %3</source>
        <translation>%1，%2，时间线 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 of WAL behind (limit %2)</source>
        <translation>WAL 落后 %1（上限 %2）</translation>
    </message>
    <message>
        <source>%1 of WAL behind</source>
        <translation>WAL 落后 %1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResourceEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;; shown in the console and the journal.</source>
        <translation>字母、数字、“-”和“_”；显示在控制台和事件日志中。</translation>
    </message>
    <message>
        <source>Enter a name for this resource.</source>
        <translation>请输入该资源的名称。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>名称“%1”无效。请使用不超过 63 个字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>This group already has a resource called &quot;%1&quot;. Choose another name.</source>
        <translation>该资源组中已有名为“%1”的资源。请另选一个名称。</translation>
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
        <translation>客户端无法访问服务的时长：由代理程序测得，从源节点停止到目标节点启动。</translation>
    </message>
    <message>
        <source>As the source last reported it before the group stopped; the final replication step then copied what was left.</source>
        <translation>源节点在资源组停止前最后一次报告的值；之后的最终复制步骤已复制剩余的数据。</translation>
    </message>
    <message>
        <source>Show on the charts</source>
        <translation>在图表中查看</translation>
    </message>
    <message>
        <source>The replication lag and the heartbeat links around this operation</source>
        <translation>此次操作前后的复制延迟和心跳线</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>This is the complete configuration that will be written to both nodes. Nothing has been written yet.</source>
        <translation>以下是将写入两个节点的完整配置。目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Apply to both nodes</source>
        <translation>应用到两个节点(&amp;A)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>What the agents found:</source>
        <translation>代理程序检查结果：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Composing the configuration on %1…</source>
        <translation>正在 %1 上生成配置…</translation>
    </message>
    <message>
        <source>The console lost its connection to %1. Go back to the Connect page and connect again.</source>
        <translation>控制台与 %1 的连接已断开。请返回“连接”页面重新连接。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>It will be written to %1.</source>
        <translation>配置将写入 %1。</translation>
    </message>
    <message>
        <source>A new cluster key is generated and written to both nodes with the configuration.</source>
        <translation>将生成新的集群密钥，并随配置一起写入两个节点。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Waiting for both agents to check the configuration…</source>
        <translation>正在等待两个代理程序检查配置…</translation>
    </message>
    <message>
        <source>Both agents accept this configuration.</source>
        <translation>两个代理程序均接受此配置。</translation>
    </message>
    <message>
        <source>The agents refused this configuration. Go back to the page of each field named above, correct it, and return here.</source>
        <translation>代理程序拒绝了此配置。请返回上面所列各字段所在的页面进行更正，然后回到此页。</translation>
    </message>
    <message>
        <source>Changes to the current configuration</source>
        <translation>对当前配置的修改</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole file</source>
        <translation>完整文件(&amp;W)</translation>
    </message>
    <message>
        <source>Only what changed is rewritten: the rest of the current file, its comments included, stays as it is. The current file is kept next to it as a backup.</source>
        <translation>只改写有变化的部分：当前文件的其余内容（包括注释）保持原样。当前文件会作为备份保存在旁边。</translation>
    </message>
    <message>
        <source>This change rewrites the whole file: settings this wizard does not show are kept, but the comments are not. The current file is kept next to it as a backup.</source>
        <translation>此次修改会重写整个文件：向导未显示的设置会保留，但注释不会保留。当前文件会作为备份保存在旁边。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ScriptFields</name>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>The cluster runs your commands on the active node. The status command must exit with 0 while the resource runs, and with anything else when it is stopped.</source>
        <translation>集群在主用节点上运行您提供的命令。资源运行时，状态命令的退出状态必须为 0；资源停止时必须为非 0 值。</translation>
    </message>
    <message>
        <source>&amp;Start command:</source>
        <translation>启动命令(&amp;S)：</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>S&amp;top command:</source>
        <translation>停止命令(&amp;T)：</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>停止命令</translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation>状态命令(&amp;U)：</translation>
    </message>
    <message>
        <source>Status command (exit 0 = running)</source>
        <translation>状态命令（退出状态 0 = 运行中）</translation>
    </message>
    <message>
        <source>Run &amp;as user:</source>
        <translation>运行用户(&amp;A)：</translation>
    </message>
    <message>
        <source>User the commands run as</source>
        <translation>运行这些命令的用户</translation>
    </message>
    <message>
        <source>The three commands run as this user on both nodes. Keep root only if they need it: whoever may change this cluster&apos;s configuration decides what runs as root.</source>
        <translation>这三个命令在两个节点上都以该用户运行。只有在确实需要时才保留 root：谁能修改本集群的配置，谁就决定了以 root 运行什么。</translation>
    </message>
    <message>
        <source>Enter the command that starts the resource.</source>
        <translation>请输入启动该资源的命令。</translation>
    </message>
    <message>
        <source>Enter the command that stops the resource.</source>
        <translation>请输入停止该资源的命令。</translation>
    </message>
    <message>
        <source>Enter the command that tells whether the resource runs: exit status 0 means it runs.</source>
        <translation>请输入判断该资源是否在运行的命令：退出状态 0 表示正在运行。</translation>
    </message>
    <message>
        <source>Enter the user the commands run as, such as root or the service&apos;s own user.</source>
        <translation>请输入运行这些命令的用户，例如 root 或服务自己的用户。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ServiceFields</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>The cluster starts this systemd service on the active node and stops it on the other. Disable it at boot on both nodes (systemctl disable), so that only the cluster starts it.</source>
        <translation>集群在主用节点上启动此 systemd 服务，并在另一节点上停止它。请在两个节点上禁止其开机自启（systemctl disable），使其只由集群启动。</translation>
    </message>
    <message>
        <source>systemd &amp;unit:</source>
        <translation>systemd 单元(&amp;U)：</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd 单元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no such unit; install it there before the group can run on it.</source>
        <translation>%1 上没有该单元；请先在该节点上安装，资源组才能在其上运行。</translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation>%1 上：%2。</translation>
    </message>
    <message>
        <source>Choose the systemd unit the cluster starts and stops, or type its name.</source>
        <translation>请选择由集群启动和停止的 systemd 单元，或输入其名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit name. Choose one of the list or type a name like postfix.service.</source>
        <translation>“%1”不是有效的单元名称。请从列表中选择，或输入类似 postfix.service 的名称。</translation>
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
        <translation>控制台立即切换语言；不影响代理程序</translation>
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
    <name>twinha::ui::SetupWizard</name>
    <message>
        <source>New cluster</source>
        <translation>新建集群</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>编辑集群 %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverDialog</name>
    <message>
        <source>Cancellation requested. The agents stop if nothing has been changed yet.</source>
        <translation>已请求取消。如果尚未做出任何更改，代理程序将停止操作。</translation>
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
        <translation>立即开始：代理程序在源节点上停止资源组，复制剩余数据，然后在目标节点上启动</translation>
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
        <translation>关闭此窗口；正在进行的切换仍会由代理程序完成</translation>
    </message>
    <message>
        <source>Switch over in maintenance mode?</source>
        <translation>在维护模式下切换？</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode. Switch it over to %2 anyway?</source>
        <translation>资源组 %1 处于维护模式。仍要将其切换到 %2 吗？</translation>
    </message>
    <message>
        <source>The agents carry out this switchover, with its steps and checks, although maintenance mode is on. Make sure nobody is working on either node. Maintenance mode stays on afterwards.</source>
        <translation>尽管维护模式已开启，代理程序仍会按步骤和检查执行此次切换。请确认没有人正在任一节点上作业。切换完成后维护模式仍保持开启。</translation>
    </message>
    <message>
        <source>Switch over &amp;anyway</source>
        <translation>仍然切换(&amp;A)</translation>
    </message>
    <message>
        <source>Switch over &amp;anyway…</source>
        <translation>仍然切换(&amp;A)…</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the agents switch over only when told to override it</source>
        <translation>维护模式已开启：只有在明确要求越过维护模式时，代理程序才会切换</translation>
    </message>
    <message>
        <source>%1 cannot be reached now; switching back is possible once the console reaches it again.</source>
        <translation>现在无法连接 %1；控制台重新连上它之后才能切回。</translation>
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
        <translation>代理程序的判断</translation>
    </message>
    <message>
        <source>%1 stops running group %2; %3 keeps serving it.</source>
        <translation>%1 停止运行资源组 %2；%3 继续提供服务。</translation>
    </message>
    <message>
        <source>%1 starts running group %2 again.</source>
        <translation>%1 恢复运行资源组 %2。</translation>
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
        <translation>正在 %2 上恢复运行资源组 %1…</translation>
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
        <translation>完成：%1 已恢复运行资源组 %2。</translation>
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
        <translation>已拒绝：代理程序未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled: the agents stopped before changing anything.</source>
        <translation>已取消：代理程序在做出任何更改之前停止了操作。</translation>
    </message>
    <message>
        <source>Failed: group %1 may be stopped. Look at the dashboard before you try again.</source>
        <translation>失败：资源组 %1 可能已停止。重试之前请先查看仪表板。</translation>
    </message>
    <message>
        <source>The agents carry out the switchover between themselves. Closing this window or losing the connection does not stop it; open this window again to see how it ended.</source>
        <translation>切换由两个节点上的代理程序自行完成。关闭此窗口或连接中断都不会使其停止；重新打开此窗口即可查看结果。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::TestSwitchoverPage</name>
    <message>
        <source>Test switchover</source>
        <translation>切换测试</translation>
    </message>
    <message>
        <source>Optional: move the service to the other node and back, and see how long clients would wait.</source>
        <translation>可选：将服务切换到另一节点再切回，查看客户端需要等待多长时间。</translation>
    </message>
    <message>
        <source>The agents run a real switchover of group %1, with their pre-checks, and then switch it back. Clients of the service see a short interruption twice. You can skip this and finish.</source>
        <translation>代理程序将对资源组 %1 执行一次真实的切换（含切换前检查），然后再切回。服务的客户端会遇到两次短暂中断。您也可以跳过此步骤直接完成。</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务中断</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation>正在切换…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>&amp;Run a test switchover and back</source>
        <translation>执行切换并切回测试(&amp;R)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测得</translation>
    </message>
    <message>
        <source>The service moved there and back. The pair is ready.</source>
        <translation>服务已完成切换并切回。双机已就绪。</translation>
    </message>
    <message>
        <source>The test did not complete: %1 The service runs where the agents left it; the dashboard shows where.</source>
        <translation>测试未完成：%1服务保持在代理程序操作结束时的状态；具体在哪个节点上运行，请查看仪表板。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent. Go back to the Connect page, connect again, then try again.</source>
        <translation>控制台与两个代理程序都没有连接。请返回“连接”页面重新连接，然后再试。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::TrayNotifier</name>
    <message>
        <source>TwinHA: %1</source>
        <translation>TwinHA：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::VipFields</name>
    <message>
        <source>Virtual IP address</source>
        <translation>虚拟IP地址</translation>
    </message>
    <message>
        <source>A virtual IP address moves with the group: the active node adds it to the interface and announces it, so clients always reach the active node at the same address.</source>
        <translation>虚拟IP地址随资源组迁移：主用节点将其添加到网络接口并对外通告，使客户端始终通过同一地址访问主用节点。</translation>
    </message>
    <message>
        <source>&amp;Address with prefix:</source>
        <translation>地址及前缀长度(&amp;A)：</translation>
    </message>
    <message>
        <source>Virtual IP address with prefix length</source>
        <translation>带前缀长度的虚拟IP地址</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>网络接口(&amp;I)：</translation>
    </message>
    <message>
        <source>Network interface of the virtual IP address</source>
        <translation>虚拟IP地址所在的网络接口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>检查地址</translation>
    </message>
    <message>
        <source>Check the address on both nodes</source>
        <translation>在两个节点上检查该地址</translation>
    </message>
    <message>
        <source>Enter the virtual IP address with its prefix length, for example 192.0.2.10/24.</source>
        <translation>请输入带前缀长度的虚拟IP地址，例如 192.0.2.10/24。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length. Write it like 192.0.2.10/24 or 2001:db8::10/64.</source>
        <translation>“%1”不是带前缀长度的地址。请按 192.0.2.10/24 或 2001:db8::10/64 的格式填写。</translation>
    </message>
    <message>
        <source>Choose the network interface that carries the address, for example eth0.</source>
        <translation>请选择承载该地址的网络接口，例如 eth0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name. Choose one of the list or type a name like eth0.</source>
        <translation>“%1”不是有效的网络接口名称。请从列表中选择，或输入类似 eth0 的名称。</translation>
    </message>
    <message>
        <source>Checking %1 on both nodes…</source>
        <translation>正在两个节点上检查 %1…</translation>
    </message>
    <message>
        <source>%1 is already in use. Choose an address no other host has: the cluster adds it on the active node by itself.</source>
        <translation>%1 已被占用。请选择一个其他主机均未使用的地址：集群会自行在主用节点上添加该地址。</translation>
    </message>
    <message>
        <source>Read the warnings above. To keep this address anyway, press OK again.</source>
        <translation>请阅读上面的警告。如果仍要使用此地址，请再次点击“确定”。</translation>
    </message>
    <message>
        <source>%1 is free and fits the interface on both nodes.</source>
        <translation>%1 未被占用，且与两个节点上的网络接口相匹配。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WelcomePage</name>
    <message>
        <source>Welcome to TwinHA</source>
        <translation>欢迎使用 TwinHA</translation>
    </message>
    <message>
        <source>The console watches pairs of servers in hot standby: which node is active, the heartbeat between them and the replication lag, and it switches the service over with one click. It reaches the TwinHA agent on each server over SSH.</source>
        <translation>控制台监视双机热备的服务器对：哪个节点处于活动状态、它们之间的心跳和复制延迟，并能一键切换服务。它通过 SSH 连接每台服务器上的 TwinHA 代理程序。</translation>
    </message>
    <message>
        <source>Set up a pair step by step: both servers and their SSH logins, the mode, the heartbeat links, the resources and the replication. The agents get their configuration from it.</source>
        <translation>逐步设置一对服务器：两台服务器及其 SSH 登录、模式、心跳线、资源和复制。代理程序从中获得它们的配置。</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开连接配置(&amp;O)…</translation>
    </message>
    <message>
        <source>Watch a pair that is set up already, from its cluster profile (a .json file that the setup wizard saved).</source>
        <translation>监视一对已经设置好的服务器，使用它的集群连接配置（设置向导保存的 .json 文件）。</translation>
    </message>
    <message>
        <source>Try it without servers</source>
        <translation>不用服务器也能试用</translation>
    </message>
    <message>
        <source>In the TwinHA source folder, run &lt;nobr&gt;&lt;code&gt;./quickstart.sh demo&lt;/code&gt;&lt;/nobr&gt;. It starts two nodes on this computer (127.0.0.1, each with its own sshd and agent) and opens the console on them; the demo stops when that console closes.</source>
        <translation>在 TwinHA 源代码目录中运行 &lt;nobr&gt;&lt;code&gt;./quickstart.sh demo&lt;/code&gt;&lt;/nobr&gt;。它会在本机启动两个节点（127.0.0.1，各有自己的 sshd 和代理程序），并打开连接到它们的控制台；关闭该控制台时演示即结束。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WitnessBox</name>
    <message>
        <source>&quot;%1&quot; is not a witness address. Enter host:port, such as 10.0.0.9:5410 (IPv6 in brackets: [2001:db8::9]:5410).</source>
        <translation>“%1”不是仲裁节点地址。请输入 host:port，例如 10.0.0.9:5410（IPv6 需加方括号：[2001:db8::9]:5410）。</translation>
    </message>
    <message>
        <source>A third host running &quot;twinha-agent witness&quot; grants each group&apos;s lease to one node at a time, so that a network split cannot leave two active nodes. Leave the address empty for none.</source>
        <translation>运行“twinha-agent witness”的第三台主机每次只把资源组的租约授予一个节点，因此网络分区不会导致两个主用节点。留空地址表示不使用。</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>host:port, such as 10.0.0.9:5410</source>
        <translation>host:port，例如 10.0.0.9:5410</translation>
    </message>
    <message>
        <source>Witness address</source>
        <translation>仲裁节点地址</translation>
    </message>
    <message>
        <source>&amp;Lease TTL:</source>
        <translation>租约 TTL(&amp;L)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Lease TTL in milliseconds</source>
        <translation>租约 TTL（毫秒）</translation>
    </message>
    <message>
        <source>This cluster&apos;s witness is etcd (%1), set in cluster.toml; the wizard leaves it as it is.</source>
        <translation>本集群的仲裁节点是 etcd（%1），在 cluster.toml 中设置；向导不会更改它。</translation>
    </message>
    <message>
        <source>A takeover after a failure takes about one TTL: the standby waits until the old lease has certainly run out. A shorter TTL takes over sooner but leaves less room for a slow network to the witness.</source>
        <translation>故障后的接管大约需要一个 TTL：备用节点要等到旧租约确定到期。TTL 越短接管越快，但对通往仲裁节点的慢速网络的容忍度也越低。</translation>
    </message>
    <message>
        <source>Check &amp;witness</source>
        <translation>检查仲裁节点(&amp;W)</translation>
    </message>
    <message>
        <source>Asks each connected node whether it reaches the witness. Nothing changes.</source>
        <translation>询问每个已连接的节点能否连到仲裁节点。不会更改任何内容。</translation>
    </message>
    <message>
        <source>Enter the witness address first.</source>
        <translation>请先输入仲裁节点的地址。</translation>
    </message>
    <message>
        <source>Neither node is connected, so the witness was not checked. Go back to the first page and connect to the nodes.</source>
        <translation>两个节点都未连接，因此未检查仲裁节点。请返回第一页连接节点。</translation>
    </message>
    <message>
        <source>%1: checking the witness at %2…</source>
        <translation>%1：正在检查位于 %2 的仲裁节点…</translation>
    </message>
    <message>
        <source>%1 could not check the witness. %2</source>
        <translation>%1 无法检查仲裁节点。%2</translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the witness again at Apply.</source>
        <translation>上次检查失败。仍可继续：应用时代理程序会再次检查仲裁节点。</translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2: %3 answers.</source>
        <translation>%1 可以连到位于 %2 的 etcd：%3 已应答。</translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2, and it answers.</source>
        <translation>%1 可以连到位于 %2 的 etcd，并且它已应答。</translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2: check the URL and the firewall.</source>
        <translation>%1 收不到位于 %2 的 etcd 的应答：请检查 URL 和防火墙。</translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2 (%3): check the URL and the firewall.</source>
        <translation>%1 收不到位于 %2 的 etcd 的应答（%3）：请检查 URL 和防火墙。</translation>
    </message>
    <message>
        <source>The witness at %1 does not answer %2: check the address, the firewall (UDP %3) and that twinha-witness runs on that host.</source>
        <translation>位于 %1 的仲裁节点没有应答 %2：请检查地址、防火墙（UDP %3），以及该主机上是否在运行 twinha-witness。</translation>
    </message>
    <message>
        <source>The agent says: %1</source>
        <translation>代理程序报告：%1</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, and it knows this cluster&apos;s key.</source>
        <translation>%1 可以连到位于 %2 的仲裁节点，且它已有本集群的密钥。</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, but it does not have this cluster&apos;s key yet: copy /etc/twinha/cluster.key to the witness host.</source>
        <translation>%1 可以连到位于 %2 的仲裁节点，但它还没有本集群的密钥：请将 /etc/twinha/cluster.key 复制到仲裁节点主机。</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2. This cluster has no key yet: Apply makes it, then copy /etc/twinha/cluster.key to the witness host.</source>
        <translation>%1 可以连到位于 %2 的仲裁节点。本集群还没有密钥：应用时会生成密钥，之后请将 /etc/twinha/cluster.key 复制到仲裁节点主机。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WizardPage</name>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
</TS>
