<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ClaimText</name>
    <message>
        <source>%1: not reachable; it was active at epoch %2, and %3 took over at epoch %4.</source>
        <translation>%1：接続不可。エポック %2 ではアクティブでしたが、%3 がエポック %4 で引き継ぎました。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was active at epoch %2 until %3 ago, and %4 took over at epoch %5.</source>
        <translation>%1：接続不可。%3 前までエポック %2 でアクティブでしたが、%4 がエポック %5 で引き継ぎました。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, and may still run the group.</source>
        <translation>%1：接続不可。最後に応答があったときはエポック %2 でアクティブでした。まだこのグループを実行している可能性があります。</translation>
    </message>
    <message>
        <source>%1: not reachable; it was last heard active at epoch %2, %3 ago, and may still run the group.</source>
        <translation>%1：接続不可。%3 前の最後の応答ではエポック %2 でアクティブでした。まだこのグループを実行している可能性があります。</translation>
    </message>
    <message>
        <source>Stop failed on %1: the group may still run there.</source>
        <translation>%1 での停止に失敗しました。グループがまだそこで動いている可能性があります。</translation>
    </message>
</context>
<context>
    <name>ConfigApplyText</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>Preparing %1 and %2: each agent checks the configuration and stages it; automatic failover is frozen until the change is over.</source>
        <translation>%1 と %2 を準備中：各エージェントが設定を検証してステージします。変更が終わるまで自動フェイルオーバーは凍結されます。</translation>
    </message>
    <message>
        <source>Aborting on %1 and %2: the staged configuration is dropped.</source>
        <translation>%1 と %2 で中止中：ステージされた設定を破棄します。</translation>
    </message>
    <message>
        <source>Committing on %1 and %2: each agent writes the configuration, keeping a backup, and reloads.</source>
        <translation>%1 と %2 でコミット中：各エージェントが設定を書き込み（バックアップを残します）、再読み込みします。</translation>
    </message>
    <message>
        <source>Waiting until %1 and %2 hear each other on the new configuration.</source>
        <translation>%1 と %2 が新しい設定で互いのハートビートを受信するまで待機中。</translation>
    </message>
    <message>
        <source>Both nodes run the new configuration and hear each other on it (%1 ms after the commit); automatic failover is active again.</source>
        <translation>両ノードが新しい設定で稼働し、互いのハートビートを受信しています（コミットから %1 ミリ秒）。自動フェイルオーバーは再び有効です。</translation>
    </message>
    <message>
        <source>Nothing was changed: the nodes were not both prepared in time. Both keep their previous configuration.</source>
        <translation>何も変更していません：両ノードの準備が時間内に揃いませんでした。どちらも以前の設定のままです。</translation>
    </message>
    <message>
        <source>Nothing was changed; both nodes keep their previous configuration. %1</source>
        <translation>何も変更していません。両ノードとも以前の設定のままです。%1</translation>
    </message>
    <message>
        <source>%1 runs the new configuration, but %2 did not take it. Automatic failover stays frozen on both nodes until they hear each other; apply the configuration again. %3</source>
        <translation>%1 は新しい設定で稼働していますが、%2 は受け入れませんでした。両ノードが互いのハートビートを受信するまで、両方の自動フェイルオーバーは凍結されたままです。設定をもう一度適用してください。%3</translation>
    </message>
    <message>
        <source>It is not known whether the nodes took the new configuration. Automatic failover stays frozen on each node until it hears the other on the same configuration; apply the configuration again. %1</source>
        <translation>ノードが新しい設定を受け入れたかどうか分かりません。各ノードは同じ設定で相手のハートビートを受信するまで、自動フェイルオーバーを凍結したままにします。設定をもう一度適用してください。%1</translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but they do not report hearing each other on it. Automatic failover stays frozen until they do; check the new heartbeat addresses, ports and any firewall. %1</source>
        <translation>両ノードとも新しい設定を持っていますが、新しい設定で互いのハートビートを受信したという報告がありません。受信するまで自動フェイルオーバーは凍結されたままです。新しいハートビートのアドレス、ポート、ファイアウォールを確認してください。%1</translation>
    </message>
</context>
<context>
    <name>ConfigRule</name>
    <message>
        <source>missing</source>
        <translation>未設定です</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 は範囲外です（%2～%3）</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列を指定してください</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>整数を指定してください</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値を指定してください</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>テーブルを指定してください</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>文字列の配列を指定してください</translation>
    </message>
    <message>
        <source>expected an array of tables [[%1]]</source>
        <translation>テーブルの配列 [[%1]] を指定してください</translation>
    </message>
    <message>
        <source>expected a string, or a table of one string per node</source>
        <translation>文字列、またはノードごとに 1 つの文字列を持つテーブルを指定してください</translation>
    </message>
    <message>
        <source>expected a string &quot;host:port&quot;</source>
        <translation>「ホスト:ポート」形式の文字列を指定してください</translation>
    </message>
    <message>
        <source>expected a string (an absolute path)</source>
        <translation>文字列（絶対パス）を指定してください</translation>
    </message>
    <message>
        <source>expected an octal mode such as &quot;0660&quot;</source>
        <translation>「0660」のような 8 進数のモードを指定してください</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>不明なキーです（ここで使えるキー：%1）</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>不明なキーです。「%1」の誤りではありませんか？</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>構文エラー：%1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>ファイルが 1 MiB を超えています</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, &apos;-&apos;, &apos;_&apos;; up to 63)</source>
        <translation>「%1」は有効な名前ではありません（英字、数字、「-」、「_」で 63 文字まで）</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>名前「%1」が重複しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node of this cluster</source>
        <translation>「%1」はこのクラスタのノードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute path</source>
        <translation>「%1」は絶対パスで指定してください</translation>
    </message>
    <message>
        <source>the path must not contain line breaks or other control characters</source>
        <translation>パスに改行やその他の制御文字を含めることはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port (IPv6 as [address]:port)</source>
        <translation>「%1」は「ホスト:ポート」形式ではありません（IPv6 は [アドレス]:ポート）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be 1 to 65535</source>
        <translation>「%1」：ポートは 1～65535 で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; give this node&apos;s address, e.g. &quot;10.0.0.1:9464&quot;, or &quot;0.0.0.0:9464&quot; for every address</source>
        <translation>「%1」は IP アドレスではありません。このノードのアドレス（例：「10.0.0.1:9464」）、またはすべてのアドレスなら「0.0.0.0:9464」を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with prefix, like 192.0.2.10/24</source>
        <translation>「%1」はプレフィックス長付きのアドレスではありません（例：192.0.2.10/24）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name (up to 15 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;:&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation>「%1」はインターフェース名ではありません（英字、数字、「_」「.」「@」「:」「-」で 15 文字まで、先頭に「-」「.」は使えません）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a systemd unit name (letters, digits, &apos;:&apos;, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;, &apos;\&apos; or &apos;-&apos;, not starting with &apos;-&apos; or &apos;.&apos;)</source>
        <translation>「%1」は systemd ユニット名ではありません（英字、数字、「:」「_」「.」「@」「\」「-」のみ、先頭に「-」「.」は使えません）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name</source>
        <translation>「%1」は有効なユーザー名ではありません</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (&quot;root&quot; to run the commands as root)</source>
        <translation>このノードにユーザー「%1」は存在しません（root で実行するなら「root」と指定）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an etcd client URL such as http://10.0.0.5:2379</source>
        <translation>「%1」は etcd クライアント URL ではありません（例：http://10.0.0.5:2379）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>「%1」は http または https の URL ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>must be a number of seconds, 0 or more</source>
        <translation>0 以上の秒数で指定してください</translation>
    </message>
    <message>
        <source>must be 0 (no limit) or more</source>
        <translation>0（無制限）以上で指定してください</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>鍵ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>the key file %1 is not readable</source>
        <translation>鍵ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <source>the key file %1 is shorter than %2 bytes</source>
        <translation>鍵ファイル %1 が %2 バイト未満です</translation>
    </message>
    <message>
        <source>the key file %1 is readable or writable by others (mode %2); make it mode 0600, owned by the agent&apos;s user: chmod 600 %1</source>
        <translation>鍵ファイル %1 が他のユーザーから読み書きできます（モード %2）。エージェントの実行ユーザーの所有でモード 0600 にしてください：chmod 600 %1</translation>
    </message>
    <message>
        <source>a key sent with the config is written only next to it, in %1; name it without a folder, like &quot;cluster.key&quot;</source>
        <translation>設定と一緒に送られた鍵は設定ファイルと同じフォルダー（%1）にだけ書き込まれます。「cluster.key」のようにフォルダーなしで指定してください</translation>
    </message>
    <message>
        <source>%1 must be at least %2 × interval_ms (%3)</source>
        <translation>%1 は interval_ms の %2 倍（%3）以上にしてください</translation>
    </message>
    <message>
        <source>%1 is under %2 × interval_ms (%3): one lost heartbeat can take a link down, and with one link declare a healthy peer dead</source>
        <translation>%1 は interval_ms の %2 倍（%3）未満です：ハートビートが 1 つ失われただけでハートビート回線がダウンし、回線が 1 本しかない場合は正常な相手ノードを障害と判定するおそれがあります</translation>
    </message>
    <message>
        <source>exactly two [[node]] entries are required, found %1</source>
        <translation>[[node]] はちょうど 2 つ必要ですが、%1 個あります</translation>
    </message>
    <message>
        <source>this node &quot;%1&quot; is not one of the nodes (%2)</source>
        <translation>このノード「%1」がノード一覧（%2）にありません</translation>
    </message>
    <message>
        <source>at least one [[link]] is required</source>
        <translation>ハートビート回線 [[link]] が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>missing the endpoint of node &quot;%1&quot;</source>
        <translation>ノード「%1」のエンドポイントがありません</translation>
    </message>
    <message>
        <source>ssh_user needs transport = &quot;ssh&quot;</source>
        <translation>ssh_user には transport = &quot;ssh&quot; が必要です</translation>
    </message>
    <message>
        <source>the mirror travels unencrypted to %1, which is not a private, loopback or link-local address; use transport = &quot;ssh&quot; unless this is a private cable</source>
        <translation>ミラーのデータは暗号化されずに %1 へ送られますが、これはプライベート、ループバック、リンクローカルのいずれのアドレスでもありません。ノード間の専用ケーブルでない限り transport = &quot;ssh&quot; を使ってください</translation>
    </message>
    <message>
        <source>give either address (a TwinHA witness) or etcd, not both</source>
        <translation>address（TwinHA のウィットネス）か etcd のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>automatic failover needs a witness or at least one tiebreaker</source>
        <translation>自動フェイルオーバーにはウィットネスか、少なくとも 1 つのタイブレーカーが必要です</translation>
    </message>
    <message>
        <source>hot-standby needs exactly one [[group]], found %1</source>
        <translation>hot-standby には [[group]] がちょうど 1 つ必要ですが、%1 個あります</translation>
    </message>
    <message>
        <source>duplex needs at least one [[group]]</source>
        <translation>duplex には [[group]] が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>mutual-backup needs exactly two [[group]] entries, found %1</source>
        <translation>mutual-backup には [[group]] がちょうど 2 つ必要ですが、%1 個あります</translation>
    </message>
    <message>
        <source>in mutual-backup the two groups must prefer different nodes</source>
        <translation>mutual-backup では 2 つのグループの優先ノードを別々にしてください</translation>
    </message>
    <message>
        <source>the group has no resources</source>
        <translation>このグループにはリソースがありません</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;</source>
        <translation>グループ「%1」はありません</translation>
    </message>
    <message>
        <source>not set: the commands run as root. Set run_as = &quot;root&quot; to say so, or name the user they run as</source>
        <translation>未設定のため、コマンドは root で実行されます。root で実行する場合は run_as = &quot;root&quot; と明記し、そうでなければ実行ユーザーを指定してください</translation>
    </message>
    <message>
        <source>missing: say which user the commands run as (&quot;root&quot; only if they need it)</source>
        <translation>未設定です：コマンドを実行するユーザーを指定してください（「root」は必要な場合だけ）</translation>
    </message>
    <message>
        <source>a group holds one PostgreSQL instance; &quot;%1&quot; is the second</source>
        <translation>1 つのグループに置ける PostgreSQL インスタンスは 1 つだけです。「%1」は 2 つ目です</translation>
    </message>
    <message>
        <source>PostgreSQL has one primary: it cannot run in a duplex cluster</source>
        <translation>PostgreSQL のプライマリは 1 つだけなので、duplex クラスタでは実行できません</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; needs one [[replication]] of type &quot;postgresql&quot; (group = &quot;%1&quot;): it keeps the standby following the primary</source>
        <translation>グループ「%1」には type が「postgresql」の [[replication]]（group = &quot;%1&quot;）が 1 つ必要です。スタンバイをプライマリに追従させ続けるためのものです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL role name</source>
        <translation>「%1」は単純な PostgreSQL ロール名ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain PostgreSQL database name</source>
        <translation>「%1」は単純な PostgreSQL データベース名ではありません</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; on this node (the owner of the PostgreSQL folders)</source>
        <translation>このノードにユーザー「%1」は存在しません（PostgreSQL のフォルダーの所有者を指定）</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root; name its owner</source>
        <translation>PostgreSQL は root では動作しません。所有ユーザーを指定してください</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no resource of type &quot;postgresql&quot; to watch</source>
        <translation>グループ「%1」に監視対象の type「postgresql」のリソースがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a fence device</source>
        <translation>「%1」にはすでにフェンスデバイスがあります</translation>
    </message>
    <message>
        <source>give either agent or script, not both</source>
        <translation>agent か script のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fence agent name (fence_ipmilan, fence_virsh, ...)</source>
        <translation>「%1」はフェンスエージェント名ではありません（fence_ipmilan、fence_virsh など）</translation>
    </message>
    <message>
        <source>the agent sets the action itself; remove it</source>
        <translation>action はエージェントが自分で設定します。削除してください</translation>
    </message>
    <message>
        <source>give exactly one of script, email and webhook</source>
        <translation>script、email、webhook のうち 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>give the script&apos;s absolute path</source>
        <translation>スクリプトの絶対パスを指定してください</translation>
    </message>
    <message>
        <source>give sendmail&apos;s absolute path</source>
        <translation>sendmail の絶対パスを指定してください</translation>
    </message>
    <message>
        <source>%1 is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one; name the gateway or another host beyond the switch</source>
        <translation>%1 はこのマシン自身です。常に応答するため、ネットワークから切り離されたノードと正常なノードを区別できません。ゲートウェイか、スイッチの向こう側にある別のホストを指定してください</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>TwinHA console for two-server hot-standby clusters.</source>
        <translation>2 台構成ホットスタンバイクラスタ用 TwinHA コンソール。</translation>
    </message>
    <message>
        <source>Open the cluster profile FILE.</source>
        <translation>クラスタ接続プロファイル FILE を開きます。</translation>
    </message>
    <message>
        <source>Render offscreen, wait for the first full status, save a PNG and exit.</source>
        <translation>オフスクリーンで描画し、最初の完全なステータスを待って PNG を保存し終了します。</translation>
    </message>
    <message>
        <source>Language: zh_CN, ja or en.</source>
        <translation>表示言語：zh_CN、ja、en のいずれか。</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits for both nodes (default 20).</source>
        <translation>--screenshot が両ノードを待つ秒数（既定値 20）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>デバッグメッセージを標準エラーに出力します。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN, ja or en.</source>
        <translation>不明な言語「%1」です。zh_CN、ja、en のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--screenshot needs --cluster FILE.</source>
        <translation>--screenshot には --cluster FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Seconds --screenshot waits after the first full status (default 0.15).</source>
        <translation>最初の完全なステータスを受け取ってから --screenshot が待つ秒数（既定 0.15）。</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>不明なページ「%1」です。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>--settle needs a number of seconds from 0 to 600.</source>
        <translation>--settle には 0 から 600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>What --screenshot shows: overview, charts, events, log, settings, switchover or welcome (the first-run page, without --cluster).</source>
        <translation>--screenshot で表示するもの：overview、charts、events、log、settings、switchover または welcome（初回起動ページ。--cluster なし）。</translation>
    </message>
</context>
<context>
    <name>CtlText</name>
    <message>
        <source>Cluster profile FILE.</source>
        <translation>クラスタ接続プロファイル FILE。</translation>
    </message>
    <message>
        <source>Seconds to wait for the nodes (default 15).</source>
        <translation>ノードを待つ秒数（既定値 15）。</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>デバッグメッセージを標準エラーに出力します。</translation>
    </message>
    <message>
        <source>--cluster FILE is required.</source>
        <translation>--cluster FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>テキストの代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Target node (default: the other one).</source>
        <translation>切り替え先ノード（既定：もう一方のノード）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>確認を求めません。</translation>
    </message>
    <message>
        <source>events: at most N entries per node (default 100).</source>
        <translation>events：ノードごとに最大 N 件（既定 100）。</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>コマンドが指定されていません。--help を参照してください。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <source>Resource group (default: the only one; for maintenance: the whole cluster).</source>
        <translation>リソースグループ（既定：唯一のグループ。maintenance ではクラスタ全体）。</translation>
    </message>
    <message>
        <source>maintenance takes &quot;on&quot; or &quot;off&quot;; see --help.</source>
        <translation>maintenance には「on」か「off」を指定します。--help を参照してください。</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout には 0 から 3600 までの秒数を指定します。「%1」は使えません。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit には 1 以上の整数を指定します。「%1」は使えません。</translation>
    </message>
    <message>
        <source>config takes &quot;apply FILE&quot;; see --help.</source>
        <translation>config には「apply FILE」を指定します。--help を参照してください。</translation>
    </message>
    <message>
        <source>events: only entries after CURSOR, as events prints it (node1:120,node2:98).</source>
        <translation>events：CURSOR より後のエントリのみ。CURSOR は events が表示する形式（node1:120,node2:98）。</translation>
    </message>
    <message>
        <source>The typed confirmation, for scripts: takeover: the group&apos;s name; trust: the key&apos;s fingerprint.</source>
        <translation>スクリプト用の入力確認：takeover ではグループ名、trust では鍵のフィンガープリント。</translation>
    </message>
    <message>
        <source>status, watch, check, switchover, takeover, events, maintenance on|off, config apply FILE or trust NODE</source>
        <translation>status、watch、check、switchover、takeover、events、maintenance on|off、config apply FILE または trust NODE</translation>
    </message>
    <message>
        <source>--after takes a cursor as events prints it, such as node1:120,node2:98, not &quot;%1&quot;.</source>
        <translation>--after には events が表示する形式のカーソル（例：node1:120,node2:98）を指定します。「%1」は使えません。</translation>
    </message>
    <message>
        <source>trust takes the name of one node; see --help.</source>
        <translation>trust にはノード名を 1 つ指定します。--help を参照してください。</translation>
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
        <translation>TwinHA クラスタのコマンドラインクライアント。

コマンド：
  status       コンソールから見た両ノードの状態
  watch        変化ごとにタイムスタンプ付き JSON を 1 行、中断されるまで
  check        切り替え前チェック（準備状況）
  switchover   グループを他方のノードへ切り替え（チェックと確認つき）
  takeover     事前チェックが通らないときの強制引き継ぎ（アクティブノードが停止し、
               フェイルオーバーが手動のとき）：グループ名の入力、または --confirm GROUP
  events       両ノードのジャーナルを時刻順にまとめて文で表示。最後に --after 用の
               カーソルを表示
  trust NODE   ノードの SSH ホスト鍵のフィンガープリントを表示して信頼する（変わった鍵も）
  divergence list | divergence show ID
               スプリットや計画外のフェイルオーバーの後、再同期で削除・上書きせずに
               退避したファイル（show：--limit N ファイル）
  maintenance on|off
               クラスタ（または --group）のメンテナンスモード：エージェントは自分からは
               何も動かさない
  mirror trust
               transport = &quot;ssh&quot; のミラーのために、各ノードに相手のミラー鍵を受け入れさせる。
               各ノードは、このコンソールが検証したとおりに相手のホスト鍵を固定する
  config apply FILE
               FILE を 1 つの変更として両ノードに適用：両方が検証してから両方が採用し、
               その間は自動フェイルオーバーを凍結

終了コード：0 成功、1 到達できないノードがある、2 使い方またはプロファイルの誤り、
3 準備未完了または拒否、4 操作の失敗またはロールバック、5 権限なし（オブザーバー）。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The agent could not read a request (%1). Check that console and agent versions match.</source>
        <translation>エージェントが要求を読み取れませんでした（%1）。コンソールとエージェントのバージョンが一致しているか確認してください。</translation>
    </message>
    <message>
        <source>The agent rejected a malformed request (%1).</source>
        <translation>エージェントが不正な形式の要求を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The agent does not support this operation. Upgrade the agent on this node.</source>
        <translation>エージェントはこの操作に対応していません。このノードのエージェントを更新してください。</translation>
    </message>
    <message>
        <source>The agent rejected the request&apos;s parameters (%1).</source>
        <translation>エージェントが要求のパラメーターを拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The agent hit an internal error (%1). See the agent&apos;s log on the node.</source>
        <translation>エージェントで内部エラーが発生しました（%1）。ノード上のエージェントのログを確認してください。</translation>
    </message>
    <message>
        <source>Permission denied: this SSH user may observe the cluster but not operate it. Log in as a member of the operators group.</source>
        <translation>権限がありません：この SSH ユーザーはクラスタの参照のみ可能で、操作はできません。operators グループのメンバーとしてログインしてください。</translation>
    </message>
    <message>
        <source>The TwinHA agent service is not running on this node (no answer on %1). Start it with &quot;systemctl start twinha-agent&quot;.</source>
        <translation>このノードで TwinHA エージェントサービスが動作していません（%1 から応答なし）。「systemctl start twinha-agent」で起動してください。</translation>
    </message>
    <message>
        <source>The TwinHA agent service on this node stopped during the session. Check &quot;systemctl status twinha-agent&quot;; the console reconnects by itself.</source>
        <translation>セッション中にこのノードの TwinHA エージェントサービスが停止しました。「systemctl status twinha-agent」を確認してください。コンソールは自動的に再接続します。</translation>
    </message>
    <message>
        <source>The agent (version %1) speaks protocol %2, but this console speaks protocol %3. Install matching versions of the console and the agent.</source>
        <translation>エージェント（バージョン %1）のプロトコルは %2 ですが、このコンソールのプロトコルは %3 です。コンソールとエージェントのバージョンを揃えてください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, the port and that sshd is running.</source>
        <translation>%1 に接続できません：%2。アドレス、ポート、sshd が動作しているかを確認してください。</translation>
    </message>
    <message>
        <source>No answer from %1 in time. Check that the host is up and that no firewall drops the SSH port.</source>
        <translation>%1 から時間内に応答がありません。ホストが起動しているか、ファイアウォールが SSH ポートを遮断していないか確認してください。</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet (%2 %3). Compare the fingerprint with the server&apos;s before trusting it.</source>
        <translation>%1 のホスト鍵はまだ登録されていません（%2 %3）。信頼する前に、サーバー側のフィンガープリントと照合してください。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed (now %2). Someone may be intercepting the connection. Connection refused; if the server was really reinstalled, remove its old key from %3 and verify the new one.</source>
        <translation>警告：%1 のホスト鍵が変更されています（現在 %2）。通信が傍受されている可能性があるため、接続を拒否しました。サーバーを本当に再インストールした場合は、%3 から古い鍵を削除し、新しい鍵を確認してください。</translation>
    </message>
    <message>
        <source>WARNING: %1 offered a %2 host key, but a key of another type is on record. Someone may be intercepting the connection. Connection refused; verify the server&apos;s keys before changing %3.</source>
        <translation>警告：%1 が %2 のホスト鍵を提示しましたが、登録済みの鍵は別の種類です。通信が傍受されている可能性があるため、接続を拒否しました。%3 を変更する前にサーバーの鍵を確認してください。</translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1. Check that it exists and is readable.</source>
        <translation>known_hosts ファイル %1 を読み込めません。ファイルが存在し、読み取り可能か確認してください。</translation>
    </message>
    <message>
        <source>Authentication as &quot;%1&quot; on %2 failed (server offers: %3). Check the user name and that your key is in the server&apos;s authorized_keys.</source>
        <translation>%2 へのユーザー「%1」での認証に失敗しました（サーバーが提供する方式：%3）。ユーザー名と、公開鍵がサーバーの authorized_keys に登録されているかを確認してください。</translation>
    </message>
    <message>
        <source>Cannot load the private key %1. Check the path and its permissions.</source>
        <translation>秘密鍵 %1 を読み込めません。パスとアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>SSH error with %1: %2</source>
        <translation>%1 との SSH エラー：%2</translation>
    </message>
    <message>
        <source>The SSH server on %1 refused to open a session channel: %2</source>
        <translation>%1 の SSH サーバーがセッションチャネルの開設を拒否しました：%2</translation>
    </message>
    <message>
        <source>twinha-agent is not installed on this node (command not found). Install the twinha-agent package there.</source>
        <translation>このノードに twinha-agent がインストールされていません（コマンドが見つかりません）。twinha-agent パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The agent session ended (exit status %1). %2</source>
        <translation>エージェントのセッションが終了しました（終了ステータス %1）。%2</translation>
    </message>
    <message>
        <source>The node sent something that is not a TwinHA message (%1). Check that the agent command in the profile is right.</source>
        <translation>ノードから TwinHA のメッセージではないデータが送られてきました（%1）。プロファイルのエージェントコマンドが正しいか確認してください。</translation>
    </message>
    <message>
        <source>The node sent an oversized message (over %1 bytes); it was ignored.</source>
        <translation>ノードから大きすぎるメッセージ（%1 バイト超）が届いたため、無視しました。</translation>
    </message>
    <message>
        <source>The agent did not answer in time. The node may be overloaded.</source>
        <translation>エージェントが時間内に応答しませんでした。ノードが過負荷の可能性があります。</translation>
    </message>
    <message>
        <source>The connection to the node was lost. The console reconnects by itself.</source>
        <translation>ノードとの接続が切れました。コンソールは自動的に再接続します。</translation>
    </message>
    <message>
        <source>Cannot open the cluster profile %1: %2</source>
        <translation>クラスタ接続プロファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <source>The cluster profile %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>クラスタ接続プロファイル %1 の %2 行 %3 列目が正しい JSON ではありません：%4</translation>
    </message>
    <message>
        <source>The cluster profile %1 has a bad field &quot;%2&quot;: %3</source>
        <translation>クラスタ接続プロファイル %1 のフィールド「%2」が不正です：%3</translation>
    </message>
    <message>
        <source>Error %1 reported by the agent.</source>
        <translation>エージェントがエラー %1 を報告しました。</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled. Connect again when you have the credentials at hand.</source>
        <translation>%1 へのログインをキャンセルしました。認証情報を用意してから再接続してください。</translation>
    </message>
    <message>
        <source>The host key of %1 was accepted but could not be saved to %2 (%3). Check that the folder is writable.</source>
        <translation>%1 のホスト鍵を受け入れましたが、%2 に保存できませんでした（%3）。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The agent cannot read the cluster key %1 (%2). Both nodes need the same key file, mode 0600.</source>
        <translation>エージェントがクラスタ鍵 %1 を読み込めません（%2）。両ノードに同じ鍵ファイル（モード 0600）が必要です。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 cannot listen on %2 (%3). Check that the address belongs to this node and the port is free.</source>
        <translation>ハートビート回線 %1 が %2 で待ち受けできません（%3）。アドレスがこのノードのものか、ポートが空いているか確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3). %4</source>
        <translation>グループ %2 のリソース %1 の起動に失敗しました（終了ステータス %3）。%4</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). %4 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>グループ %2 のリソース %1 の停止に失敗しました（終了ステータス %3）。%4 このノードでまだ動作している可能性があります。他のノードで起動する前に確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 did not finish &quot;%3&quot; within %4 ms.</source>
        <translation>グループ %2 のリソース %1 が %4 ミリ秒以内に「%3」を完了しませんでした。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 has stopped running.</source>
        <translation>グループ %2 のリソース %1 が停止しています。</translation>
    </message>
    <message>
        <source>The virtual IP %1 already answers on %2, so it was not taken. Find the other holder first.</source>
        <translation>仮想IP %1 は既に %2 上で応答しているため、引き継ぎませんでした。先にもう一方の保持者を特定してください。</translation>
    </message>
    <message>
        <source>The network interface %1 for the virtual IP does not exist on this node.</source>
        <translation>仮想IP用のネットワークインターフェース %1 がこのノードに存在しません。</translation>
    </message>
    <message>
        <source>The systemd unit %1 is not installed on this node.</source>
        <translation>systemd ユニット %1 がこのノードにインストールされていません。</translation>
    </message>
    <message>
        <source>No tiebreaker answers (%1). Without one, automatic takeover is not safe.</source>
        <translation>タイブレーカーが応答しません（%1）。タイブレーカーなしでの自動引き継ぎは安全ではありません。</translation>
    </message>
    <message>
        <source>Replication lag of %1 is %2 s, over the limit of %3 s.</source>
        <translation>%1 のレプリケーション遅延 %2 秒が上限 %3 秒を超えています。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2): %3</source>
        <translation>レプリケーション %1 のスタンバイへのコピーに失敗しました（終了ステータス %2）：%3</translation>
    </message>
    <message>
        <source>The replicated folder %1 of %2 does not exist.</source>
        <translation>%2 のレプリケーション対象フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2: %3</source>
        <translation>スタンバイが %2 でレプリケーション %1 を受信できません：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2): %3</source>
        <translation>レプリケーション %1 の遅延取得コマンドが失敗しました（終了ステータス %2）：%3</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s: %2</source>
        <translation>レプリケーション %1 の遅延取得コマンドが lag_s を含む正しい JSON を出力しませんでした：%2</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up within %2 ms.</source>
        <translation>レプリケーション %1 が %2 ミリ秒以内に追いつけませんでした。</translation>
    </message>
    <message>
        <source>The agent cannot write its journal %1 (%2). Free disk space on the node; events are kept in memory meanwhile.</source>
        <translation>エージェントがジャーナル %1 に書き込めません（%2）。ノードのディスク容量を空けてください。その間イベントはメモリに保持されます。</translation>
    </message>
    <message>
        <source>The journal was altered: its hash chain breaks at entry %1.</source>
        <translation>ジャーナルが改ざんされています：ハッシュチェーンがエントリ %1 で途切れています。</translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 was wrong three times. Connect again and retype it.</source>
        <translation>秘密鍵 %1 のパスフレーズが 3 回間違っていました。再接続して入力し直してください。</translation>
    </message>
    <message>
        <source>The peer node %1 cannot be heard on any heartbeat link.</source>
        <translation>どのハートビート回線でも相手ノード %1 からの応答がありません。</translation>
    </message>
    <message>
        <source>The peer node %1 did not take up the operation within %2 ms; nothing was changed there.</source>
        <translation>相手ノード %1 が %2 ミリ秒以内に操作を引き受けませんでした。相手側では何も変更されていません。</translation>
    </message>
    <message>
        <source>The two nodes run different configurations (checksum %1 here, %2 on the peer). Copy the same cluster.toml to both nodes.</source>
        <translation>2 つのノードの設定が異なります（このノードのチェックサム %1、相手 %2）。同じ cluster.toml を両ノードにコピーしてください。</translation>
    </message>
    <message>
        <source>Another operation (%1 of group %2, id %3) is still running. Wait for it to finish.</source>
        <translation>別の操作（グループ %2 の %1、ID %3）がまだ実行中です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>There is no operation with id %1 on this node.</source>
        <translation>このノードに ID %1 の操作はありません。</translation>
    </message>
    <message>
        <source>Operation %1 is already past its checks (now: %2) and can no longer be cancelled; it finishes or rolls back by itself.</source>
        <translation>操作 %1 は既にチェックを通過しており（現在：%2）、キャンセルできません。自動的に完了またはロールバックします。</translation>
    </message>
    <message>
        <source>Operation %1 was cancelled by %2 before anything was changed.</source>
        <translation>操作 %1 は変更が行われる前に %2 によってキャンセルされました。</translation>
    </message>
    <message>
        <source>Group %1 is not running on %2.</source>
        <translation>グループ %1 は %2 で稼働していません。</translation>
    </message>
    <message>
        <source>Group %1 has failed resources on %2. Repair them first.</source>
        <translation>グループ %1 の %2 上のリソースに障害があります。先に修復してください。</translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold group %1. The node with the older epoch steps down.</source>
        <translation>スプリットブレイン：両ノードがグループ %1 を保持しています。エポックの古いノードがアクティブから降格します。</translation>
    </message>
    <message>
        <source>No node holds group %1 at the moment.</source>
        <translation>現在グループ %1 を保持しているノードはありません。</translation>
    </message>
    <message>
        <source>Group %1 already runs on %2.</source>
        <translation>グループ %1 は既に %2 で稼働しています。</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot; in this cluster.</source>
        <translation>このクラスタに「%1」という名前のグループはありません。</translation>
    </message>
    <message>
        <source>There is no node named &quot;%1&quot; in this cluster.</source>
        <translation>このクラスタに「%1」という名前のノードはありません。</translation>
    </message>
    <message>
        <source>The agent cannot save its role to %1 (%2), so it changed nothing. Free disk space on the node.</source>
        <translation>エージェントがロールを %1 に保存できないため（%2）、何も変更しませんでした。ノードのディスク容量を空けてください。</translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2: %3. Check AllowTcpForwarding on the jump host and that it can reach the node.</source>
        <translation>踏み台ホスト %1 が %2 への接続の転送を拒否しました：%3。踏み台ホストの AllowTcpForwarding と、ノードへ到達できるかを確認してください。</translation>
    </message>
    <message>
        <source>The agent cannot read its journal %1 (%2); events are kept in memory only. Check the file&apos;s permissions and the disk, then restart the agent.</source>
        <translation>エージェントがジャーナル %1 を読み取れません (%2)。イベントはメモリ上にのみ保持されます。ファイルの権限とディスクを確認してから、エージェントを再起動してください。</translation>
    </message>
    <message>
        <source>The config is not valid TOML at line %1, column %2 (%3). Correct the syntax there.</source>
        <translation>設定ファイルの %1 行 %2 列目が正しい TOML ではありません（%3）。該当箇所の構文を修正してください。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing. Fill it in.</source>
        <translation>設定項目「%1」がありません。値を入力してください。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is not valid (%2). Correct it.</source>
        <translation>設定項目「%1」の値が不正です（%2）。修正してください。</translation>
    </message>
    <message>
        <source>The config %1 was changed on the node since it was read, so nothing was written. Reload the config, review the changes and apply again.</source>
        <translation>設定ファイル %1 は読み込み後にノード上で変更されたため、何も書き込みませんでした。設定を読み込み直し、変更内容を確認してから再度適用してください。</translation>
    </message>
    <message>
        <source>The agent could not write the config %1 (%2); the previous config is unchanged. Free disk space or fix the folder&apos;s permissions on the node.</source>
        <translation>エージェントが設定ファイル %1 を書き込めませんでした（%2）。以前の設定は変更されていません。ノードのディスク容量を空けるか、フォルダーのアクセス権を修正してください。</translation>
    </message>
    <message>
        <source>The config was written, but the agent could not start with it (%1: %2). See the agent&apos;s log on the node.</source>
        <translation>設定は書き込まれましたが、エージェントがその設定で起動できませんでした（%1：%2）。ノード上のエージェントのログを確認してください。</translation>
    </message>
    <message>
        <source>systemd is not running on this node, so it has no services to choose from. Use a script resource instead.</source>
        <translation>このノードでは systemd が動作していないため、選択できるサービスがありません。代わりにスクリプトリソースを使用してください。</translation>
    </message>
    <message>
        <source>The agent could not list the systemd services on this node (%1). Type the unit name instead.</source>
        <translation>エージェントがこのノードの systemd サービスの一覧を取得できませんでした（%1）。ユニット名を直接入力してください。</translation>
    </message>
    <message>
        <source>This node stepped down from group %1: it could reach neither its peer nor the witness %2, so it stopped the group before its lease could run out.</source>
        <translation>このノードはグループ %1 のアクティブから降格しました。相手ノードにもウィットネス %2 にも到達できなかったため、リースが切れる前にグループを停止しました。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 until an earlier holder&apos;s lease has certainly run out.</source>
        <translation>引き継ぎは拒否されました：以前の保持者のリースが確実に切れるまで、ウィットネスはグループ %1 のリースを付与しません。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness does not grant the lease of group %1 for another %2 ms, until an earlier holder&apos;s lease has certainly run out.</source>
        <translation>引き継ぎは拒否されました：以前の保持者のリースが確実に切れるまで、ウィットネスはあと %2 ミリ秒間グループ %1 のリースを付与しません。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2.</source>
        <translation>引き継ぎは拒否されました：ウィットネスはグループ %1 のリースを %2 に付与しています。</translation>
    </message>
    <message>
        <source>Takeover refused: the witness gives the lease of group %1 to %2 for another %3 ms.</source>
        <translation>引き継ぎは拒否されました：ウィットネスはグループ %1 のリースを %2 に付与しています（残り %3 ミリ秒）。</translation>
    </message>
    <message>
        <source>The witness %1 does not answer. Until it does, no node can take over automatically. Check the witness host and the network to it.</source>
        <translation>ウィットネス %1 が応答しません。応答が戻るまで、どのノードも自動では引き継げません。ウィットネスのホストと、そこへのネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The witness could not save a grant to its disk, so it refused to grant a new lease (this is safe). Check the disk of the witness host.</source>
        <translation>ウィットネスが付与の記録をディスクに保存できなかったため、新しいリースの付与を拒否しました（安全側の動作です）。ウィットネスのホストのディスクを確認してください。</translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation>自動フェイルオーバーは ping タイブレーカーだけに頼っています。両ノードがまだタイブレーカーに到達できる分断では、2 台のアクティブノード（スプリットブレイン）を防げません。ウィットネスを設定してください。</translation>
    </message>
    <message>
        <source>Automatic failover relies on ping tiebreakers only (%1). It cannot prevent two active nodes in a split where both nodes still reach them. Configure a witness.</source>
        <translation>自動フェイルオーバーは ping タイブレーカー（%1）だけに頼っています。両ノードがまだタイブレーカーに到達できる分断では、2 台のアクティブノード（スプリットブレイン）を防げません。ウィットネスを設定してください。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3): %4. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>%2 による %1 のフェンシングに失敗しました（終了コード %3）：%4。フェンシングが成功するまで引き継ぎは行われません。フェンスデバイスとそのオプションを確認してください。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed (exit status %3). No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>%2 による %1 のフェンシングに失敗しました（終了コード %3）。フェンシングが成功するまで引き継ぎは行われません。フェンスデバイスとそのオプションを確認してください。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed: %3. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>%2 による %1 のフェンシングに失敗しました：%3。フェンシングが成功するまで引き継ぎは行われません。フェンスデバイスとそのオプションを確認してください。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed. No takeover happens until fencing succeeds; check the fence device and its options.</source>
        <translation>%2 による %1 のフェンシングに失敗しました。フェンシングが成功するまで引き継ぎは行われません。フェンスデバイスとそのオプションを確認してください。</translation>
    </message>
    <message>
        <source>Takeover refused for now: the silent peer may be frozen rather than off, so it must be powered off first, and fencing has started. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>引き継ぎは今は拒否されました：応答のない相手ノードは停止しておらずフリーズしているだけかもしれないため、先に電源を切る必要があり、フェンシングを開始しました。完了したら再試行してください。フェンシングを省略することもできますが、その場合は両ノードが同時にサービスを提供するおそれがあります。</translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 must be powered off first, but fencing it with %2 failed; it is tried again shortly. Try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>引き継ぎは今は拒否されました：先に %1 の電源を切る必要がありますが、%2 によるフェンシングに失敗しました。まもなく再試行されます。完了したら再試行してください。フェンシングを省略することもできますが、その場合は両ノードが同時にサービスを提供するおそれがあります。</translation>
    </message>
    <message>
        <source>Takeover refused for now: %1 is silent but may be frozen rather than off, so it must be powered off first. Fencing %1 with %2 has started; try again once it is done, or skip fencing knowing that both nodes may then serve at once.</source>
        <translation>引き継ぎは今は拒否されました：%1 は応答しませんが、停止しておらずフリーズしているだけかもしれないため、先に電源を切る必要があります。%2 による %1 のフェンシングを開始しました。完了したら再試行してください。フェンシングを省略することもできますが、その場合は両ノードが同時にサービスを提供するおそれがあります。</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode (set by %2): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>グループ %1 はメンテナンスモードです（%2 が設定）：エージェントは自分からは何も動かさず、計画的な切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>グループ %1 はメンテナンスモードです：エージェントは自分からは何も動かさず、計画的な切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode (set by %1): the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>クラスタはメンテナンスモードです（%1 が設定）：エージェントは自分からは何も動かさず、計画的な切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>The cluster is in maintenance mode: the agents move nothing by themselves, and a planned switchover needs force.</source>
        <translation>クラスタはメンテナンスモードです：エージェントは自分からは何も動かさず、計画的な切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby (exit status %2).</source>
        <translation>レプリケーション %1 のスタンバイへのコピーに失敗しました（終了ステータス %2）。</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby: %2</source>
        <translation>レプリケーション %1 のスタンバイへのコピーに失敗しました：%2</translation>
    </message>
    <message>
        <source>Replication %1 failed to copy to the standby.</source>
        <translation>レプリケーション %1 のスタンバイへのコピーに失敗しました。</translation>
    </message>
    <message>
        <source>the jump host %1</source>
        <translation>踏み台ホスト %1</translation>
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation>%1（踏み台ホスト %2 経由）</translation>
    </message>
    <message>
        <source>Permission denied: %1 may observe the cluster but not operate it. Add %1 to the group %2 on this node (control.operators_group in cluster.toml), then connect again.</source>
        <translation>権限がありません：%1 はクラスタを監視できますが操作はできません。このノードで %1 をグループ %2（cluster.toml の control.operators_group）に追加してから、再接続してください。</translation>
    </message>
    <message>
        <source>%1 may not open the agent&apos;s control socket %2 (group %3, mode %4). Add %1 to the group %3 on this node (control.socket_group in cluster.toml), then connect again.</source>
        <translation>%1 はエージェントの制御ソケット %2（グループ %3、モード %4）を開けません。このノードで %1 をグループ %3（cluster.toml の control.socket_group）に追加してから、再接続してください。</translation>
    </message>
    <message>
        <source>The private key %1 can be read by others (mode %2), so it was not used, as ssh would not use it either. Run &quot;chmod 600 %1&quot; and connect again.</source>
        <translation>秘密鍵 %1 は他のユーザーから読める状態（モード %2）のため使用しませんでした。ssh も同様に使用しません。「chmod 600 %1」を実行してから再接続してください。</translation>
    </message>
    <message>
        <source>The server printed &quot;%1&quot; instead of starting the agent. Check the account&apos;s login shell, ~/.bashrc or ~/.profile (they must not print for a command session) and any ForceCommand in sshd_config.</source>
        <translation>サーバーはエージェントを起動せずに「%1」を出力しました。アカウントのログインシェル、~/.bashrc または ~/.profile（コマンドセッションでは何も出力してはいけません）、sshd_config の ForceCommand を確認してください。</translation>
    </message>
    <message>
        <source>This node has no kept set %1.</source>
        <translation>このノードには退避セット %1 がありません。</translation>
    </message>
    <message>
        <source>Another configuration change (%1, by %2) is under way on this node, so nothing was changed. It is committed or rolled back within %3 ms; apply again after that.</source>
        <translation>このノードでは別の設定変更（%1、%2 による）が進行中のため、何も変更しませんでした。その変更は %3 ミリ秒以内にコミットまたはロールバックされます。その後でもう一度適用してください。</translation>
    </message>
    <message>
        <source>The node no longer holds configuration change %1 (it was rolled back after its time ran out, or aborted), so it keeps its previous configuration. Apply again.</source>
        <translation>このノードは設定変更 %1 をもう保持していません（時間切れでロールバックされたか、中止されました）。以前の設定のままです。もう一度適用してください。</translation>
    </message>
    <message>
        <source>After the configuration change this node does not hear %1 running the same configuration (%2) on the new links (%3) for %4 ms. Automatic failover stays frozen on this node until it does. Check that %1 got the change, its firewall and the new ports, or apply the configuration again.</source>
        <translation>設定変更後、このノードは新しいハートビート回線（%3）で %4 ミリ秒の間、同じ設定（%2）で稼働する %1 からの応答を受信していません。受信するまで、このノードの自動フェイルオーバーは凍結されたままです。%1 が変更を受け取ったか、そのファイアウォールと新しいポートを確認するか、設定をもう一度適用してください。</translation>
    </message>
    <message>
        <source>This node rolled the configuration change back, but does not hear %1 running the same configuration (%2) on its links (%3) for %4 ms: %1 may run the new one. Automatic failover stays frozen on this node until it hears %1. Apply the configuration again to both nodes.</source>
        <translation>このノードは設定変更をロールバックしましたが、ハートビート回線（%3）で %4 ミリ秒の間、同じ設定（%2）で稼働する %1 からの応答を受信していません。%1 は新しい設定で稼働している可能性があります。%1 からの応答を受信するまで、このノードの自動フェイルオーバーは凍結されたままです。両ノードに設定をもう一度適用してください。</translation>
    </message>
    <message>
        <source>The private key %1 is passphrase-protected and there is nobody to ask for the passphrase: load it into ssh-agent (ssh-add %1) or run on a terminal.</source>
        <translation>秘密鍵 %1 はパスフレーズで保護されていますが、パスフレーズを尋ねる相手がいません。ssh-agent に読み込むか（ssh-add %1）、端末で実行してください。</translation>
    </message>
    <message>
        <source>%1 stopped the login as &quot;%2&quot; after too many keys were offered (sshd&apos;s MaxAuthTries; tried: %3). The ssh-agent probably holds several keys: set &quot;identities_only&quot;: true for this node in the cluster profile, with its &quot;identity&quot; key, or remove keys from the agent (ssh-add -d).</source>
        <translation>%1 は鍵が多く提示されすぎたため「%2」としてのログインを打ち切りました（sshd の MaxAuthTries。試行：%3）。ssh-agent が複数の鍵を持っていると思われます。クラスタ接続プロファイルでこのノードに &quot;identities_only&quot;：true と &quot;identity&quot; の鍵を設定するか、agent から鍵を削除してください（ssh-add -d）。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start (exit status %3).</source>
        <translation>グループ %2 のリソース %1 の起動に失敗しました（終了ステータス %3）。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start: %3</source>
        <translation>グループ %2 のリソース %1 の起動に失敗しました：%3</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to start.</source>
        <translation>グループ %2 のリソース %1 の起動に失敗しました。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop (exit status %3). It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>グループ %2 のリソース %1 の停止に失敗しました（終了ステータス %3）。このノードでまだ動いている可能性があります。他で起動する前に確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop: %3 It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>グループ %2 のリソース %1 の停止に失敗しました：%3 このノードでまだ動いている可能性があります。他で起動する前に確認してください。</translation>
    </message>
    <message>
        <source>Resource %1 of group %2 failed to stop. It may still be running on this node; check it before starting it elsewhere.</source>
        <translation>グループ %2 のリソース %1 の停止に失敗しました。このノードでまだ動いている可能性があります。他で起動する前に確認してください。</translation>
    </message>
    <message>
        <source>The replicated folder of %1 does not exist.</source>
        <translation>%1 のレプリケーション対象フォルダが存在しません。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1 on %2.</source>
        <translation>スタンバイはレプリケーション %1 を %2 で受信できません。</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1: %2</source>
        <translation>スタンバイはレプリケーション %1 を受信できません：%2</translation>
    </message>
    <message>
        <source>The standby cannot receive replication %1.</source>
        <translation>スタンバイはレプリケーション %1 を受信できません。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed (exit status %2).</source>
        <translation>レプリケーション %1 の遅延コマンドが失敗しました（終了ステータス %2）。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed: %2</source>
        <translation>レプリケーション %1 の遅延コマンドが失敗しました：%2</translation>
    </message>
    <message>
        <source>The lag command of replication %1 failed.</source>
        <translation>レプリケーション %1 の遅延コマンドが失敗しました。</translation>
    </message>
    <message>
        <source>The lag command of replication %1 printed no valid JSON with lag_s.</source>
        <translation>レプリケーション %1 の遅延コマンドが lag_s を含む有効な JSON を出力しませんでした。</translation>
    </message>
    <message>
        <source>Replication %1 could not catch up in time.</source>
        <translation>レプリケーション %1 が時間内に追いつけませんでした。</translation>
    </message>
    <message>
        <source>The agent cannot make or read its mirror key %1: %2</source>
        <translation>エージェントがミラー鍵 %1 を作成または読み取れません：%2</translation>
    </message>
    <message>
        <source>The agent cannot let its peer&apos;s mirror key in (%1): %2</source>
        <translation>エージェントが相手ノードのミラー鍵を受け入れられません（%1）：%2</translation>
    </message>
    <message>
        <source>This console has no verified host key of %1 (%2) to hand to its peer. Connect to %1 once and check its fingerprint, then set up the mirror again.</source>
        <translation>このコンソールには、相手ノードに渡せる %1（%2）の検証済みホスト鍵がありません。一度 %1 に接続してフィンガープリントを確認してから、ミラーを設定し直してください。</translation>
    </message>
    <message>
        <source>The standby of %1 is too far behind.</source>
        <translation>%1 のスタンバイが遅れすぎています。</translation>
    </message>
    <message>
        <source>The standby of %1 is %2 behind, over the limit of %3.</source>
        <translation>%1 のスタンバイは %2 遅れており、上限 %3 を超えています。</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node.</source>
        <translation>このノードの PostgreSQL が応答しません。</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer on this node: %1</source>
        <translation>このノードの PostgreSQL が応答しません：%1</translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a standby, not as the primary.</source>
        <translation>PostgreSQL はここでプライマリではなくスタンバイとして動いています。</translation>
    </message>
    <message>
        <source>PostgreSQL runs here as a primary although the peer holds the group. It is left alone; the cluster&apos;s rules stop the group on one side.</source>
        <translation>ピアがグループを保持しているのに、PostgreSQL はここでプライマリとして動いています。エージェントは手を出さず、クラスタのルールがどちらか一方でグループを停止します。</translation>
    </message>
    <message>
        <source>A PostgreSQL command of %1 failed; the node&apos;s status says which.</source>
        <translation>%1 の PostgreSQL コマンドが失敗しました。どのコマンドかはノードの状態に表示されます。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました：%2</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 が失敗しました（終了コード %2）：%3</translation>
    </message>
    <message>
        <source>PostgreSQL of %1 is held stopped on the standby: it could not be made to follow the primary. The node&apos;s status says what to do.</source>
        <translation>%1 の PostgreSQL はスタンバイ側で停止のまま保持されています。プライマリに追従させられませんでした。対処はノードの状態に表示されます。</translation>
    </message>
    <message>
        <source>PostgreSQL is held stopped on this node because it could not be made to follow the primary. Bring its data folder in line by hand (pg_rewind or a new pg_basebackup), then delete %1.</source>
        <translation>このノードの PostgreSQL はプライマリに追従させられなかったため、停止のまま保持されています。データフォルダを手作業で揃えてから（pg_rewind または pg_basebackup のやり直し）、%1 を削除してください。</translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary of %1 in line with the new one; it stays stopped.</source>
        <translation>pg_rewind で %1 の旧プライマリを新プライマリに揃えられませんでした。停止したままです。</translation>
    </message>
    <message>
        <source>pg_rewind could not bring the old primary in line with the new one: %1. It stays stopped; after repairing it, delete %2.</source>
        <translation>pg_rewind で旧プライマリを新プライマリに揃えられませんでした：%1。停止したままです。修復したら %2 を削除してください。</translation>
    </message>
    <message>
        <source>The standby of %1 waits for a primary to follow.</source>
        <translation>%1 のスタンバイは追従するプライマリを待っています。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not answer as a primary yet; the standby waits for it.</source>
        <translation>%1 の PostgreSQL はまだプライマリとして応答しません。スタンバイはそれを待っています。</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly, so the standby cannot be shown to have every transaction.</source>
        <translation>PostgreSQL が正常に停止しなかったため、スタンバイがすべてのトランザクションを持つことを示せません。</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop cleanly (its control file says &quot;%1&quot;), so the standby cannot be shown to have every transaction.</source>
        <translation>PostgreSQL が正常に停止しませんでした（制御ファイルの状態は「%1」）。スタンバイがすべてのトランザクションを持つことを示せません。</translation>
    </message>
    <message>
        <source>The standby did not show within %1 ms that it replayed the old primary&apos;s last checkpoint %2. Promoting it would lose transactions.</source>
        <translation>スタンバイは %1 ミリ秒以内に旧プライマリの最後のチェックポイント %2 の適用を示しませんでした。昇格するとトランザクションが失われます。</translation>
    </message>
    <message>
        <source>The standby replayed WAL up to %1 only, short of the old primary&apos;s last checkpoint %2, within %3 ms. Promoting it would lose transactions.</source>
        <translation>スタンバイが適用した WAL は %1 までで、旧プライマリの最後のチェックポイント %2 に届いていません（%3 ミリ秒待機）。昇格するとトランザクションが失われます。</translation>
    </message>
    <message>
        <source>No standby streams from this primary (%1).</source>
        <translation>このプライマリからストリーミングしているスタンバイがありません（%1）。</translation>
    </message>
    <message>
        <source>The standby of %1 is not streaming (state: %2).</source>
        <translation>%1 のスタンバイはストリーミングしていません（状態：%2）。</translation>
    </message>
    <message>
        <source>pg_lsclusters was not found on this node, so its PostgreSQL clusters cannot be listed. Install postgresql-common, or enter the cluster&apos;s folders by hand.</source>
        <translation>このノードに pg_lsclusters が見つからないため、PostgreSQL クラスタを一覧できません。postgresql-common をインストールするか、クラスタのフォルダを手入力してください。</translation>
    </message>
    <message>
        <source>Cluster %1/%2 is not running, so it could not be checked. Start it (pg_ctlcluster %1 %2 start), then check again.</source>
        <translation>クラスタ %1/%2 が動いていないため確認できません。起動してから（pg_ctlcluster %1 %2 start）、もう一度確認してください。</translation>
    </message>
    <message>
        <source>wal_level is %1, which writes too little WAL for a standby. Set wal_level = replica in postgresql.conf and restart PostgreSQL.</source>
        <translation>wal_level が %1 で、スタンバイに必要な WAL が書かれません。postgresql.conf で wal_level = replica にして PostgreSQL を再起動してください。</translation>
    </message>
    <message>
        <source>max_wal_senders is %1; a standby and its first copy need at least %2. Raise it in postgresql.conf and restart PostgreSQL.</source>
        <translation>max_wal_senders が %1 です。スタンバイと最初のコピーには少なくとも %2 必要です。postgresql.conf で増やして PostgreSQL を再起動してください。</translation>
    </message>
    <message>
        <source>hot_standby is off, so as a standby this cluster would answer none of the agent&apos;s checks. Set hot_standby = on in postgresql.conf.</source>
        <translation>hot_standby がオフのため、スタンバイとしてはエージェントの確認に一切応答できません。postgresql.conf で hot_standby = on にしてください。</translation>
    </message>
    <message>
        <source>Neither wal_log_hints nor data checksums are on, so a former primary cannot be rewound and must be copied again after a failover. Set wal_log_hints = on and restart.</source>
        <translation>wal_log_hints もデータチェックサムも無効なため、フェイルオーバー後の旧プライマリを巻き戻せず、コピーし直す必要があります。wal_log_hints = on にして再起動してください。</translation>
    </message>
    <message>
        <source>The replication role %1 does not exist. Create it with CREATE ROLE %1 WITH REPLICATION LOGIN and give it a password.</source>
        <translation>レプリケーション用ロール %1 がありません。CREATE ROLE %1 WITH REPLICATION LOGIN で作成し、パスワードを設定してください。</translation>
    </message>
    <message>
        <source>The role %1 may not log in or replicate. Run ALTER ROLE %1 WITH REPLICATION LOGIN.</source>
        <translation>ロール %1 はログインまたはレプリケーションができません。ALTER ROLE %1 WITH REPLICATION LOGIN を実行してください。</translation>
    </message>
    <message>
        <source>Line %1 of pg_hba.conf rejects replication connections of %2. Allow them from the peer&apos;s address before that line, then reload PostgreSQL.</source>
        <translation>pg_hba.conf の %1 行目が %2 のレプリケーション接続を拒否しています。その行より前でピアのアドレスからの接続を許可し、PostgreSQL をリロードしてください。</translation>
    </message>
    <message>
        <source>pg_hba.conf has no host line for the database &quot;replication&quot; that admits %1. Add one for the peer&apos;s address, then reload PostgreSQL.</source>
        <translation>pg_hba.conf に、%1 をデータベース「replication」へ許可する host 行がありません。ピアのアドレス用に追加して、PostgreSQL をリロードしてください。</translation>
    </message>
    <message>
        <source>The replication slot %1 is not in use and keeps WAL that nobody reads, until the disk fills. Drop it with pg_drop_replication_slot(&apos;%1&apos;) if no standby needs it.</source>
        <translation>レプリケーションスロット %1 は使われておらず、誰も読まない WAL をディスクが埋まるまで保持します。必要なスタンバイがなければ pg_drop_replication_slot(&apos;%1&apos;) で削除してください。</translation>
    </message>
    <message>
        <source>Cluster %1/%2 is running. Stop it (pg_ctlcluster %1 %2 stop) before it is copied from the primary.</source>
        <translation>クラスタ %1/%2 が動いています。プライマリからコピーする前に停止してください（pg_ctlcluster %1 %2 stop）。</translation>
    </message>
    <message>
        <source>The data folder %1 could not be set aside for the copy: %2</source>
        <translation>コピーのためにデータフォルダ %1 を退避できませんでした：%2</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3), which has neither dpkg nor rpm: the console cannot install the agent there. Build twinha-agent from source on that node.</source>
        <translation>%1 は %2（%3）で動作しており、dpkg も rpm もありません。コンソールからはエージェントをインストールできません。そのノードで twinha-agent をソースからビルドしてください。</translation>
    </message>
    <message>
        <source>No twinha-agent .%1 package for %2 was found next to the console. Choose the package file for node %3.</source>
        <translation>コンソールの手元に %2 用の twinha-agent .%1 パッケージが見つかりません。ノード %3 用のパッケージファイルを選んでください。</translation>
    </message>
    <message>
        <source>The package %1 does not suit %2, which needs a .%3 package for %4. Choose another package file.</source>
        <translation>パッケージ %1 は %2 に合いません。このノードには %4 用の .%3 パッケージが必要です。別のパッケージファイルを選んでください。</translation>
    </message>
    <message>
        <source>The user %1 is not root on %2 and may not use sudo there, so the console cannot install the agent. Run the commands below as root on that node, then press Connect again.</source>
        <translation>ユーザー %1 は %2 で root ではなく、sudo も使えないため、コンソールからはエージェントをインストールできません。そのノードで root として下のコマンドを実行してから、「再接続」を押してください。</translation>
    </message>
    <message>
        <source>The sudo password for %1 on %2 was not given; nothing was installed.</source>
        <translation>%2 での %1 の sudo パスワードが入力されませんでした。何もインストールしていません。</translation>
    </message>
    <message>
        <source>sudo on %2 refused the password for %1 three times; nothing was installed.</source>
        <translation>%2 の sudo が %1 のパスワードを 3 回拒否しました。何もインストールしていません。</translation>
    </message>
    <message>
        <source>Copying the package to %1 over SFTP failed (%2): %3. Check that the SSH server offers SFTP (Subsystem sftp in sshd_config) and that /tmp has room.</source>
        <translation>SFTP でパッケージを %1 にコピーできませんでした（%2）：%3。SSH サーバーが SFTP を提供しているか（sshd_config の Subsystem sftp）、/tmp に空きがあるかを確認してください。</translation>
    </message>
    <message>
        <source>On %1, the command &quot;%2&quot; failed with exit status %3. It printed:
%4</source>
        <translation>%1 でコマンド「%2」が終了ステータス %3 で失敗しました。出力：
%4</translation>
    </message>
    <message>
        <source>The agent was installed on %1 but did not open its control socket within %2 s. Its service says:
%3</source>
        <translation>エージェントは %1 にインストールされましたが、%2 秒以内に制御ソケットを開きませんでした。サービスの状態：
%3</translation>
    </message>
    <message numerus="yes">
        <source>The agent refused the config: it has %n error(s). Correct them and apply again.</source>
        <translation>
            <numerusform>エージェントは設定を拒否しました：エラーが %n 件あります。修正してから、もう一度適用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy from the primary into cluster %1/%2 runs on this node already. Wait until it has finished, then look again.</source>
        <translation>このノードでは、プライマリからクラスタ %1/%2 へのコピーがすでに実行中です。完了するまで待ってから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>This node has no PostgreSQL cluster %1/%2 (any more). Look again, and choose one it lists.</source>
        <translation>このノードには PostgreSQL クラスタ %1/%2 が（もう）ありません。もう一度確認し、一覧にあるクラスタを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The node already has %n folder check(s) waiting. Check the paths again in a moment.</source>
        <translation>
            <numerusform>ノードではすでに %n 件のフォルダー確認が待機中です。しばらくしてからパスをもう一度確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms.</source>
        <translation>%1 が %2 ミリ秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2: %3</source>
        <extracomment>%3 is what the program printed on its error output</extracomment>
        <translation>%1 が終了ステータス %2 で失敗しました：%3</translation>
    </message>
    <message>
        <source>%1 could not be started. Check that it is installed and executable on the node.</source>
        <translation>%1 を起動できませんでした。ノードにインストールされていて実行可能か確認してください。</translation>
    </message>
    <message>
        <source>The web server at %1 answered with HTTP status %2.</source>
        <translation>%1 の Web サーバーが HTTP ステータス %2 を返しました。</translation>
    </message>
    <message>
        <source>The node could not reach %1: %2</source>
        <extracomment>%2 is the network library&apos;s own description of the error</extracomment>
        <translation>ノードから %1 に接続できませんでした：%2</translation>
    </message>
    <message>
        <source>The message was not delivered: %1</source>
        <extracomment>a newer agent&apos;s reason; %1 is its own description, in English</extracomment>
        <translation>メッセージは配信されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>FactAge</name>
    <message>
        <source>never heard</source>
        <translation>一度も受信していません</translation>
    </message>
    <message>
        <source>not heard since %1 (%2 ago)</source>
        <translation>%1 以降受信なし（%2 前）</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1、%2 前</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>As %1 said %2 ago.</source>
        <translation>%1 が %2 前に伝えた内容です。</translation>
    </message>
    <message>
        <source>As %1 last said; %2.</source>
        <translation>%1 が最後に伝えた内容です。%2。</translation>
    </message>
</context>
<context>
    <name>FenceWait</name>
    <message>
        <source>its fence device</source>
        <translation>そのフェンスデバイス</translation>
    </message>
    <message>
        <source>%1 may be frozen rather than off, so it is powered off before %2 takes over. Fencing %1 with %3 has started; the takeover is sent again as soon as %1 is reported off.</source>
        <translation>%1 は停止しておらずフリーズしているだけかもしれないため、%2 が引き継ぐ前に電源を切ります。%3 による %1 のフェンシングを開始しました。%1 の電源断が報告され次第、引き継ぎをもう一度送信します。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2. Sending the takeover again…</source>
        <translation>%1 は %2 によって電源が切られました。引き継ぎをもう一度送信しています…</translation>
    </message>
    <message>
        <source>%1 Try again to fence it once more, or skip fencing.</source>
        <translation>%1 再試行してもう一度フェンシングするか、フェンシングを省略してください。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>%2 による %1 のフェンシングに失敗しました。成功するまで引き継ぎは行われません。</translation>
    </message>
</context>
<context>
    <name>GuiPrompter</name>
    <message>
        <source>Key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase for the key %1 (node %2):</source>
        <translation>鍵 %1 のパスフレーズ（ノード %2）：</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Password for %1@%2 (node %3):</source>
        <translation>%1@%2 のパスワード（ノード %3）：</translation>
    </message>
    <message>
        <source>Login to %1</source>
        <translation>%1 へのログイン</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未登録のホスト鍵</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信頼して接続</translation>
    </message>
    <message>
        <source>The console has never connected to %1 before.</source>
        <translation>コンソールは %1 にまだ接続したことがありません。</translation>
    </message>
    <message>
        <source>The console has never connected to node %1 (%2) before.</source>
        <translation>コンソールはノード %1（%2）にまだ接続したことがありません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its %1 key fingerprint is:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server) before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この %1 鍵のフィンガープリント：&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;信頼する前に、サーバー自身のものと比較してください（サーバーで ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub を実行）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo パスワード</translation>
    </message>
    <message>
        <source>To install the agent, the console runs sudo on node %1 (%2) as %3. The password is used for this installation only, and not kept.

sudo password for %3:</source>
        <translation>エージェントをインストールするため、コンソールはノード %1（%2）で %3 として sudo を実行します。パスワードはこのインストールにだけ使い、保存しません。

%3 の sudo パスワード：</translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>by %1, since %2</source>
        <translation>%1 が設定、%2 から</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 が設定</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Maintenance mode: the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation>メンテナンスモード：エージェントは監視を続けますが、自分からは何も起動・停止・移動しません。切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Maintenance mode (%1): the agents keep watching but start, stop and move nothing by themselves; a switchover needs force.</source>
        <translation>メンテナンスモード（%1）：エージェントは監視を続けますが、自分からは何も起動・停止・移動しません。切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Maintenance mode for group %1: the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation>グループ %1 のメンテナンスモード：エージェントは監視を続けますが、このグループを自分からは起動・停止・移動しません。その切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Maintenance mode for group %1 (%2): the agents keep watching but start, stop and move nothing of it by themselves; a switchover of it needs force.</source>
        <translation>グループ %1 のメンテナンスモード（%2）：エージェントは監視を続けますが、このグループを自分からは起動・停止・移動しません。その切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1: the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation>グループ %1 のメンテナンスモード：エージェントは監視を続けますが、これらのグループを自分からは起動・停止・移動しません。その切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>Maintenance mode for groups %1 (%2): the agents keep watching but start, stop and move nothing of them by themselves; a switchover of them needs force.</source>
        <translation>グループ %1 のメンテナンスモード（%2）：エージェントは監視を続けますが、これらのグループを自分からは起動・停止・移動しません。その切り替えには強制が必要です。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>on for group %1</source>
        <translation>グループ %1 でオン</translation>
    </message>
    <message>
        <source>on for groups %1</source>
        <translation>グループ %1 でオン</translation>
    </message>
    <message>
        <source>Maintenance: %1</source>
        <translation>メンテナンス：%1</translation>
    </message>
    <message>
        <source>Maintenance: %1 (%2)</source>
        <translation>メンテナンス：%1（%2）</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>Heartbeat link lost</source>
        <translation>ハートビート回線断</translation>
    </message>
    <message>
        <source>%1: heartbeat link %2 is down.</source>
        <translation>%1：ハートビート回線 %2 が切断されました。</translation>
    </message>
    <message>
        <source>Nodes cannot hear each other</source>
        <translation>ノード間のハートビート途絶</translation>
    </message>
    <message>
        <source>%1: the nodes hear each other on no heartbeat link.</source>
        <translation>%1：どのハートビート回線でもノード同士が通信できません。</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>%1: group %2 failed over to %3.</source>
        <translation>%1：リソースグループ %2 が %3 にフェイルオーバーしました。</translation>
    </message>
    <message>
        <source>%1: failover of group %2 to %3 did not complete.</source>
        <translation>%1：リソースグループ %2 の %3 へのフェイルオーバーが完了しませんでした。</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>スプリットブレイン</translation>
    </message>
    <message>
        <source>%1: both nodes run a group that may run on one node only. Stop it on one node now.</source>
        <translation>%1：1 ノードでしか動かせないリソースグループが両ノードで動いています。直ちに一方のノードで停止してください。</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>レプリケーション遅延</translation>
    </message>
    <message>
        <source>%1: replication %2 is %3 s behind.</source>
        <translation>%1：レプリケーション %2 が %3 秒遅れています。</translation>
    </message>
    <message>
        <source>Fencing failed</source>
        <translation>フェンシング失敗</translation>
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
        <translation>ウィットネス</translation>
    </message>
    <message>
        <source>Ping tiebreakers only</source>
        <translation>ping タイブレーカーのみ</translation>
    </message>
    <message>
        <source>Manual failover</source>
        <translation>手動フェイルオーバー</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>保護レベル：%1</translation>
    </message>
    <message>
        <source>Automatic failover is off: the standby never takes over by itself; an operator decides.</source>
        <translation>自動フェイルオーバーはオフです：スタンバイが自ら引き継ぐことはなく、オペレーターが判断します。</translation>
    </message>
    <message>
        <source>The agents do not report their protection level (an older agent version).</source>
        <translation>エージェントが保護レベルを報告していません（古いバージョンのエージェント）。</translation>
    </message>
    <message>
        <source>Warning: automatic failover relies on ping tiebreakers only. It cannot prevent two active nodes when the nodes lose each other but both still reach a tiebreaker (a symmetric split). Configure a witness.</source>
        <translation>警告：自動フェイルオーバーは ping タイブレーカーだけに頼っています。両ノードが互いを見失っても、どちらもまだタイブレーカーに到達できる場合（対称的な分断）、2 台のアクティブノード（スプリットブレイン）を防げません。ウィットネスを設定してください。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Lease of %1: %2, %3 left.</source>
        <translation>グループ %1 のリース：%2（残り %3）。</translation>
    </message>
    <message>
        <source>Lease of %1: %2.</source>
        <translation>グループ %1 のリース：%2。</translation>
    </message>
    <message>
        <source>Lease of %1: no node holds it.</source>
        <translation>グループ %1 のリース：保持しているノードはありません。</translation>
    </message>
    <message>
        <source>Lease of %1: holder unknown.</source>
        <translation>グループ %1 のリース：保持者は不明です。</translation>
    </message>
    <message>
        <source>Witness %1 does not answer %2 (it answers %3): %2 can neither take nor renew a lease until it does.</source>
        <translation>ウィットネス %1 が %2 に応答しません（%3 には応答しています）。応答が戻るまで、%2 はリースの取得も更新もできません。</translation>
    </message>
    <message>
        <source>Witness %1 does not answer: automatic failover cannot happen until it does; the active node keeps running while its peer is up.</source>
        <translation>ウィットネス %1 が応答しません：応答が戻るまで自動フェイルオーバーは行われません。相手ノードが稼働している間、アクティブノードは動作し続けます。</translation>
    </message>
    <message>
        <source>Witness %1 answers both nodes.</source>
        <translation>ウィットネス %1 は両ノードに応答しています。</translation>
    </message>
    <message>
        <source>Witness %1 answers %2.</source>
        <translation>ウィットネス %1 は %2 に応答しています。</translation>
    </message>
    <message>
        <source>Witness %1: no current word from the nodes.</source>
        <translation>ウィットネス %1：ノードからの最新の情報はありません。</translation>
    </message>
    <message>
        <source>The nodes report different protection levels (%1: %2, %3: %4); the weaker is shown. Two active nodes are possible until both use the same setting.</source>
        <translation>ノードごとに保護レベルが異なります（%1：%2、%3：%4）。弱い方を表示しています。両ノードが同じ設定になるまで、2 台のアクティブノードが生じる可能性があります。</translation>
    </message>
    <message>
        <source>The agent on %1 does not report its protection level (an older version); the level shown is %2&apos;s alone.</source>
        <translation>%1 のエージェントは保護レベルを報告していません（古いバージョン）。表示しているのは %2 のレベルだけです。</translation>
    </message>
    <message>
        <source>Automatic failover is off: an operator decides when the standby takes over.</source>
        <translation>自動フェイルオーバーはオフです：スタンバイがいつ引き継ぐかはオペレーターが判断します。</translation>
    </message>
    <message>
        <source>Witness and fencing</source>
        <translation>ウィットネスとフェンシング</translation>
    </message>
    <message>
        <source>Ping tiebreakers and fencing</source>
        <translation>ping タイブレーカーとフェンシング</translation>
    </message>
    <message>
        <source>Automatic failover with a witness and fencing: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes, and a node that falls silent is powered off before its peer takes over, so a frozen node cannot go on serving either. The strongest level.</source>
        <translation>ウィットネスとフェンシングによる自動フェイルオーバー：ノードはウィットネスからグループのリースを与えられている間だけそのグループを実行するため、ネットワーク分断で 2 台のアクティブノードが生じることはありません。さらに応答しなくなったノードは相手が引き継ぐ前に電源を切られるため、フリーズしたノードがサービスを続けることもありません。最も強い保護レベルです。</translation>
    </message>
    <message>
        <source>Automatic failover with a witness: a node runs a group only while the witness grants it that group&apos;s lease, so a network split cannot leave two active nodes. A frozen node is not covered: a hung kernel still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation>ウィットネスによる自動フェイルオーバー：ノードはウィットネスからグループのリースを与えられている間だけそのグループを実行するため、ネットワーク分断で 2 台のアクティブノードが生じることはありません。フリーズしたノードには対応しません：ハングしたカーネルは、リースが切れたことに気づくまで仮想IPに応答し続けます。これにはフェンシングで対応します。</translation>
    </message>
    <message>
        <source>Automatic failover with ping tiebreakers and fencing: the standby powers the active node off before it takes over, so there are never two active nodes. But in a split where both nodes still reach a tiebreaker, the standby powers off a healthy active node: an outage a witness would avoid.</source>
        <translation>ping タイブレーカーとフェンシングによる自動フェイルオーバー：スタンバイは引き継ぐ前にアクティブノードの電源を切るため、2 台のアクティブノードが生じることはありません。ただし、両ノードがまだタイブレーカーに到達できる分断では、スタンバイが正常なアクティブノードの電源を切ってしまいます：ウィットネスがあれば避けられる停止です。</translation>
    </message>
    <message>
        <source>Warning: without a witness, a split where both nodes still reach a tiebreaker makes the standby power off a healthy active node (an avoidable outage). Configure a witness.</source>
        <translation>警告：ウィットネスがないと、両ノードがまだタイブレーカーに到達できる分断では、スタンバイが正常なアクティブノードの電源を切ってしまいます（避けられる停止）。ウィットネスを設定してください。</translation>
    </message>
    <message>
        <source>Not covered: a frozen node still answers on the virtual IP until it notices its lease is gone. Fencing covers that.</source>
        <translation>対象外：フリーズしたノードは、リースが切れたことに気づくまで仮想IPに応答し続けます。これにはフェンシングで対応します。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 は %2 で停止</translation>
    </message>
    <message>
        <source>Fencing: %1.</source>
        <translation>フェンシング：%1。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2… A takeover waits until %1 is off.</source>
        <translation>%2 で %1 をフェンシング中… 引き継ぎは %1 の電源が切れるまで待ちます。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2 %3 ago.</source>
        <translation>%1 は %3 前に %2 によって電源が切られました。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2.</source>
        <translation>%1 は %2 によって電源が切られました。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>%2 による %1 のフェンシングに失敗しました。成功するまで引き継ぎは行われません。</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>REACH</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>EPOCH</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスタ %1</translation>
    </message>
    <message>
        <source>State: %1. %2</source>
        <translation>状態：%1。%2</translation>
    </message>
    <message>
        <source>Group %1 (%2 → %3): ready for switchover.</source>
        <translation>リソースグループ %1（%2 → %3）：切り替え可能です。</translation>
    </message>
    <message>
        <source>Group %1: blocked: %2</source>
        <translation>リソースグループ %1：ブロック中：%2</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>リソースグループ %1：%2</translation>
    </message>
    <message>
        <source>To compare and trust it: twinhactl --cluster %1 trust %2</source>
        <translation>比較して信頼するには：twinhactl --cluster %1 trust %2</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Starting session…</source>
        <translation>セッション開始中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Hot standby</source>
        <translation>ホットスタンバイ</translation>
    </message>
    <message>
        <source>Mutual backup</source>
        <translation>相互バックアップ</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>デュプレックス（両系稼働）</translation>
    </message>
    <message>
        <source>Unknown mode</source>
        <translation>不明なモード</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
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
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Stop on the source</source>
        <translation>切り替え元で停止</translation>
    </message>
    <message>
        <source>Final replication</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>引き渡し</translation>
    </message>
    <message>
        <source>Start on the target</source>
        <translation>切り替え先で起動</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Handed to the peer</source>
        <translation>相手ノードへ引き渡し済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Peer reachable over a heartbeat link</source>
        <translation>ハートビート回線で相手ノードに到達可能</translation>
    </message>
    <message>
        <source>Same configuration on both nodes</source>
        <translation>両ノードの設定が同一</translation>
    </message>
    <message>
        <source>The group has an active node</source>
        <translation>グループにアクティブノードがある</translation>
    </message>
    <message>
        <source>No split-brain</source>
        <translation>スプリットブレインなし</translation>
    </message>
    <message>
        <source>No other operation running</source>
        <translation>他の操作が実行中でない</translation>
    </message>
    <message>
        <source>Group running on the source</source>
        <translation>切り替え元でグループが稼働中</translation>
    </message>
    <message>
        <source>Target node healthy</source>
        <translation>切り替え先ノードが正常</translation>
    </message>
    <message>
        <source>Replication lag of %1 within its limit</source>
        <translation>%1 のレプリケーション遅延が上限以内</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>縮退</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>スプリットブレイン</translation>
    </message>
    <message>
        <source>Connecting to the nodes…</source>
        <translation>ノードに接続しています…</translation>
    </message>
    <message>
        <source>The console reaches both nodes, and the nodes hear each other.</source>
        <translation>コンソールは両ノードに到達でき、ノード間のハートビートも正常です。</translation>
    </message>
    <message>
        <source>The console reaches both nodes, but the nodes hear each other on no heartbeat link. Check the heartbeat network between them.</source>
        <translation>コンソールは両ノードに到達できますが、ノード間のハートビートはどのリンクでも届いていません。ノード間のハートビートネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The console cannot reach %1, but its peer still hears it: the problem is between this console and %1, not in the cluster.</source>
        <translation>コンソールから %1 に到達できませんが、相手ノードにはハートビートが届いています。問題はクラスタ内ではなく、このコンソールと %1 の間にあります。</translation>
    </message>
    <message>
        <source>Neither the console nor its peer hears %1: the node or its agent is down.</source>
        <translation>コンソールからも相手ノードからも %1 に到達できません。ノードまたはそのエージェントが停止しています。</translation>
    </message>
    <message>
        <source>Both nodes run a group that may run on one node only (split-brain). Stop it on one node now.</source>
        <translation>1 ノードでしか動かせないリソースグループが両ノードで動いています（スプリットブレイン）。直ちに一方のノードで停止してください。</translation>
    </message>
    <message>
        <source>The console reaches neither node. Check this computer&apos;s network and the SSH settings.</source>
        <translation>コンソールからどちらのノードにも到達できません。このコンピューターのネットワークと SSH の設定を確認してください。</translation>
    </message>
    <message>
        <source>Not in maintenance mode</source>
        <translation>メンテナンスモード中でない</translation>
    </message>
    <message>
        <source>The console logs in to both nodes over SSH, but the agent answers on neither. Each node&apos;s card says why (the agent service, access to its socket, or the login shell).</source>
        <translation>コンソールは両ノードに SSH でログインできますが、どちらのエージェントも応答しません。理由は各ノードのカードに表示されます（エージェントのサービス、ソケットへのアクセス権、またはログインシェル）。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer; it cannot reach %2 at all. Each node&apos;s card says why.</source>
        <translation>コンソールは %1 に SSH でログインできますが、そのエージェントが応答しません。%2 にはまったく到達できません。理由は各ノードのカードに表示されます。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer the console, while its peer still hears it. Its card says why.</source>
        <translation>コンソールは %1 に SSH でログインできますが、そのエージェントがコンソールに応答しません。一方、相手ノードはまだそのハートビートを受信しています。理由はそのカードに表示されます。</translation>
    </message>
    <message>
        <source>The console logs in to %1 over SSH, but its agent does not answer, and its peer hears nothing from it: the agent on %1 is down. Its card says why.</source>
        <translation>コンソールは %1 に SSH でログインできますが、そのエージェントは応答せず、相手ノードも何も受信していません：%1 のエージェントは停止しています。理由はそのカードに表示されます。</translation>
    </message>
    <message>
        <source>Target catches up</source>
        <translation>切り替え先の追い付き</translation>
    </message>
    <message>
        <source>Detect the failure</source>
        <translation>障害の検知</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求済み</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>状態確認</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of the items of a list inside a sentence</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Started on the target</source>
        <translation>切り替え先で起動済み</translation>
    </message>
    <message>
        <source>Start on the target failed</source>
        <translation>切り替え先での起動に失敗</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Unknown step</source>
        <translation>不明なステップ</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>twinha::app::CheckCommand</name>
    <message>
        <source>Group %1: %2 → %3</source>
        <translation>グループ %1：%2 → %3</translation>
    </message>
    <message>
        <source>  Stops on %1: %2</source>
        <translation>  %1 で停止：%2</translation>
    </message>
    <message>
        <source>  Starts on %1: %2</source>
        <translation>  %1 で起動：%2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>ブロック中。</translation>
    </message>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ %1</translation>
    </message>
</context>
<context>
    <name>twinha::app::ConfigCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2); nothing was changed. A configuration change needs both nodes.</source>
        <translation>%1 に接続できません（%2）。何も変更していません。設定変更には両ノードが必要です。</translation>
    </message>
    <message>
        <source>%1 keeps its previous configuration as %2</source>
        <translation>%1 は以前の設定を %2 として保存しています</translation>
    </message>
</context>
<context>
    <name>twinha::app::DivergenceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>no node keeps a set named %1.</source>
        <translation>%1 という退避セットを持つノードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  kept %3: %n file(s) (%4 deleted, %5 overwritten), %6</source>
        <translation>
            <numerusform>%1  %2  %3 に退避：%n 個のファイル（削除 %4、上書き %5）、%6</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（削除済み）</translation>
    </message>
    <message>
        <source>%1  channel %2: waiting for the resync from the peer, which keeps what it deletes or overwrites in %3</source>
        <translation>%1  チャネル %2：ピアからの再同期を待っています。削除・上書きされるものは %3 に退避されます</translation>
    </message>
    <message>
        <source>No node keeps files from a resync.</source>
        <translation>再同期で退避されたファイルを持つノードはありません。</translation>
    </message>
    <message>
        <source>%1 on %2, channel %3, group %4</source>
        <translation>%1（%2、チャネル %3、グループ %4）</translation>
    </message>
    <message>
        <source>Kept %1 in %2</source>
        <translation>%1 に %2 へ退避</translation>
    </message>
    <message>
        <source>The folder is gone: someone removed it.</source>
        <translation>フォルダがありません。削除されています。</translation>
    </message>
    <message>
        <source>overwritten</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>… and more; --limit N shows more of the %n file(s).</source>
        <translation>
            <numerusform>…ほかにもあります。--limit N で %n 個のファイルをさらに表示できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::app::EventsCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（実行者 %2）</translation>
    </message>
    <message>
        <source>Next: twinhactl events --after %1</source>
        <translation>次：twinhactl events --after %1</translation>
    </message>
</context>
<context>
    <name>twinha::app::MaintenanceCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>Maintenance: off</source>
        <translation>メンテナンス：オフ</translation>
    </message>
</context>
<context>
    <name>twinha::app::MirrorCommand</name>
    <message>
        <source>%1: lets %2&apos;s mirror key in, and knows %2&apos;s host key</source>
        <translation>%1：%2 のミラー鍵を受け入れ、%2 のホスト鍵を登録しました</translation>
    </message>
</context>
<context>
    <name>twinha::app::ScreenshotTaker</name>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Timed out waiting for both nodes; the screenshot shows the state at that moment.</source>
        <translation>両ノードの待機がタイムアウトしました。スクリーンショットはその時点の状態です。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>まだ応答なし</translation>
    </message>
</context>
<context>
    <name>twinha::app::SwitchoverCommand</name>
    <message>
        <source>no node can be reached.</source>
        <translation>どのノードにも接続できません。</translation>
    </message>
    <message>
        <source>not on a terminal: add --yes to confirm the switchover.</source>
        <translation>端末ではありません：切り替えを確認するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>Switch group %1 over to %2 now? [y/N]</source>
        <translation>グループ %1 を今すぐ %2 へ切り替えますか？ [y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no result after 120 s; the agents go on with the operation. Follow it with &quot;twinhactl watch&quot;.</source>
        <translation>120 秒経っても結果がありません。エージェントは操作を続行します。「twinhactl watch」で追跡してください。</translation>
    </message>
    <message>
        <source>Operation %1 started.</source>
        <translation>操作 %1 を開始しました。</translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms, service gap %5 ms.</source>
        <translation>%1：グループ %2 は %3 で稼働。合計 %4 ミリ秒、サービス停止 %5 ミリ秒。</translation>
    </message>
    <message>
        <source>the connection to %1 was lost; the agents go on with the operation. Reconnecting to see how it ends…</source>
        <translation>%1 との接続が切れました。エージェントは操作を続けます。結果を確認するため再接続しています…</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>確認されませんでした：何も変更していません。</translation>
    </message>
    <message>
        <source>%1: group %2 on %3. Total %4 ms; the service gap was not measured.</source>
        <translation>%1：グループ %2 は %3 で稼働。合計 %4 ミリ秒、サービス停止時間は計測できませんでした。</translation>
    </message>
</context>
<context>
    <name>twinha::app::TakeoverCommand</name>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation>グループ %1 を %2 で強制的に引き継ぎますか？</translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from here or from %2.</source>
        <translation>失敗した事前チェックを省略します。失敗の理由が分かっていて、%1 に到達できない場合はそれが本当に停止している（電源が切れているなど）こと、ここや %2 から切り離されているだけではないことを確認できているときだけ使ってください。</translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: split-brain. The data written on one side is lost when they are joined again.</source>
        <translation>%1 が %3 の声を聞けないまま グループ %2 を動かし続けていると、両ノードが同時にクライアントに応答します：スプリットブレイン。再びつながったとき、一方で書かれたデータは失われます。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation>%1 にまだ複製されていない変更は、%2 が先に送れなければ失われます。</translation>
    </message>
    <message>
        <source>--confirm takes the group&apos;s name, %1, exactly (not &quot;%2&quot;): nothing was changed.</source>
        <translation>--confirm にはグループ名 %1 を正確に指定します（「%2」ではありません）。何も変更していません。</translation>
    </message>
    <message>
        <source>not on a terminal: add --confirm %1 (the group&apos;s name) to take it over by force; --yes is not enough.</source>
        <translation>端末ではありません：強制的に引き継ぐには --confirm %1（グループ名）を付けてください。--yes だけでは足りません。</translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1: </source>
        <translation>確認のため、グループ名 %1 を入力してください：</translation>
    </message>
</context>
<context>
    <name>twinha::app::TerminalPrompter</name>
    <message>
        <source>%1: passphrase for the key %2: </source>
        <translation>%1：鍵 %2 のパスフレーズ：</translation>
    </message>
    <message>
        <source>%1: password for %2@%3: </source>
        <translation>%1：%2@%3 のパスワード：</translation>
    </message>
    <message>
        <source>%1: sudo password for %2: </source>
        <translation>%1：%2 の sudo パスワード：</translation>
    </message>
</context>
<context>
    <name>twinha::app::TrustCommand</name>
    <message>
        <source>Trusted: the host key of %1 is saved in %2.</source>
        <translation>信頼しました：%1 のホスト鍵を %2 に保存しました。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is already trusted: %3 %4.</source>
        <translation>%1（%2）のホスト鍵はすでに信頼されています：%3 %4。</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 (%2) has CHANGED since it was trusted.</source>
        <translation>警告：%1（%2）のホスト鍵が、信頼したときから変わっています。</translation>
    </message>
    <message>
        <source>  trusted until now: %1 %2</source>
        <translation>  これまで信頼していた鍵：%1 %2</translation>
    </message>
    <message>
        <source>  offered now:       %1 %2</source>
        <translation>  今回提示された鍵：      %1 %2</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Replace the key only if you know why it changed and the new fingerprint matches the server&apos;s own.</source>
        <translation>接続が傍受されているか、サーバーが再インストールされた可能性があります。鍵が変わった理由が分かっていて、新しいフィンガープリントがサーバー自身のものと一致するときだけ置き換えてください。</translation>
    </message>
    <message>
        <source>could not remove the old key from %1: %2</source>
        <translation>%1 から古い鍵を削除できませんでした：%2</translation>
    </message>
    <message>
        <source>the key of %1 changed again while it was being trusted (now %2): nothing was saved.</source>
        <translation>信頼する途中で %1 の鍵がまた変わりました（現在 %2）。何も保存していません。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet:</source>
        <translation>%1（%2）のホスト鍵はまだ知られていません：</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s own, for example with &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the node.</source>
        <translation>サーバー自身の鍵と比較してください。例えばそのノードで &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; を実行します。</translation>
    </message>
    <message>
        <source>--confirm %1 is not this key&apos;s fingerprint (%2): nothing was saved.</source>
        <translation>--confirm %1 はこの鍵のフィンガープリント（%2）ではありません。何も保存していません。</translation>
    </message>
    <message>
        <source>not on a terminal: once you have compared the fingerprint, add --confirm %1 (--yes is not enough).</source>
        <translation>端末ではありません：フィンガープリントを比較したら --confirm %1 を付けてください（--yes だけでは足りません）。</translation>
    </message>
    <message>
        <source>Replace the old key with this one? Type yes or the new fingerprint: </source>
        <translation>古い鍵をこの鍵に置き換えますか？ yes または新しいフィンガープリントを入力してください：</translation>
    </message>
    <message>
        <source>Trust this key? Type yes or its fingerprint: </source>
        <translation>この鍵を信頼しますか？ yes またはそのフィンガープリントを入力してください：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Not trusted: nothing was saved.</source>
        <translation>信頼していません。何も保存していません。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AddressCheck</name>
    <message>
        <source>%1: not connected, so the address was not checked there.</source>
        <translation>%1：接続されていないため、このノードではアドレスを確認していません。</translation>
    </message>
    <message>
        <source>%1: the check failed. %2</source>
        <translation>%1：確認に失敗しました。%2</translation>
    </message>
    <message>
        <source>%1 is inside the subnet of %2.</source>
        <translation>%1 は %2 のサブネット内にあります。</translation>
    </message>
    <message>
        <source>%1 is in the subnet of none of this node&apos;s interfaces, so other hosts may not reach it.</source>
        <translation>%1 はこのノードのどのインターフェースのサブネットにも含まれないため、他のホストから到達できない可能性があります。</translation>
    </message>
    <message>
        <source>%1 is not inside the subnet of %2, so other hosts may not reach it. Check the prefix and the interface.</source>
        <translation>%1 は %2 のサブネット外にあるため、他のホストから到達できない可能性があります。プレフィックス長とインターフェースを確認してください。</translation>
    </message>
    <message>
        <source>Nothing answers on it.</source>
        <translation>このアドレスに応答するホストはありません。</translation>
    </message>
    <message>
        <source>It answers, as expected: the cluster holds this address now.</source>
        <translation>想定どおり応答があります。現在このアドレスはクラスタが保持しています。</translation>
    </message>
    <message>
        <source>It is already assigned on this node. Remove it from the node&apos;s network settings: the cluster adds and removes it by itself.</source>
        <translation>このアドレスは既にこのノードに割り当てられています。ノードのネットワーク設定から削除してください。アドレスの追加と削除はクラスタが自動で行います。</translation>
    </message>
    <message>
        <source>Something already answers on it (found with %1): another host uses this address.</source>
        <translation>このアドレスには既に応答があります（%1 で検出）。他のホストがこのアドレスを使用しています。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested.</source>
        <translation>このアドレスで応答があるかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>Whether something answers on it could not be tested: %1 is not installed on this node.</source>
        <translation>このアドレスで応答があるかどうかを確認できませんでした：このノードに %1 がインストールされていません。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AgentInstallBox</name>
    <message>
        <source>The console can install its own version of the agent on this node.</source>
        <translation>コンソールと同じバージョンのエージェントをこのノードにインストールできます。</translation>
    </message>
    <message>
        <source>The console can install the agent on this node: it copies the package over SSH, installs it with the system&apos;s package tool (as root or through sudo) and starts the twinha-agent service.</source>
        <translation>コンソールからこのノードにエージェントをインストールできます。SSH でパッケージをコピーし、システムのパッケージツールで（root として、または sudo で）インストールして、twinha-agent サービスを起動します。</translation>
    </message>
    <message>
        <source>Your SSH user may</source>
        <translation>SSH ユーザーの権限</translation>
    </message>
    <message>
        <source>operate (switch over, apply config)</source>
        <translation>操作（切り替え、設定の適用）</translation>
    </message>
    <message>
        <source>only observe</source>
        <translation>参照のみ</translation>
    </message>
    <message>
        <source>Adds the SSH user to the groups twinha and twinha-operators, or to twinha only.</source>
        <translation>SSH ユーザーをグループ twinha と twinha-operators に、または twinha だけに追加します。</translation>
    </message>
    <message>
        <source>Package: found in %1</source>
        <translation>パッケージ：%1 から探します</translation>
    </message>
    <message>
        <source>Agent package for node %1</source>
        <translation>ノード %1 のエージェントパッケージ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Upgrade agent on node %1</source>
        <translation>ノード %1 のエージェントを更新</translation>
    </message>
    <message>
        <source>Install agent on node %1</source>
        <translation>ノード %1 にエージェントをインストール</translation>
    </message>
    <message>
        <source>Agent package</source>
        <translation>エージェントパッケージ</translation>
    </message>
    <message>
        <source>Agent packages (twinha-agent*.deb twinha-agent*.rpm)</source>
        <translation>エージェントパッケージ (twinha-agent*.deb twinha-agent*.rpm)</translation>
    </message>
    <message>
        <source>Log in over SSH</source>
        <translation>SSH でログイン</translation>
    </message>
    <message>
        <source>Detect the system and choose the package</source>
        <translation>システムを判別してパッケージを選択</translation>
    </message>
    <message>
        <source>Become root (sudo)</source>
        <translation>root 権限を取得（sudo）</translation>
    </message>
    <message>
        <source>Copy the package (SFTP)</source>
        <translation>パッケージをコピー（SFTP）</translation>
    </message>
    <message>
        <source>Install the package</source>
        <translation>パッケージをインストール</translation>
    </message>
    <message>
        <source>Let the SSH user reach the agent</source>
        <translation>SSH ユーザーにエージェントへのアクセスを許可</translation>
    </message>
    <message>
        <source>Enable and start the service</source>
        <translation>サービスを有効化して起動</translation>
    </message>
    <message>
        <source>Installed %1; the agent runs.</source>
        <translation>%1 をインストールしました。エージェントは動作中です。</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>インストール中…</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogModel</name>
    <message>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>twinha::ui::AppLogWidget</name>
    <message>
        <source>The log file %1 does not exist yet: nothing has been written to it.</source>
        <translation>ログファイル %1 はまだありません。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Copy the path from the field above.</source>
        <translation>%1 を開くプログラムが設定されていません。上の欄からパスをコピーしてください。</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L)：</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>デバッグ以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Lowest level shown</source>
        <translation>表示する最低レベル</translation>
    </message>
    <message>
        <source>Filter messages…</source>
        <translation>メッセージを絞り込み…</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>メッセージの絞り込み</translation>
    </message>
    <message>
        <source>Auto-&amp;scroll</source>
        <translation>自動スクロール(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps the newest line in view</source>
        <translation>最新の行を常に表示します</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>コンソールのログ</translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation>ログファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>ログファイルのパス</translation>
    </message>
    <message>
        <source>No log file: the console could not create one</source>
        <translation>ログファイルなし：コンソールが作成できませんでした</translation>
    </message>
    <message>
        <source>&amp;Open log file</source>
        <translation>ログファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the rotating log file with the desktop&apos;s text viewer</source>
        <translation>ローテーションするログファイルをデスクトップのテキストビューアで開きます</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>%1 has not reported its status yet.</source>
        <translation>%1 はまだ状態を報告していません。</translation>
    </message>
    <message>
        <source>%1 has not loaded the new configuration yet.</source>
        <translation>%1 はまだ新しい設定を読み込んでいません。</translation>
    </message>
    <message>
        <source>%1 does not hear its peer on any heartbeat link yet.</source>
        <translation>%1 では、まだどのハートビート回線でも相手ノードからの応答がありません。</translation>
    </message>
    <message>
        <source>%1 reports that the two nodes&apos; configurations differ.</source>
        <translation>%1 から、両ノードの設定が異なると報告されています。</translation>
    </message>
    <message>
        <source>%1 is still deciding its role (%2).</source>
        <translation>%1 はまだロールを決定中です（%2）。</translation>
    </message>
    <message>
        <source>Neither node has started the service yet.</source>
        <translation>どちらのノードもまだサービスを開始していません。</translation>
    </message>
    <message>
        <source>Both nodes have the new configuration, but the pair did not become healthy within %1: %2 Check the heartbeat addresses and ports, and any firewall between the nodes; the agents&apos; logs say more.</source>
        <translation>両ノードに新しい設定が反映されましたが、%1 以内に正常な状態になりませんでした：%2ハートビートのアドレスとポート、ノード間のファイアウォールを確認してください。詳細はエージェントのログに記録されています。</translation>
    </message>
    <message>
        <source>The cluster is running, but the console could not save its profile %1 (%2). Free some disk space or choose another folder, then press Try again.</source>
        <translation>クラスタは稼働していますが、コンソールがプロファイル %1 を保存できませんでした（%2）。ディスク容量を空けるか別のフォルダーを選んでから、「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The pair is healthy and the console watches it from now on. You can finish here, or go on to try a switchover and back.</source>
        <translation>クラスタは正常に稼働しており、今後はコンソールで監視します。ここで完了することも、次に進んで切り替えと切り戻しを試すこともできます。</translation>
    </message>
    <message>
        <source>Wait until both nodes run it and hear each other</source>
        <translation>両ノードが新しい設定で稼働し、相互にハートビートが届くまで待機</translation>
    </message>
    <message>
        <source>Save the console&apos;s profile</source>
        <translation>コンソールのプロファイルを保存</translation>
    </message>
    <message>
        <source>healthy after %1</source>
        <translation>%1 後に正常化</translation>
    </message>
    <message>
        <source>Both nodes take the configuration as one change.</source>
        <translation>両ノードが設定を一つの変更として一緒に適用します。</translation>
    </message>
    <message>
        <source>First both agents check the configuration and stage it; only then do both write it, keeping their previous file as a backup, and reload. Automatic failover is frozen until the nodes hear each other on the new configuration. A reload does not stop the running service.</source>
        <translation>まず両方のエージェントが設定を検証してステージします。その後で初めて両方が設定を書き込み（以前のファイルはバックアップとして残します）、再読み込みします。両ノードが新しい設定で互いのハートビートを受信するまで、自動フェイルオーバーは凍結されます。再読み込みによって稼働中のサービスが停止することはありません。</translation>
    </message>
    <message>
        <source>Check and stage the configuration on %1 and %2</source>
        <translation>%1 と %2 で設定を検証してステージ</translation>
    </message>
    <message>
        <source>Commit it on both nodes</source>
        <translation>両ノードでコミット</translation>
    </message>
    <message>
        <source>%1 keeps its previous version as %2</source>
        <translation>%1 は以前の版を %2 として保存</translation>
    </message>
    <message>
        <source>The console&apos;s profile of this cluster is saved as:</source>
        <translation>コンソールはこのクラスタの接続プロファイルを次の場所に保存しました：</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the profile&apos;s path</source>
        <translation>プロファイルのパスをコピー</translation>
    </message>
    <message>
        <source>twinhactl needs this path: twinhactl --cluster %1 status. The console opens the profile by itself from now on.</source>
        <translation>twinhactl にはこのパスが必要です：twinhactl --cluster %1 status。コンソールは今後このプロファイルを自動で開きます。</translation>
    </message>
    <message>
        <source>The nodes could not set up the mirror over SSH, so nothing was changed. %1</source>
        <translation>ノードが SSH 経由のミラーを設定できなかったため、何も変更していません。%1</translation>
    </message>
    <message>
        <source>Let each node&apos;s mirror key into the other, over SSH</source>
        <translation>SSH 経由で、各ノードに相手のミラー鍵を受け入れさせる</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ChartsPanel</name>
    <message>
        <source>Replication lag</source>
        <translation>レプリケーション遅延</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Heartbeat round trip</source>
        <translation>ハートビート往復時間</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Replication lag chart</source>
        <translation>レプリケーション遅延のグラフ</translation>
    </message>
    <message>
        <source>Heartbeat round-trip chart</source>
        <translation>ハートビート往復時間のグラフ</translation>
    </message>
    <message>
        <source>limit of %1</source>
        <translation>%1 の上限</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2 で測定）</translation>
    </message>
    <message>
        <source>Replication lag in WAL</source>
        <translation>レプリケーション遅延（WAL）</translation>
    </message>
    <message>
        <source>kilobytes</source>
        <translation>キロバイト</translation>
    </message>
    <message>
        <source>Replication lag in bytes chart</source>
        <translation>バイト単位のレプリケーション遅延グラフ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範囲：</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>Show this much history; each node keeps 7 days of its own</source>
        <translation>この期間の履歴を表示します。各ノードは自身の履歴を 7 日分保持しています</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Follow the present again after zooming or panning</source>
        <translation>ズームや移動のあと、再び現在時刻に追従します</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to move, double-click for live. Point at a mark to see the event.</source>
        <translation>ホイールまたは +/- でズーム、ドラッグまたは矢印キーで移動、ダブルクリックでライブに戻ります。マークにポインターを合わせるとイベントを表示します。</translation>
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
        <translation>クラスタ</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>クラスタ %1：%2</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation>このクラスタで未接続のノードすべてに、すぐに接続し直します</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>一覧から削除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConfigDiffView</name>
    <message>
        <source>No change: the file stays exactly as it is.</source>
        <translation>変更はありません。ファイルはそのままです。</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ 変更のない %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twinha::ui::ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Connect to both servers again</source>
        <translation>両サーバーに再接続</translation>
    </message>
    <message>
        <source>Host keys are checked against %1. An unknown key is shown for you to compare before it is trusted; a changed key is refused.</source>
        <translation>ホスト鍵は %1 と照合されます。未登録の鍵は、信頼する前に照合できるよう表示されます。変更された鍵は拒否されます。</translation>
    </message>
    <message>
        <source>Agent started; asking who it is…</source>
        <translation>エージェントが起動しました。ノード情報を問い合わせています…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続しました。</translation>
    </message>
    <message>
        <source>Connected; reading the node&apos;s network and configuration…</source>
        <translation>接続しました。ノードのネットワークと設定を読み取っています…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connecting to the SSH server…</source>
        <translation>SSH サーバーに接続しています…</translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation>ホスト鍵を確認しています…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>%1 としてログインしています…</translation>
    </message>
    <message>
        <source>Starting the agent (%1)…</source>
        <translation>エージェントを起動しています（%1）…</translation>
    </message>
    <message>
        <source>The agent is installed but its service is not running. Start it now and at every boot with: systemctl enable --now twinha-agent. Then press Connect again.</source>
        <translation>エージェントはインストールされていますが、サービスが動作していません。systemctl enable --now twinha-agent を実行して、今すぐ起動するとともにブート時にも起動するよう設定してください。その後、「再接続」を押してください。</translation>
    </message>
    <message>
        <source>If the address, the port or the jump host is wrong, correct it on the previous page; then press Connect again.</source>
        <translation>アドレス、ポート、踏み台ホストに誤りがある場合は、前のページで修正してから「再接続」を押してください。</translation>
    </message>
    <message>
        <source>If the user or the key file is wrong, correct it on the previous page; then press Connect again.</source>
        <translation>ユーザーまたは鍵ファイルに誤りがある場合は、前のページで修正してから「再接続」を押してください。</translation>
    </message>
    <message>
        <source>The key was not trusted. Press Connect again to compare the fingerprint once more.</source>
        <translation>鍵は信頼されませんでした。もう一度フィンガープリントを照合するには「再接続」を押してください。</translation>
    </message>
    <message>
        <source>Do not go on until the server&apos;s administrator has confirmed its new key.</source>
        <translation>サーバーの管理者が新しい鍵を確認するまで、先に進まないでください。</translation>
    </message>
    <message>
        <source>When the cause is fixed, press Connect again.</source>
        <translation>原因を解消してから「再接続」を押してください。</translation>
    </message>
    <message>
        <source>The agent answered, but could not report the node&apos;s network or configuration: %1 Press Connect again to retry.</source>
        <translation>エージェントは応答しましたが、ノードのネットワークまたは設定を報告できませんでした：%1「再接続」を押して再試行してください。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1（%2 経由）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>Agent %1, node name &quot;%2&quot;</source>
        <translation>エージェント %1、ノード名「%2」</translation>
    </message>
    <message>
        <source>Both agents call themselves &quot;%1&quot;, but each node needs a name of its own. Check that the two addresses reach two different servers. The name is the short host name unless the agent&apos;s service runs with --node NAME; change it on one node, restart twinha-agent there and press Connect again.</source>
        <translation>両方のエージェントが「%1」と名乗っていますが、ノードごとに固有の名前が必要です。2 つのアドレスが別々のサーバーを指しているか確認してください。エージェントのサービスが --node NAME 付きで起動されていない限り、ノード名は短いホスト名になります。一方のノードで名前を変更し、そのノードで twinha-agent を再起動してから「再接続」を押してください。</translation>
    </message>
    <message>
        <source>This pair already runs cluster %1: the next pages start from its current settings; settings the wizard does not show are kept.</source>
        <translation>この 2 台では既にクラスタ %1 が稼働しています。次のページ以降は現在の設定から始まります。ウィザードに表示されない設定はそのまま保持されます。</translation>
    </message>
    <message>
        <source>The configuration on these servers is for other nodes than &quot;%1&quot; and &quot;%2&quot;. The next pages start from defaults, and applying replaces that configuration.</source>
        <translation>これらのサーバーの設定は、「%1」と「%2」以外のノード向けのものです。次のページ以降は既定値から始まり、適用するとその設定は置き換えられます。</translation>
    </message>
    <message>
        <source>Only %1 has a configuration file; %2 has none. The next pages start from the file on %1, and the review page shows the text that will be applied to both.</source>
        <translation>設定ファイルがあるのは %1 だけで、%2 にはありません。次のページ以降は %1 のファイルの内容から始まります。両ノードに適用される内容は「確認」ページに表示されます。</translation>
    </message>
    <message>
        <source>The configuration files on the two nodes differ. The next pages start from the file on %1; the review page shows the text that will be applied to both.</source>
        <translation>2 つのノードの設定ファイルが異なります。次のページ以降は %1 のファイルの内容から始まります。両ノードに適用される内容は「確認」ページに表示されます。</translation>
    </message>
    <message>
        <source>Host key (%1):</source>
        <translation>ホスト鍵（%1）：</translation>
    </message>
    <message>
        <source>It matches the known_hosts file, or you confirmed it when asked.</source>
        <translation>known_hosts ファイルと一致しているか、尋ねられたときに確認済みです。</translation>
    </message>
    <message>
        <source>The console logs in to both servers and starts the agent on each. It changes nothing there unless you install the agent.</source>
        <translation>コンソールは両方のサーバーにログインし、それぞれでエージェントを起動します。インストールしない限り、何も変更しません。</translation>
    </message>
    <message>
        <source>The agent is missing on this node: &quot;%1&quot; was not found. Install it below, or install the twinha-agent package on the node yourself and start it: systemctl enable --now twinha-agent. If it is installed elsewhere, set the agent command under Advanced on the previous page.</source>
        <translation>このノードにはエージェントがありません。「%1」が見つかりませんでした。下でインストールするか、ノードで twinha-agent パッケージを自分でインストールして起動してください：systemctl enable --now twinha-agent。別の場所にインストールされている場合は、前のページの「詳細」でエージェントのコマンドを設定してください。</translation>
    </message>
    <message>
        <source>The configuration on these servers uses settings this console does not know: %1. It was written for a newer TwinHA; update the console before editing this cluster, or the wizard would drop them.</source>
        <translation>これらのサーバーの設定には、このコンソールが認識できない設定が含まれています：%1。新しいバージョンの TwinHA で書かれた設定です。このクラスタを編集する前にコンソールを更新してください。更新しないと、ウィザードはこれらの設定を失います。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::DashboardWidget</name>
    <message>
        <source>No cluster open</source>
        <translation>クラスタが開かれていません</translation>
    </message>
    <message>
        <source>Open a cluster profile with File ▸ Open, or start the console with --cluster FILE.</source>
        <translation>「ファイル ▸ 開く」でクラスタ接続プロファイルを開くか、--cluster FILE を付けてコンソールを起動してください。</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>モード：%1</translation>
    </message>
    <message>
        <source>Epoch: %1</source>
        <translation>エポック：%1</translation>
    </message>
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation>メンテナンスモード(&amp;M)…</translation>
    </message>
    <message>
        <source>Stops the agents from starting, stopping or moving anything by themselves, for the cluster or one group, or ends it</source>
        <translation>クラスタ全体または 1 つのグループについて、エージェントが自分から起動・停止・移動しないようにします。または、それを終了します</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventCsvWriter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 に書き込めませんでした：%2。</translation>
    </message>
    <message>
        <source>The disk is full; free some space or choose another place, then export again.</source>
        <translation>ディスクがいっぱいです。空き容量を確保するか別の場所を選んで、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み権限のあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻（UTC）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation>詳細（JSON）</translation>
    </message>
    <message>
        <source>The folder does not exist; choose another one.</source>
        <translation>フォルダーが存在しません。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventLogWidget</name>
    <message>
        <source>Filter events…</source>
        <translation>イベントを絞り込み…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>イベントの絞り込み</translation>
    </message>
    <message>
        <source>Shows only events whose time, node, type, actor or summary contains this text</source>
        <translation>時刻・ノード・種類・実行者・概要にこの文字列を含むイベントだけを表示します</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>すべてのノード</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Event category</source>
        <translation>イベントの分類</translation>
    </message>
    <message>
        <source>&amp;Operator actions only</source>
        <translation>オペレーター操作のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Shows only what people did, not what the agents did by themselves</source>
        <translation>エージェントが自動で行ったことではなく、人が行った操作だけを表示します</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves the events shown, as filtered and sorted, to a CSV file</source>
        <translation>表示中のイベントを絞り込み・並べ替えのとおりに CSV ファイルへ保存します</translation>
    </message>
    <message>
        <source>Events of both nodes</source>
        <translation>両ノードのイベント</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The events were not exported. %1</source>
        <translation>イベントはエクスポートされませんでした。%1</translation>
    </message>
    <message>
        <source>Exported the events shown (%1) to %2.</source>
        <translation>表示中のイベント（%1 件）を %2 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventTableModel</name>
    <message>
        <source>agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>%1 UTC, entry %2 of %3&apos;s journal</source>
        <translation>%1 UTC、%3 のジャーナルのエントリ %2</translation>
    </message>
    <message>
        <source>Operator action by %1</source>
        <translation>%1 によるオペレーター操作</translation>
    </message>
    <message>
        <source>Automatic, by the agent</source>
        <translation>エージェントによる自動処理</translation>
    </message>
    <message>
        <source>Not yet written to disk on %1: the agent keeps it in memory only.</source>
        <translation>%1 のディスクにまだ書き込まれていません。エージェントはメモリ上にのみ保持しています。</translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation>オペレーター操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone</source>
        <translation>このコンピューターのタイムゾーンで表示</translation>
    </message>
</context>
<context>
    <name>twinha::ui::EventText</name>
    <message>
        <source>Switchover</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>ドレイン</translation>
    </message>
    <message>
        <source>Undrain</source>
        <translation>ドレイン解除</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>エージェント起動</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>ロール変更</translation>
    </message>
    <message>
        <source>Operator action</source>
        <translation>オペレーター操作</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>ハートビート回線復旧</translation>
    </message>
    <message>
        <source>Link down</source>
        <translation>ハートビート回線切断</translation>
    </message>
    <message>
        <source>Peer back</source>
        <translation>相手ノード復帰</translation>
    </message>
    <message>
        <source>Peer lost</source>
        <translation>相手ノード応答なし</translation>
    </message>
    <message>
        <source>Resource failed</source>
        <translation>リソース障害</translation>
    </message>
    <message>
        <source>Group start failed</source>
        <translation>グループ起動失敗</translation>
    </message>
    <message>
        <source>Group stop failed</source>
        <translation>グループ停止失敗</translation>
    </message>
    <message>
        <source>Configuration mismatch</source>
        <translation>設定の不一致</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>スプリットブレイン</translation>
    </message>
    <message>
        <source>Split-brain resolved</source>
        <translation>スプリットブレイン解消</translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>降格</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Switchovers and requests</source>
        <translation>切り替えと要求</translation>
    </message>
    <message>
        <source>Roles and takeovers</source>
        <translation>ロールと引き継ぎ</translation>
    </message>
    <message>
        <source>Heartbeat and peer</source>
        <translation>ハートビートと相手ノード</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>障害と警告</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>その他のイベント</translation>
    </message>
    <message>
        <source>Agent %1 started (epoch %2, %3).</source>
        <translation>エージェント %1 が起動しました（エポック %2、%3）。</translation>
    </message>
    <message>
        <source>Group %1 became active on this node (epoch %2).</source>
        <translation>グループ %1 はこのノードでアクティブになりました（エポック %2）。</translation>
    </message>
    <message>
        <source>Group %1 became standby on this node (epoch %2).</source>
        <translation>グループ %1 はこのノードでスタンバイになりました（エポック %2）。</translation>
    </message>
    <message>
        <source>Group %1 is now %2 on this node (epoch %3).</source>
        <translation>グループ %1 はこのノードで%2になりました（エポック %3）。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 is up.</source>
        <translation>ハートビート回線 %1 が復旧しました。</translation>
    </message>
    <message>
        <source>Heartbeat link %1 is down.</source>
        <translation>ハートビート回線 %1 が切断されました。</translation>
    </message>
    <message>
        <source>Peer %1 is heard again.</source>
        <translation>相手ノード %1 からのハートビートが戻りました。</translation>
    </message>
    <message>
        <source>Peer %1 is silent on every heartbeat link.</source>
        <translation>相手ノード %1 がすべてのハートビート回線で応答しません。</translation>
    </message>
    <message>
        <source>Group %1 failed to start: %2</source>
        <translation>グループ %1 の起動に失敗しました：%2</translation>
    </message>
    <message>
        <source>Group %1 failed to stop: %2</source>
        <translation>グループ %1 の停止に失敗しました：%2</translation>
    </message>
    <message>
        <source>Split-brain: both nodes hold %1 (epoch %2 here, %3 on the peer).</source>
        <translation>スプリットブレイン：両ノードが %1 を保持しています（このノードのエポック %2、相手ノード %3）。</translation>
    </message>
    <message>
        <source>Split-brain resolved: only one node holds each group again.</source>
        <translation>スプリットブレイン解消：各グループを保持するノードは再び 1 つだけになりました。</translation>
    </message>
    <message>
        <source>Switchover of group %1 from %2 to %3</source>
        <translation>グループ %1 の %2 から %3 への切り替え</translation>
    </message>
    <message>
        <source>Failover of group %1 to %2</source>
        <translation>グループ %1 の %2 へのフェイルオーバー</translation>
    </message>
    <message>
        <source>Drain of node %1 from group %2</source>
        <translation>ノード %1 のグループ %2 からのドレイン</translation>
    </message>
    <message>
        <source>Return of node %1 to group %2</source>
        <translation>ノード %1 のグループ %2 への復帰</translation>
    </message>
    <message>
        <source>Operation %1 on group %2</source>
        <translation>グループ %2 に対する操作 %1</translation>
    </message>
    <message>
        <source>completed, service gap %1 ms</source>
        <translation>完了、サービス停止 %1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 (step &quot;%2&quot; failed)</source>
        <translation>%1（ステップ「%2」が失敗）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Requested a switchover of group %1.</source>
        <translation>グループ %1 の切り替えを要求しました。</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks.</source>
        <translation>チェックを無視して、グループ %1 を %2 へ移すよう要求しました。</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2.</source>
        <translation>グループ %1 を %2 へ移すよう要求しました。</translation>
    </message>
    <message>
        <source>Requested cancelling operation %1.</source>
        <translation>操作 %1 の取り消しを要求しました。</translation>
    </message>
    <message>
        <source>Requested %1.</source>
        <translation>%1 を要求しました。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました：%1</translation>
    </message>
    <message>
        <source>Took over group %1 after the peer was silent for %2 ms (epoch %3).</source>
        <translation>相手ノードが %2 ミリ秒応答しなかったため、グループ %1 を引き継ぎました（エポック %3）。</translation>
    </message>
    <message>
        <source>Started group %1, which no node held (epoch %2).</source>
        <translation>どのノードも保持していなかったグループ %1 を起動しました（エポック %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 to end a split-brain (epoch %2).</source>
        <translation>スプリットブレインを解消するため、グループ %1 のアクティブから降格しました（エポック %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1: cut off from the peer and the tiebreaker (epoch %2).</source>
        <translation>グループ %1 のアクティブから降格しました：相手ノードともタイブレーカーとも通信できません（エポック %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 after a restart with neither peer nor tiebreaker (epoch %2).</source>
        <translation>再起動後に相手ノードにもタイブレーカーにも到達できないため、グループ %1 のアクティブから降格しました（エポック %2）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1 (epoch %2).</source>
        <translation>グループ %1 のアクティブから降格しました（エポック %2）。</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>理由は示されていません。</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>メンテナンスモード</translation>
    </message>
    <message>
        <source>Fencing started</source>
        <translation>フェンシング開始</translation>
    </message>
    <message>
        <source>Node powered off</source>
        <translation>ノードの電源断</translation>
    </message>
    <message>
        <source>Fencing failed</source>
        <translation>フェンシング失敗</translation>
    </message>
    <message>
        <source>Requested moving group %1 to %2, overriding the checks and without fencing the other node.</source>
        <translation>チェックを無視し、もう一方のノードをフェンシングせずに、グループ %1 を %2 へ移すよう要求しました。</translation>
    </message>
    <message>
        <source>Lease lost (epoch %1).</source>
        <translation>リース喪失（エポック %1）。</translation>
    </message>
    <message>
        <source>Stepped down from group %1: its lease from the witness could not be renewed in time (epoch %2).</source>
        <translation>グループ %1 のアクティブから降格しました：ウィットネスからのリースを期限内に更新できませんでした（エポック %2）。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for the whole cluster: the agents start, stop and move nothing by themselves.</source>
        <translation>クラスタ全体でメンテナンスモードがオンになりました：エージェントは自分からは何も起動・停止・移動しません。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for group %1: the agents start, stop and move nothing of it by themselves.</source>
        <translation>グループ %1 でメンテナンスモードがオンになりました：エージェントはこのグループを自分からは起動・停止・移動しません。</translation>
    </message>
    <message>
        <source>Maintenance mode is on for groups %1: the agents start, stop and move nothing of them by themselves.</source>
        <translation>グループ %1 でメンテナンスモードがオンになりました：エージェントはこれらのグループを自分からは起動・停止・移動しません。</translation>
    </message>
    <message>
        <source>Maintenance mode is off: the agents act by themselves again.</source>
        <translation>メンテナンスモードがオフになりました：エージェントは再び自分で動作します。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2: powering it off before a takeover, since it may be frozen rather than off.</source>
        <translation>%2 で %1 をフェンシングしています：停止しておらずフリーズしているだけかもしれないため、引き継ぎの前に電源を切ります。</translation>
    </message>
    <message>
        <source>%1 was powered off by %2; a takeover may go ahead.</source>
        <translation>%1 は %2 によって電源が切られました。引き継ぎを進められます。</translation>
    </message>
    <message>
        <source>Fencing %1 with %2 failed; no takeover until it succeeds.</source>
        <translation>%2 による %1 のフェンシングに失敗しました。成功するまで引き継ぎは行われません。</translation>
    </message>
    <message>
        <source>Files kept after a split</source>
        <translation>スプリットブレイン後に退避したファイル</translation>
    </message>
    <message>
        <source>Configuration change prepared</source>
        <translation>設定変更を準備</translation>
    </message>
    <message>
        <source>Configuration change committed</source>
        <translation>設定変更をコミット</translation>
    </message>
    <message>
        <source>Configuration change aborted</source>
        <translation>設定変更を中止</translation>
    </message>
    <message>
        <source>Configuration change rolled back</source>
        <translation>設定変更をロールバック</translation>
    </message>
    <message>
        <source>Configuration change complete</source>
        <translation>設定変更完了</translation>
    </message>
    <message>
        <source>Peer not heard after a configuration change</source>
        <translation>設定変更後にピアの応答なし</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written on %1 during a split or before a failover are kept in %2: the resync from its peer would have deleted or overwritten them.</source>
        <translation>
            <numerusform>スプリットブレイン中またはフェイルオーバー前に %1 で書き込まれた %n 個のファイルを %2 に退避しました。ピアからの再同期で削除または上書きされるところでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration %1 checked and staged (change %2); automatic failover is frozen for up to %3 ms.</source>
        <translation>設定 %1 を検証してステージしました（変更 %2）。自動フェイルオーバーは最大 %3 ミリ秒凍結されます。</translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2).</source>
        <translation>設定 %1 を書き込んで読み込みました（変更 %2）。</translation>
    </message>
    <message>
        <source>Configuration %1 written and loaded (change %2); the previous file is kept as %3.</source>
        <translation>設定 %1 を書き込んで読み込みました（変更 %2）。以前のファイルは %3 として保存されています。</translation>
    </message>
    <message>
        <source>Configuration change %1 aborted: the staged configuration was dropped.</source>
        <translation>設定変更 %1 を中止しました：ステージされた設定は破棄されました。</translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: the agent restarted while it was prepared. The running configuration stays.</source>
        <translation>設定変更 %1 をロールバックしました：準備中にエージェントが再起動しました。稼働中の設定のままです。</translation>
    </message>
    <message>
        <source>Configuration change %1 rolled back: no commit came within %2 ms. The running configuration stays.</source>
        <translation>設定変更 %1 をロールバックしました：%2 ミリ秒以内にコミットがありませんでした。稼働中の設定のままです。</translation>
    </message>
    <message>
        <source>Both nodes run configuration %1 and hear each other on it (after %2 ms); automatic failover is active again.</source>
        <translation>両ノードが設定 %1 で稼働し、互いのハートビートを受信しています（%2 ミリ秒後）。自動フェイルオーバーは再び有効です。</translation>
    </message>
    <message>
        <source>%1 (SSH from %2, unverified)</source>
        <extracomment>%2 is the address the operator&apos;s SSH session reported; the agent cannot confirm it</extracomment>
        <translation>%1（SSH 接続元 %2、未検証）</translation>
    </message>
    <message>
        <source>Mirror key trusted</source>
        <translation>ミラー鍵を信頼</translation>
    </message>
    <message>
        <source>%1&apos;s mirror key (%2) may now push copies to this node over SSH, through %3.</source>
        <translation>%1 のミラー鍵（%2）は、これから SSH 経由でこのノードへコピーを送れます（%3 に登録）。</translation>
    </message>
    <message>
        <source>Old primary rewound</source>
        <translation>旧プライマリを巻き戻し</translation>
    </message>
    <message>
        <source>PostgreSQL held stopped</source>
        <translation>PostgreSQL を停止のまま保持</translation>
    </message>
    <message>
        <source>Synchronous replication</source>
        <translation>同期レプリケーション</translation>
    </message>
    <message>
        <source>PostgreSQL on this node had stopped as a primary without handing over. pg_rewind brought it onto the timeline of the primary at %1, discarding what it had written past the fork (its last checkpoint was %2 on timeline %3); it now follows as a standby.</source>
        <translation>このノードの PostgreSQL は引き継ぎをせずにプライマリとして停止していました。pg_rewind で %1 のプライマリのタイムラインに揃え、分岐点より後に書かれた内容を破棄しました（最後のチェックポイントは %2、タイムライン %3）。現在はスタンバイとして追従しています。</translation>
    </message>
    <message>
        <source>Commits on the primary wait for the standby again (%1).</source>
        <translation>プライマリのコミットは再びスタンバイを待ちます（%1）。</translation>
    </message>
    <message>
        <source>The standby of %1 is away: commits on the primary no longer wait for it, and automatic failover is off until it streams again.</source>
        <translation>%1 のスタンバイが離れました。プライマリのコミットはスタンバイを待たなくなり、ストリーミングが戻るまで自動フェイルオーバーは無効です。</translation>
    </message>
    <message>
        <source>a role change</source>
        <translation>ロール変更</translation>
    </message>
    <message>
        <source>a failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>a switchover</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>a split-brain</source>
        <translation>スプリットブレイン</translation>
    </message>
    <message>
        <source>a heartbeat link</source>
        <translation>ハートビート回線</translation>
    </message>
    <message>
        <source>replication lag</source>
        <translation>レプリケーション遅延</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>フェンシング</translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) reached %3 after %n attempt(s).</source>
        <translation>
            <numerusform>%1（%2）のアラートは %n 回目の試行で %3 に届きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alert about %1 (%2) did not reach %3 after %n attempt(s): %4</source>
        <extracomment>%4 says why: a program that failed, or a web server that answered with an error</extracomment>
        <translation>
            <numerusform>%1（%2）のアラートは %n 回試行しても %3 に届きませんでした：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Replication lagging</source>
        <translation>レプリケーション遅延超過</translation>
    </message>
    <message>
        <source>Replication caught up</source>
        <translation>レプリケーション追いつき</translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation>アラート送信済み</translation>
    </message>
    <message>
        <source>Alert not delivered</source>
        <translation>アラート未達</translation>
    </message>
    <message>
        <source>Replication %1 is %2 s behind (limit %3 s): switchovers and automatic failover wait until it catches up.</source>
        <translation>レプリケーション %1 が %2 秒遅れています（上限 %3 秒）。追いつくまで切り替えと自動フェイルオーバーは待機します。</translation>
    </message>
    <message>
        <source>Replication %1 is %2 bytes behind (limit %3): switchovers and automatic failover wait until it catches up.</source>
        <translation>レプリケーション %1 が %2 バイト遅れています（上限 %3）。追いつくまで切り替えと自動フェイルオーバーは待機します。</translation>
    </message>
    <message>
        <source>Replication %1 is within its limit again.</source>
        <translation>レプリケーション %1 は上限内に戻りました。</translation>
    </message>
    <message>
        <source>Group recovery</source>
        <translation>グループ復旧</translation>
    </message>
    <message>
        <source>Group recovered</source>
        <translation>グループ復旧完了</translation>
    </message>
    <message>
        <source>Group %1 runs again on this node (stopped and started in %2 ms).</source>
        <translation>グループ %1 はこのノードで再び稼働しています（停止と起動に %2 ミリ秒）。</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed on this node (%n time(s) within %2 min): restarting it here.</source>
        <translation>
            <numerusform>グループ %1 がこのノードで障害を起こしました（%2 分以内に %n 回目）：このノードで再起動します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 failed again on this node (%n time(s) within %2 min): moving it to %3.</source>
        <translation>
            <numerusform>グループ %1 がこのノードで再び障害を起こしました（%2 分以内に %n 回目）：%3 へ切り替えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. Automatic failover is off, so it does not move to the peer: starting it here again in %2 s.</source>
        <translation>グループ %1 はこのノードで障害を繰り返しています。自動フェイルオーバーが無効なため相手ノードへは移しません：%2 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, where it was moved after failing on the peer: starting it here again in %2 s.</source>
        <translation>グループ %1 は相手ノードでの障害によりこのノードへ移されましたが、ここでも障害を繰り返しています：%2 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node and cannot move to the peer: %2 Starting it here again in %3 s.</source>
        <translation>グループ %1 はこのノードで障害を繰り返しており、相手ノードへ移せません：%2 %3 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node: starting it here again in %2 s.</source>
        <translation>グループ %1 はこのノードで障害を繰り返しています：%2 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node, and its move to the peer within this window did not succeed: starting it here again in %2 s.</source>
        <translation>グループ %1 はこのノードで障害を繰り返しており、この期間内の相手ノードへの切り替えは成功しませんでした：%2 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 keeps failing on this node. In duplex mode it runs on both nodes, so there is nowhere to move it: starting it here again in %2 s.</source>
        <translation>グループ %1 はこのノードで障害を繰り返しています。デュプレックス（両系稼働）では両ノードで稼働しているため移し先がありません：%2 秒後にこのノードで再び起動します。</translation>
    </message>
    <message>
        <source>Group %1 was stopped by this node&apos;s dead-man guard while the agent was silent. The peer did not take it over, so it is started again here.</source>
        <translation>グループ %1 は、エージェントが応答しない間にこのノードのデッドマンガードによって停止されました。相手ノードは引き継がなかったため、このノードで再び起動します。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FailoverPage</name>
    <message>
        <source>Failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Choose what happens when the active node dies.</source>
        <translation>アクティブノードがダウンしたときの動作を選択します。</translation>
    </message>
    <message>
        <source>&amp;Manual only</source>
        <translation>手動のみ(&amp;M)</translation>
    </message>
    <message>
        <source>Manual failover only</source>
        <translation>手動フェイルオーバーのみ</translation>
    </message>
    <message>
        <source>When the active node dies, the standby waits for an operator to force a takeover from the console. There is no risk of split-brain, but the services stay down until someone acts.</source>
        <translation>アクティブノードがダウンすると、スタンバイはオペレーターがコンソールから強制引き継ぎを行うまで待機します。スプリットブレインのおそれはありませんが、誰かが対処するまでサービスは停止したままになります。</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation>自動フェイルオーバー</translation>
    </message>
    <message>
        <source>Tiebreakers</source>
        <translation>タイブレーカー</translation>
    </message>
    <message>
        <source>Addresses both nodes reach on the network the clients use, such as the default gateway: an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation>クライアントが使用するネットワーク上で、両ノードから到達できるアドレス（デフォルトゲートウェイなど）です。ping を送る IP アドレスまたはホスト名か、接続を受け付けるべきポートを tcp:host:port の形式で指定します（IPv6 は角かっこで囲みます：tcp:[2001:db8::1]:443）。</translation>
    </message>
    <message>
        <source>New tiebreaker</source>
        <translation>新しいタイブレーカー</translation>
    </message>
    <message>
        <source>192.0.2.1 or tcp:host:port</source>
        <translation>192.0.2.1 または tcp:host:port</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add tiebreaker</source>
        <translation>タイブレーカーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected tiebreakers</source>
        <translation>選択したタイブレーカーを削除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tiebreaker. Enter an IP address or host name to ping, or tcp:host:port for a port that must accept connections (IPv6 in brackets: tcp:[2001:db8::1]:443).</source>
        <translation>「%1」はタイブレーカーとして使用できません。ping を送る IP アドレスまたはホスト名か、接続を受け付けるべきポートを tcp:host:port の形式で入力してください（IPv6 は角かっこで囲みます：tcp:[2001:db8::1]:443）。</translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s), plus the moment a tiebreaker takes to answer; then the standby starts the services.</source>
        <translation>最悪の場合の引き継ぎ時間：最後のハートビートから約 %1 秒（障害判定時間 %2 秒＋ハートビート間隔 %3 秒）に、タイブレーカーの応答にかかるわずかな時間を加えた時間です。その後、スタンバイがサービスを起動します。</translation>
    </message>
    <message>
        <source>Worst-case takeover: only when an operator acts. Automatic failover would take about %1 s after the last heartbeat (dead time %2 s plus one heartbeat interval of %3 s).</source>
        <translation>最悪の場合の引き継ぎ時間：オペレーターが操作するまで引き継ぎません。自動フェイルオーバーであれば、最後のハートビートから約 %1 秒（障害判定時間 %2 秒＋ハートビート間隔 %3 秒）です。</translation>
    </message>
    <message>
        <source>The standby takes over by itself when every heartbeat link has been silent past the dead time, the witness grants it the lease (or, without a witness, a tiebreaker still answers), and the replication lag was within its limit. A standby that is only cut off from the network must not start the services while the active node still runs them (split-brain), so automatic failover needs a witness or a tiebreaker.</source>
        <translation>すべてのハートビート回線が障害判定時間を超えて沈黙し、ウィットネスがリースを与え（ウィットネスがない場合はタイブレーカーがまだ応答し）、レプリケーション遅延が上限内であれば、スタンバイが自動的に引き継ぎます。ネットワークから切り離されただけのスタンバイが、アクティブノードの実行中にサービスを起動してはなりません（スプリットブレイン）。そのため、自動フェイルオーバーにはウィットネスかタイブレーカーが必要です。</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>ウィットネス(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fencing (STONITH)</source>
        <translation>フェンシング（STONITH）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tiebreakers</source>
        <translation>タイブレーカー(&amp;T)</translation>
    </message>
    <message>
        <source>Protection: %1</source>
        <translation>保護レベル：%1</translation>
    </message>
    <message>
        <source>Only %1 has a fence device: when %2 fails, %1 takes over without powering it off.</source>
        <translation>フェンスデバイスがあるのは %1 だけです：%2 に障害が起きたとき、%1 はその電源を切らずに引き継ぎます。</translation>
    </message>
    <message>
        <source>Worst-case takeover: about %1 s after the failure: the standby waits until the old lease has run out (lease TTL %2 s) and every heartbeat link has been silent past the dead time (%3 s); then it starts the services.</source>
        <translation>最悪の場合の引き継ぎ時間：障害から約 %1 秒：スタンバイは古いリースが切れるまで（リース TTL %2 秒）、かつすべてのハートビート回線が障害判定時間（%3 秒）を超えて沈黙するまで待ち、それからサービスを起動します。</translation>
    </message>
    <message>
        <source>Fencing adds the time the device takes to power the node off.</source>
        <translation>フェンシングでは、デバイスがノードの電源を切るのにかかる時間が加わります。</translation>
    </message>
    <message>
        <source>Automatic failover needs a witness or at least one tiebreaker, or a standby that is merely cut off could take over while the active node still runs. Enter the witness&apos;s address, add a tiebreaker such as the default gateway&apos;s address, or choose manual failover.</source>
        <translation>自動フェイルオーバーには、ウィットネスか少なくとも 1 つのタイブレーカーが必要です。そうでないと、切り離されただけのスタンバイが、アクティブノードの実行中に引き継いでしまうおそれがあります。ウィットネスのアドレスを入力するか、デフォルトゲートウェイのアドレスなどのタイブレーカーを追加するか、手動フェイルオーバーを選んでください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Ale&amp;rts</source>
        <translation>アラート(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is this machine itself: it always answers, so it cannot tell a node cut off from the network from a healthy one. Enter the default gateway&apos;s address or another host beyond the switch.</source>
        <translation>「%1」はこのマシン自身です。常に応答するため、ネットワークから切り離されたノードと正常なノードを区別できません。デフォルトゲートウェイのアドレスか、スイッチの向こう側にある別のホストを入力してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FenceBox</name>
    <message>
        <source>&quot;%1&quot; is not a fence agent (fence_ipmilan, fence_virsh, …), a path to one, or a command line.</source>
        <translation>「%1」はフェンスエージェント（fence_ipmilan、fence_virsh など）でも、そのパスやコマンドラインでもありません。</translation>
    </message>
    <message>
        <source>Line %1 of the options for %2 is not key=value.</source>
        <translation>%2 のオプションの %1 行目が key=value 形式ではありません。</translation>
    </message>
    <message>
        <source>The agents give &quot;action&quot; to the fence device themselves; remove it from the options for %1.</source>
        <translation>「action」はエージェントが自分でフェンスデバイスに渡します。%1 のオプションから削除してください。</translation>
    </message>
    <message>
        <source>A device that powers a node off, so that a silent node, which may be frozen rather than off, cannot go on serving: its peer takes over only once it is off. A fence agent from fence-agents (as Pacemaker uses them) or a script; its options go to it as key=value lines. Leave it empty for none.</source>
        <translation>ノードの電源を切るデバイスです。応答しないノード（停止しておらずフリーズしているだけかもしれない）がサービスを続けられないようにし、電源が切れてから相手ノードが引き継ぎます。fence-agents のフェンスエージェント（Pacemaker と同じもの）かスクリプトを指定し、オプションは key=value の行として渡されます。使わない場合は空にします。</translation>
    </message>
    <message>
        <source>Power off %1 with:</source>
        <translation>%1 の電源を切るデバイス：</translation>
    </message>
    <message>
        <source>Fence device for %1</source>
        <translation>%1 のフェンスデバイス</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Options for %1&apos;s fence device, one key=value a line</source>
        <translation>%1 のフェンスデバイスのオプション（1 行に 1 つの key=value）</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>制限時間：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for fencing %1, in seconds</source>
        <translation>%1 をフェンシングする制限時間（秒）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check the fence device for %1</source>
        <translation>%1 のフェンシングデバイスを確認</translation>
    </message>
    <message>
        <source>Asks %1 to run the device with action=monitor: it asks the power switch whether it answers and powers nothing off.</source>
        <translation>%1 にこのデバイスを action=monitor で実行させます。電源スイッチが応答するかを問い合わせるだけで、何も電源を切りません。</translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the device again at Apply.</source>
        <translation>前回の確認は失敗しました。このまま進むこともできます。適用時にエージェントがデバイスを再確認します。</translation>
    </message>
    <message>
        <source>%1, which would power %2 off, is not connected, so the device was not checked.</source>
        <translation>%2 の電源を切る側の %1 が接続されていないため、デバイスは確認されませんでした。</translation>
    </message>
    <message>
        <source>%1: checking the fence device for %2…</source>
        <translation>%1：%2 のフェンシングデバイスを確認しています…</translation>
    </message>
    <message>
        <source>%1 could not check the device. %2</source>
        <translation>%1 はデバイスを確認できませんでした。%2</translation>
    </message>
    <message>
        <source>%1 reaches %2 for %3 (monitor ok).</source>
        <translation>%1 から %3 用の %2 に到達できます（monitor 正常）。</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4): %5</source>
        <translation>%3 で実行した %2 用の %1 が失敗しました（終了ステータス %4）：%5</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3 (exit status %4).</source>
        <translation>%3 で実行した %2 用の %1 が失敗しました（終了ステータス %4）。</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3: %4</source>
        <translation>%3 で実行した %2 用の %1 が失敗しました：%4</translation>
    </message>
    <message>
        <source>%1 for %2 failed on %3.</source>
        <translation>%3 で実行した %2 用の %1 が失敗しました。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::FolderCheck</name>
    <message>
        <source>%1: not connected, so the folder could not be checked. Go back to the connection page and reconnect.</source>
        <translation>%1：接続されていないため、フォルダーを確認できませんでした。「接続」ページに戻って再接続してください。</translation>
    </message>
    <message>
        <source>%1: the folder could not be checked. %2</source>
        <translation>%1：フォルダーを確認できませんでした。%2</translation>
    </message>
    <message>
        <source>%1: %2 does not exist. Create the folder on this node, then check again.</source>
        <translation>%1：%2 が存在しません。このノードにフォルダーを作成してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder. Choose a folder.</source>
        <translation>%1：%2 はフォルダーではなくファイルです。フォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends more than %Ln file(s), %3; counting stopped there.</source>
        <translation>
            <numerusform>%1：%2 はフォルダーです。初回のコピーでは %Ln 個を超えるファイル（%3）を送信します。集計はそこで打ち切りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder. The first copy sends %Ln file(s), %3.</source>
        <translation>
            <numerusform>%1：%2 はフォルダーです。初回のコピーでは %Ln 個のファイル（%3）を送信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is a folder with %Ln file(s). It receives the copy: files the active node does not have are deleted from it.</source>
        <translation>
            <numerusform>%1：%2 は %Ln 個のファイルを含むフォルダーです。このフォルダーが複製先となり、アクティブノードにないファイルは削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is an empty folder, ready to receive the copy.</source>
        <translation>%1：%2 は空のフォルダーで、複製データを受信する準備ができています。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ForcedTakeoverDialog</name>
    <message>
        <source>Forced takeover — %1</source>
        <translation>強制引き継ぎ — %1</translation>
    </message>
    <message>
        <source>Take over group %1 on %2 by force?</source>
        <translation>%2 でグループ %1 を強制的に引き継ぎますか？</translation>
    </message>
    <message>
        <source>This skips the pre-checks that failed. Use it only when you know why they failed and, if %1 cannot be reached, that it is really down (switched off, for example) and not merely cut off from this console or from %2.</source>
        <translation>失敗した事前チェックを無視して実行します。失敗の理由が分かっている場合にだけ使ってください。%1 に到達できない場合は、このコンソールや %2 から切り離されているだけでなく、本当に停止している（電源が切れているなど）と確信できることが必要です。</translation>
    </message>
    <message>
        <source>If %1 still runs group %2 without hearing %3, both nodes serve clients at once: &lt;b&gt;split-brain&lt;/b&gt;. The data written on one side is &lt;b&gt;lost&lt;/b&gt; when they are joined again.</source>
        <translation>%1 が %3 と通信できないままグループ %2 を実行し続けると、両ノードが同時にクライアントへサービスを提供します：&lt;b&gt;スプリットブレイン&lt;/b&gt;です。再び接続されたとき、片側で書き込まれたデータは&lt;b&gt;失われます&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first; the replication lag was %3 at the last report.</source>
        <translation>%2 が先に送信できなければ、%1 へまだ複製されていない変更は失われます。最後に報告されたレプリケーション遅延は %3 でした。</translation>
    </message>
    <message>
        <source>Changes not yet replicated to %1 are lost if %2 cannot send them first.</source>
        <translation>%2 が先に送信できなければ、%1 へまだ複製されていない変更は失われます。</translation>
    </message>
    <message>
        <source>To confirm, type the group&apos;s name, %1:</source>
        <translation>確認のため、グループ名 %1 を入力してください：</translation>
    </message>
    <message>
        <source>Group name, to confirm the forced takeover</source>
        <translation>強制引き継ぎを確認するためのグループ名</translation>
    </message>
    <message>
        <source>Taking over…</source>
        <translation>引き継ぎ中…</translation>
    </message>
    <message>
        <source>&amp;Take over by force</source>
        <translation>強制的に引き継ぐ(&amp;T)</translation>
    </message>
    <message>
        <source>Starts group %1 on %2 without the failed pre-checks</source>
        <translation>失敗した事前チェックを無視して、%2 でグループ %1 を起動します</translation>
    </message>
    <message>
        <source>The agents refused: %1</source>
        <translation>エージェントが拒否しました：%1</translation>
    </message>
    <message>
        <source>Take over without fencing?</source>
        <translation>フェンシングせずに引き継ぎますか？</translation>
    </message>
    <message>
        <source>%1 may still be running the service: both nodes may serve at once and data may diverge.</source>
        <translation>%1 はまだサービスを実行しているかもしれません：両ノードが同時にサービスを提供し、データが分岐するおそれがあります。</translation>
    </message>
    <message>
        <source>Skip fencing only if you know that %1 is off, for example because you switched it off yourself. %2 then takes over group %3 at once.</source>
        <translation>%1 が停止していると分かっている場合（自分で電源を切った場合など）にだけ、フェンシングを省略してください。その後、%2 がすぐにグループ %3 を引き継ぎます。</translation>
    </message>
    <message>
        <source>Take over &amp;without fencing</source>
        <translation>フェンシングせずに引き継ぐ(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for fencing…</source>
        <translation>フェンシングを待っています…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skip fencing…</source>
        <translation>フェンシングを省略(&amp;S)…</translation>
    </message>
    <message>
        <source>Takes over without powering %1 off first: if it still runs, both nodes serve at once</source>
        <translation>先に %1 の電源を切らずに引き継ぎます：まだ動いていれば、両ノードが同時にサービスを提供します</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>コンソールは現在どちらのエージェントにも接続していません。理由は各ノードのカードに表示されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::GroupsPage</name>
    <message>
        <source>Groups and resources</source>
        <translation>グループとリソース</translation>
    </message>
    <message>
        <source>What moves between the nodes: addresses, services and scripts, in groups.</source>
        <translation>ノード間で切り替える対象（アドレス、サービス、スクリプト）をグループ単位で設定します。</translation>
    </message>
    <message>
        <source>Each group normally runs on the node it prefers, and each node is the standby of the other node&apos;s group. Let the two groups prefer different nodes.</source>
        <translation>各グループは通常、優先ノードで稼働し、各ノードはもう一方のノードのグループのスタンバイになります。2 つのグループの優先ノードは別々にしてください。</translation>
    </message>
    <message>
        <source>The group runs on both nodes at once; a switchover drains one node and returns it.</source>
        <translation>グループは両ノードで同時に稼働します。切り替えでは、一方のノードをドレインさせてから復帰させます。</translation>
    </message>
    <message>
        <source>The group runs on one node at a time; the other node stands by to take it over.</source>
        <translation>グループは常に一方のノードだけで稼働し、もう一方のノードは引き継ぎに備えて待機します。</translation>
    </message>
    <message>
        <source>Resources start from the top of the list down and stop from the bottom up. Put first what the others need: a service that listens on the virtual IP address comes after the address.</source>
        <translation>リソースは一覧の上から順に起動し、下から順に停止します。他のリソースが必要とするものを先に置いてください。たとえば、仮想IPアドレスで待ち受けるサービスは、そのアドレスより後に置きます。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>グループ %1：%2</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>グループ名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of group %1</source>
        <translation>グループ %1 の名前</translation>
    </message>
    <message>
        <source>&amp;Preferred node:</source>
        <translation>優先ノード(&amp;P)：</translation>
    </message>
    <message>
        <source>Preferred node of group %1</source>
        <translation>グループ %1 の優先ノード</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>&amp;Resources, in start order:</source>
        <translation>リソース（起動順）(&amp;R)：</translation>
    </message>
    <message>
        <source>Resources of group %1, in start order</source>
        <translation>グループ %1 のリソース（起動順）</translation>
    </message>
    <message>
        <source>Add virtual IP…</source>
        <translation>仮想IPを追加…</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>サービスを追加…</translation>
    </message>
    <message>
        <source>Add script…</source>
        <translation>スクリプトを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>%1: virtual IP %2 on %3</source>
        <translation>%1：仮想IP %2（%3）</translation>
    </message>
    <message>
        <source>%1: service %2</source>
        <translation>%1：サービス %2</translation>
    </message>
    <message>
        <source>%1: script %2</source>
        <translation>%1：スクリプト %2</translation>
    </message>
    <message>
        <source>No resources yet. Add the address, services and scripts this group moves between the nodes.</source>
        <translation>リソースがまだありません。このグループでノード間を切り替えるアドレス、サービス、スクリプトを追加してください。</translation>
    </message>
    <message>
        <source>Start order: %1. Stop order: %2.</source>
        <translation>起動順：%1。停止順：%2。</translation>
    </message>
    <message>
        <source>There is no group to fill in. Go back to the mode page and choose how the nodes share the work.</source>
        <translation>設定するグループがありません。「クラスタモード」ページに戻り、2 台のサーバーの役割分担を選択してください。</translation>
    </message>
    <message>
        <source>Group %1 has no name. Enter a short name such as &quot;mail&quot; or &quot;web&quot;.</source>
        <translation>グループ %1 に名前がありません。「mail」や「web」などの短い名前を入力してください。</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>グループ名「%1」は無効です。英字、数字、「-」、「_」を使って 63 文字以内で指定し、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Two groups are called &quot;%1&quot;. Give each group a name of its own.</source>
        <translation>「%1」という名前のグループが 2 つあります。グループごとに異なる名前を付けてください。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no resources. Add at least one: the virtual IP address, service or script that moves between the nodes.</source>
        <translation>グループ「%1」にリソースがありません。ノード間で切り替える仮想IPアドレス、サービス、スクリプトのいずれかを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>In mutual backup each group prefers one node. Choose the preferred node of group &quot;%1&quot;.</source>
        <translation>相互バックアップでは、各グループに優先ノードを 1 つ指定します。グループ「%1」の優先ノードを選択してください。</translation>
    </message>
    <message>
        <source>In mutual backup the two groups must prefer different nodes: let &quot;%1&quot; prefer %2 and &quot;%3&quot; prefer %4.</source>
        <translation>相互バックアップでは、2 つのグループの優先ノードを別々にする必要があります。「%1」の優先ノードを %2、「%3」の優先ノードを %4 にしてください。</translation>
    </message>
    <message>
        <source>%1: PostgreSQL in %2</source>
        <translation>%1：%2 の PostgreSQL</translation>
    </message>
    <message>
        <source>The PostgreSQL resource is set on the Replication page, where both nodes&apos; clusters are listed.</source>
        <translation>PostgreSQL リソースは「レプリケーション」ページで設定します。両ノードのクラスタがそこに一覧されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::HealthBadge</name>
    <message>
        <source>Cluster state: %1</source>
        <translation>クラスタの状態：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::HostsPage</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Name the cluster and say how the console reaches each of the two servers over SSH.</source>
        <translation>クラスタに名前を付け、コンソールから 2 台のサーバーそれぞれに SSH で接続する方法を指定します。</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>クラスタ名(&amp;N)：</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>クラスタ名</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>英字、数字、- と _</translation>
    </message>
    <message>
        <source>Leave the key file empty to use ssh-agent and your default keys. Passwords and key passphrases are asked for when connecting and are never stored.</source>
        <translation>鍵ファイルを空欄にすると、ssh-agent と既定の鍵を使用します。パスワードと鍵のパスフレーズは接続時に入力を求められ、保存されることはありません。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U)：</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>秘密鍵ファイル(&amp;K)：</translation>
    </message>
    <message>
        <source>Agent command:</source>
        <translation>エージェントコマンド：</translation>
    </message>
    <message>
        <source>Jump host:</source>
        <translation>踏み台ホスト：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>ssh-agent and default keys</source>
        <translation>ssh-agent と既定の鍵</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>%1 のアドレス</translation>
    </message>
    <message>
        <source>%1 SSH port</source>
        <translation>%1 の SSH ポート</translation>
    </message>
    <message>
        <source>%1 user</source>
        <translation>%1 のユーザー</translation>
    </message>
    <message>
        <source>%1 private key file</source>
        <translation>%1 の秘密鍵ファイル</translation>
    </message>
    <message>
        <source>Browse for the %1 private key file</source>
        <translation>%1 の秘密鍵ファイルを参照</translation>
    </message>
    <message>
        <source>%1 advanced settings</source>
        <translation>%1 の詳細設定</translation>
    </message>
    <message>
        <source>%1 agent command</source>
        <translation>%1 のエージェントコマンド</translation>
    </message>
    <message>
        <source>%1 jump host</source>
        <translation>%1 の踏み台ホスト</translation>
    </message>
    <message>
        <source>Optional bastion to connect through: host, host:port or user@host:port.</source>
        <translation>経由する踏み台ホスト（任意）：host、host:port、user@host:port のいずれかの形式。</translation>
    </message>
    <message>
        <source>Choose the private key for node %1</source>
        <translation>ノード %1 の秘密鍵を選択</translation>
    </message>
    <message>
        <source>%1: enter the server&apos;s address, a host name or an IP address.</source>
        <translation>%1：サーバーのアドレス（ホスト名または IP アドレス）を入力してください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name or IP address. Enter only the address; the user and the port have fields of their own.</source>
        <translation>%1：「%2」はホスト名でも IP アドレスでもありません。アドレスのみを入力してください。ユーザーとポートにはそれぞれ専用の欄があります。</translation>
    </message>
    <message>
        <source>%1: enter the user to log in as, for example root.</source>
        <translation>%1：ログインするユーザー（root など）を入力してください。</translation>
    </message>
    <message>
        <source>%1: the private key file %2 does not exist. Choose it with Browse…, or leave the field empty to use ssh-agent and the default keys.</source>
        <translation>%1：秘密鍵ファイル %2 が存在しません。「参照…」で選択するか、空欄にして ssh-agent と既定の鍵を使用してください。</translation>
    </message>
    <message>
        <source>%1: the agent command is empty. Enter the command that starts the agent session, normally &quot;%2&quot;.</source>
        <translation>%1：エージェントコマンドが空です。エージェントのセッションを開始するコマンド（通常は「%2」）を入力してください。</translation>
    </message>
    <message>
        <source>%1: the jump host &quot;%2&quot; is not valid. Write it as host, host:port or user@host:port, or leave it empty to connect directly.</source>
        <translation>%1：踏み台ホスト「%2」が不正です。host、host:port、user@host:port のいずれかの形式で入力するか、直接接続する場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter a cluster name: up to 32 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>クラスタ名を入力してください（英字、数字、「-」、「_」で 32 文字以内）。</translation>
    </message>
    <message>
        <source>The cluster name &quot;%1&quot; may only contain letters, digits, &quot;-&quot; and &quot;_&quot;, at most 32 of them. Choose another name.</source>
        <translation>クラスタ名「%1」に使用できるのは英字、数字、「-」、「_」のみで、32 文字以内です。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Node 1 and Node 2 both point to %1, port %2. Enter the address of the second server for Node 2.</source>
        <translation>ノード 1 とノード 2 がどちらも %1 のポート %2 を指しています。ノード 2 には 2 台目のサーバーのアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPage</name>
    <message>
        <source>Heartbeat links</source>
        <translation>ハートビート回線</translation>
    </message>
    <message>
        <source>The paths on which the nodes check that the other one is alive.</source>
        <translation>ノードが互いの死活を確認するための経路です。</translation>
    </message>
    <message>
        <source>Each link is a path between the nodes. On every link each node sends small UDP heartbeats from its address and port to the other node&apos;s.</source>
        <translation>各ハートビート回線はノード間の経路です。各回線で、各ノードは自身のアドレスとポートから相手ノードのアドレスとポートへ、小さな UDP ハートビートを送信します。</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>ハートビート回線を追加</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>ハートビート回線を削除</translation>
    </message>
    <message>
        <source>Heartbeat &amp;interval:</source>
        <translation>ハートビート間隔(&amp;I)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Heartbeat interval in milliseconds</source>
        <translation>ハートビート間隔（ミリ秒）</translation>
    </message>
    <message>
        <source>&amp;Dead time:</source>
        <translation>障害判定時間(&amp;D)：</translation>
    </message>
    <message>
        <source>Dead time in milliseconds</source>
        <translation>障害判定時間（ミリ秒）</translation>
    </message>
    <message>
        <source>Two independent links, for example a private cable between the nodes and the public network, avoid false failovers: one broken cable or switch then does not look like a failed peer.</source>
        <translation>ノード間の専用ケーブルとパブリックネットワークのように、独立した 2 本のハートビート回線を用意すると誤ったフェイルオーバーを防げます。ケーブルやスイッチが 1 か所故障しても、相手ノードの障害とは判断されません。</translation>
    </message>
    <message numerus="yes">
        <source>A failed peer is noticed after %1 s of silence on every link (%Ln heartbeat(s) missed).</source>
        <translation>
            <numerusform>すべてのハートビート回線で %1 秒間応答がないと、相手ノードの障害と判断します（ハートビート %Ln 回分の欠落）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one heartbeat link: without one the nodes cannot hear each other.</source>
        <translation>ハートビート回線を 1 つ以上追加してください。回線がないと、ノード同士が互いを検知できません。</translation>
    </message>
    <message>
        <source>The dead time must be at least three times the heartbeat interval, here %1 ms or more, so that a few lost heartbeats do not look like a failed peer.</source>
        <translation>数回のハートビート欠落を相手ノードの障害と誤認しないよう、障害判定時間はハートビート間隔の 3 倍以上（この場合は %1 ミリ秒以上）にしてください。</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>タイミング(&amp;T)：</translation>
    </message>
    <message>
        <source>Standard: heartbeat %1 ms, dead time %2 s</source>
        <translation>標準：ハートビート %1 ミリ秒、障害判定 %2 秒</translation>
    </message>
    <message>
        <source>Fast: heartbeat %1 ms, dead time %2 s</source>
        <translation>高速：ハートビート %1 ミリ秒、障害判定 %2 秒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Short timings need links with a few milliseconds of latency and jitter, and the agent running as root, so that its heartbeat runs at real-time priority. Even then, a node that stalls for a tenth of a second (a virtual machine whose host is busy) can have its services stopped by its own dead-man guard, or be taken over while healthy.</source>
        <translation>短いタイミングには、遅延とジッタが数ミリ秒以内のハートビート回線と、root で動作するエージェント（ハートビートをリアルタイム優先度で実行するため）が必要です。それでも、0.1 秒ほど停止するノード（ホストが高負荷の仮想マシンなど）では、自身のデッドマンガードがサービスを停止したり、正常なのに引き継がれたりすることがあります。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksPanel</name>
    <message>
        <source>%1: no report</source>
        <translation>%1：報告なし</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>down</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Heartbeat links</source>
        <translation>ハートビート回線</translation>
    </message>
    <message>
        <source>No heartbeat report yet</source>
        <translation>ハートビートの報告はまだありません</translation>
    </message>
    <message>
        <source>Heartbeat link %1</source>
        <translation>ハートビート回線 %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ミリ秒</translation>
    </message>
    <message>
        <source>RTT %1 ms, loss %2 %</source>
        <translation>RTT %1 ミリ秒、損失 %2 %</translation>
    </message>
    <message>
        <source>%1: %2, %3 ago</source>
        <translation>%1：%2、%3 前</translation>
    </message>
    <message>
        <source>it last said: %1</source>
        <translation>最後の報告：%1</translation>
    </message>
    <message>
        <source>it last said: %1, %2</source>
        <translation>最後の報告：%1、%2</translation>
    </message>
</context>
<context>
    <name>twinha::ui::LinksTable</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>%1 のアドレス</translation>
    </message>
    <message>
        <source>Port of %1</source>
        <translation>%1 のポート</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>On interface %1</source>
        <translation>インターフェース：%1</translation>
    </message>
    <message>
        <source>Name of link %1</source>
        <translation>ハートビート回線 %1 の名前</translation>
    </message>
    <message>
        <source>Address of %1 on link %2</source>
        <translation>ハートビート回線 %2 での %1 のアドレス</translation>
    </message>
    <message>
        <source>UDP port of %1 on link %2</source>
        <translation>ハートビート回線 %2 での %1 の UDP ポート</translation>
    </message>
    <message>
        <source>Link %1 has no name. Enter a short name such as &quot;private&quot; or &quot;public&quot;.</source>
        <translation>ハートビート回線 %1 に名前がありません。「private」や「public」などの短い名前を入力してください。</translation>
    </message>
    <message>
        <source>The link name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>ハートビート回線名「%1」は無効です。英字、数字、「-」、「_」を使って 63 文字以内で指定し、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Two links are called &quot;%1&quot;. Give each link a name of its own.</source>
        <translation>「%1」という名前のハートビート回線が 2 つあります。回線ごとに異なる名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter the address of %1 on link &quot;%2&quot;: pick one of its addresses or type one.</source>
        <translation>ハートビート回線「%2」での %1 のアドレスを入力してください。一覧から選択するか、直接入力します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or host name. Enter the address of %2 on link &quot;%3&quot; without a /prefix.</source>
        <translation>「%1」は IP アドレスでもホスト名でもありません。ハートビート回線「%3」での %2 のアドレスを、/プレフィックスを付けずに入力してください。</translation>
    </message>
    <message>
        <source>The port of %1 on link &quot;%2&quot; must be between 1 and 65535.</source>
        <translation>ハートビート回線「%2」での %1 のポートは 1～65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Links &quot;%1&quot; and &quot;%2&quot; both use %3 on %4. Give each link its own address or port.</source>
        <translation>ハートビート回線「%1」と「%2」が、どちらも %4 の %3 を使用しています。回線ごとに異なるアドレスまたはポートを指定してください。</translation>
    </message>
    <message>
        <source>On link &quot;%1&quot; both nodes use %2. Enter each node&apos;s own address on this path, or give them different ports.</source>
        <translation>ハートビート回線「%1」で両ノードが %2 を使用しています。この経路での各ノード自身のアドレスを入力するか、異なるポートを指定してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MainWindow</name>
    <message>
        <source>Open cluster profile</source>
        <translation>クラスタ接続プロファイルを開く</translation>
    </message>
    <message>
        <source>Cluster profiles (*.json);;All files (*)</source>
        <translation>クラスタ接続プロファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation>クラスタを開けません</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open cluster profile…</source>
        <translation>クラスタ接続プロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No cluster open</source>
        <translation>クラスタが開かれていません</translation>
    </message>
    <message>
        <source>%1: %2 of %3 agents connected</source>
        <translation>%1：%3 エージェント中 %2 に接続中</translation>
    </message>
    <message>
        <source>Some clusters were not opened</source>
        <translation>一部のクラスタを開けませんでした</translation>
    </message>
    <message>
        <source>&amp;Remove cluster from list</source>
        <translation>クラスタを一覧から削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Show TwinHA</source>
        <translation>TwinHA を表示</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>コンソールログ</translation>
    </message>
    <message>
        <source>Pages of the selected cluster</source>
        <translation>選択したクラスタのページ</translation>
    </message>
    <message>
        <source>&amp;New cluster…</source>
        <translation>新しいクラスタ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit cluster…</source>
        <translation>クラスタを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスタ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Maintenance mode…</source>
        <translation>メンテナンスモード(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Tries again at once to reach every node of this cluster that is not connected</source>
        <translation>このクラスタで未接続のノードすべてに、すぐに接続し直します</translation>
    </message>
    <message>
        <source>Filter by name or state…</source>
        <translation>名前または状態で絞り込み…</translation>
    </message>
    <message>
        <source>Filter the clusters</source>
        <translation>クラスタの絞り込み</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceBanner</name>
    <message>
        <source>Ending…</source>
        <translation>終了中…</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>メンテナンスを終了(&amp;E)</translation>
    </message>
    <message>
        <source>The agents act by themselves again: they start, stop and move groups as the configuration says, and fail over after a failure.</source>
        <translation>エージェントは再び自分で動作します：設定どおりにグループを起動・停止・移動し、障害時にはフェイルオーバーします。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>コンソールは現在どちらのエージェントにも接続していません。理由は各ノードのカードに表示されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MaintenanceDialog</name>
    <message>
        <source>The agents refused: %1</source>
        <translation>エージェントが拒否しました：%1</translation>
    </message>
    <message>
        <source>Maintenance mode — %1</source>
        <translation>メンテナンスモード — %1</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>メンテナンスモードはオフです。</translation>
    </message>
    <message>
        <source>In maintenance mode the agents keep watching and reporting, but start, stop and move nothing by themselves, not even after a failure. A planned switchover needs force. Use it while you work on a node or a service, and end it when you are done.</source>
        <translation>メンテナンスモードでは、エージェントは監視と報告を続けますが、障害が起きても自分からは何も起動・停止・移動しません。計画的な切り替えには強制が必要です。ノードやサービスの作業中に使い、作業が済んだら終了してください。</translation>
    </message>
    <message>
        <source>Turn o&amp;n</source>
        <translation>オンにする(&amp;N)</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>オフにする(&amp;F)</translation>
    </message>
    <message>
        <source>For the &amp;whole cluster</source>
        <translation>クラスタ全体(&amp;W)</translation>
    </message>
    <message>
        <source>For &amp;group:</source>
        <translation>グループ(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>&amp;Start maintenance</source>
        <translation>メンテナンスを開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>メンテナンスを終了(&amp;E)</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now; each node&apos;s card says why.</source>
        <translation>コンソールは現在どちらのエージェントにも接続していません。理由は各ノードのカードに表示されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorFields</name>
    <message>
        <source>&amp;Folder on %1:</source>
        <translation>%1 のフォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder on %1</source>
        <translation>%1 のフォルダー</translation>
    </message>
    <message>
        <source>Folder, the same on both nodes</source>
        <translation>フォルダー（両ノード共通）</translation>
    </message>
    <message>
        <source>&amp;Different folder on %1</source>
        <translation>%1 では別のフォルダーを使用(&amp;D)</translation>
    </message>
    <message>
        <source>F&amp;older on %1:</source>
        <translation>%1 のフォルダー(&amp;O)：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>転送方式：</translation>
    </message>
    <message>
        <source>Receive &amp;port on %1:</source>
        <translation>%1 の受信ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>Receive &amp;port:</source>
        <translation>受信ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>Receive port on %1:</source>
        <translation>%1 の受信ポート：</translation>
    </message>
    <message>
        <source>TCP port on which %1 receives the copy</source>
        <translation>%1 が複製データを受信する TCP ポート</translation>
    </message>
    <message>
        <source>TCP port on which each node receives the copy</source>
        <translation>各ノードが複製データを受信する TCP ポート</translation>
    </message>
    <message>
        <source>The standby receives the copy on this TCP port, on the address of its first heartbeat link. The same port is used on both nodes.</source>
        <translation>スタンバイは、1 つ目のハートビート回線のアドレスで、この TCP ポートを使って複製データを受信します。両ノードで同じポートを使用します。</translation>
    </message>
    <message>
        <source>Check folders</source>
        <translation>フォルダーを確認</translation>
    </message>
    <message>
        <source>Check the folders on both nodes</source>
        <translation>両ノードのフォルダーを確認</translation>
    </message>
    <message>
        <source>Enter the folder to mirror on %1, for example /var/mail.</source>
        <translation>%1 でミラーするフォルダー（/var/mail など）を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path. Enter the full path of the folder on %2, starting with /.</source>
        <translation>「%1」は絶対パスではありません。%2 上のフォルダーのフルパスを / から入力してください。</translation>
    </message>
    <message>
        <source>%1 is a system folder: mirroring it would delete files on the standby. Choose the folder that holds the service&apos;s data.</source>
        <translation>%1 はシステムフォルダーです。ミラーするとスタンバイ上のファイルが削除されてしまいます。サービスのデータを格納しているフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The receive port must be between 1 and 65535.</source>
        <translation>受信ポートは 1～65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Both nodes use the address %1, so they need different receive ports.</source>
        <translation>両ノードが同じアドレス %1 を使用しているため、受信ポートを別々にする必要があります。</translation>
    </message>
    <message>
        <source>The folders are ready on both nodes.</source>
        <translation>両ノードのフォルダーの準備ができています。</translation>
    </message>
    <message>
        <source>The folder must exist on both nodes, and both must answer. Fix what is listed above, then press Next again.</source>
        <translation>フォルダーが両ノードに存在し、両ノードが応答する必要があります。上記の問題を解決してから、もう一度「次へ」を押してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::MirrorTransportBox</name>
    <message>
        <source>Encrypted, over &amp;SSH</source>
        <translation>暗号化、&amp;SSH 経由</translation>
    </message>
    <message>
        <source>Encrypted, over &amp;SSH (recommended)</source>
        <translation>暗号化、&amp;SSH 経由（推奨）</translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol (recommended on a private cable)</source>
        <translation>暗号化なしの rsync プロトコル（専用ケーブルなら推奨）</translation>
    </message>
    <message>
        <source>Unencrypted rsync protocol</source>
        <translation>暗号化なしの rsync プロトコル</translation>
    </message>
    <message>
        <source>Each node sends the copy to the other&apos;s SSH server (%1 port %2, %3 port %4). Apply gives each node a key of its own and lets the other&apos;s key in, for the mirror only; each node checks the other&apos;s host key as this console verified it.</source>
        <translation>各ノードはコピーを相手の SSH サーバーへ送ります（%1 ポート %2、%3 ポート %4）。適用すると、各ノードにミラー専用の鍵を作り、相手にその鍵を受け入れさせます。各ノードは、このコンソールが検証したとおりに相手のホスト鍵を確認します。</translation>
    </message>
    <message>
        <source>The copy travels unencrypted, authenticated with a password derived from the cluster key. Fine on a private cable between the nodes; anyone with access to that network can read the data.</source>
        <translation>コピーは暗号化されずに送られ、クラスタ鍵から導いたパスワードで認証されます。ノード間の専用ケーブルなら問題ありませんが、そのネットワークに入れる人は誰でもデータを読めます。</translation>
    </message>
    <message>
        <source>%1 and %2 are not on a private network: the copy would cross it unencrypted, readable by anyone on the way. Choose SSH unless this is a private cable.</source>
        <translation>%1 と %2 はプライベートネットワーク上にありません。コピーは暗号化されずにそのネットワークを通り、途中の誰でも読めます。専用ケーブルでない限り SSH を選んでください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModeDiagram</name>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>グループ A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>グループ B</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <source>Mode diagram</source>
        <translation>モード図</translation>
    </message>
    <message>
        <source>Group A runs on node 1 and group B on node 2; each node takes over the other&apos;s group.</source>
        <translation>グループ A はノード 1、グループ B はノード 2 で稼働し、各ノードが相手のグループを引き継ぎます。</translation>
    </message>
    <message>
        <source>The group runs on node 1 and node 2 at the same time.</source>
        <translation>グループはノード 1 とノード 2 で同時に稼働します。</translation>
    </message>
    <message>
        <source>The group runs on node 1; node 2 stands by and takes it over.</source>
        <translation>グループはノード 1 で稼働し、ノード 2 は待機して引き継ぎに備えます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ModePage</name>
    <message>
        <source>Cluster mode</source>
        <translation>クラスタモード</translation>
    </message>
    <message>
        <source>Choose how the two servers share the work.</source>
        <translation>2 台のサーバーの役割分担を選択します。</translation>
    </message>
    <message>
        <source>&amp;Hot standby</source>
        <translation>ホットスタンバイ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mutual backup</source>
        <translation>相互バックアップ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duplex</source>
        <translation>デュプレックス（両系稼働）(&amp;D)</translation>
    </message>
    <message>
        <source>One group of services runs on the active node. The standby node waits and takes the group over on a switchover or when the active node fails.</source>
        <translation>1 つのサービスグループがアクティブノードで稼働します。スタンバイノードは待機し、切り替え時やアクティブノードの障害時にグループを引き継ぎます。</translation>
    </message>
    <message>
        <source>Two groups: each node runs one of them and backs up the other&apos;s. If a node fails, the other runs both groups.</source>
        <translation>グループを 2 つ使用します。各ノードが一方のグループを稼働させ、もう一方のグループのバックアップを務めます。一方のノードに障害が発生すると、もう一方のノードが両方のグループを稼働させます。</translation>
    </message>
    <message>
        <source>The group runs on both nodes at once, for services that can share the load. A switchover drains one node, so the other carries everything while it is serviced.</source>
        <translation>負荷を分散できるサービス向けに、グループを両ノードで同時に稼働させます。切り替えでは一方のノードをドレインさせ、そのノードの保守中はもう一方のノードがすべての処理を担います。</translation>
    </message>
    <message>
        <source>node 1</source>
        <translation>ノード 1</translation>
    </message>
    <message>
        <source>node 2</source>
        <translation>ノード 2</translation>
    </message>
    <message>
        <source>%1 runs group A and %2 runs group B. The dashed arrows show where each group goes on a switchover or when its node fails.</source>
        <translation>%1 でグループ A、%2 でグループ B が稼働します。破線の矢印は、切り替え時やノード障害時に各グループが移る先を示します。</translation>
    </message>
    <message>
        <source>The group runs on %1 and %2 at the same time.</source>
        <translation>グループは %1 と %2 で同時に稼働します。</translation>
    </message>
    <message>
        <source>%1 runs the group; the dashed arrow shows where it goes on a switchover or when %1 fails.</source>
        <translation>%1 でグループが稼働します。破線の矢印は、切り替え時や %1 の障害時にグループが移る先を示します。</translation>
    </message>
    <message>
        <source>Hot standby runs one group, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation>ホットスタンバイで稼働するグループは 1 つだけのため、先に進むとグループ %1 がそのリソースとレプリケーションとともに削除されます。すべてのグループを残すには、デュプレックスを選択してください。</translation>
    </message>
    <message>
        <source>Mutual backup runs exactly two groups, so going on removes %1 with its resources and replication. Choose duplex to keep every group.</source>
        <translation>相互バックアップで稼働するグループはちょうど 2 つのため、先に進むとグループ %1 がそのリソースとレプリケーションとともに削除されます。すべてのグループを残すには、デュプレックスを選択してください。</translation>
    </message>
    <message>
        <source>Mutual backup needs a second group; going on adds one that prefers %1. You choose its resources on the groups page.</source>
        <translation>相互バックアップには 2 つ目のグループが必要です。先に進むと、%1 を優先ノードとするグループが追加されます。そのリソースは「グループとリソース」ページで選択します。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::NodeCard</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Console&apos;s reach</source>
        <translation>コンソールからの接続</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <source>Agent uptime</source>
        <translation>エージェント稼働時間</translation>
    </message>
    <message>
        <source>System uptime</source>
        <translation>システム稼働時間</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>データの経過時間</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>live (%1 s)</source>
        <translation>最新（%1 秒前）</translation>
    </message>
    <message>
        <source>%1 old — last heard from the agent then</source>
        <translation>%1 経過 — それ以降エージェントから応答なし</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>holds it</source>
        <translation>このノードが保持</translation>
    </message>
    <message>
        <source>virtual IP holder</source>
        <translation>仮想 IP を保持</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>リソースグループ</translation>
    </message>
    <message>
        <source>Drain %1 from this node…</source>
        <translation>このノードから %1 をドレイン…</translation>
    </message>
    <message>
        <source>Return %1 to this node…</source>
        <translation>%1 をこのノードに復帰…</translation>
    </message>
    <message>
        <source>SSH login works; the agent does not answer</source>
        <translation>SSH ログインは成功。エージェントが応答しません</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>再試行しています…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>今すぐ再試行(&amp;N)</translation>
    </message>
    <message>
        <source>Tries to reach %1 again at once instead of waiting</source>
        <translation>待たずに、すぐに %1 への接続を再試行します</translation>
    </message>
    <message>
        <source>The console does not try again by itself: put the problem right, then reconnect.</source>
        <translation>コンソールは自動では再試行しません。問題を解決してから再接続してください。</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Tries to reach %1 again now</source>
        <translation>今すぐ %1 への接続を再試行します</translation>
    </message>
    <message>
        <source>partly running</source>
        <translation>一部稼働中</translation>
    </message>
</context>
<context>
    <name>twinha::ui::NotifyBox</name>
    <message>
        <source>&quot;%1&quot; is not an email address. Enter addresses such as ops@example.com, separated by commas.</source>
        <translation>「%1」はメールアドレスではありません。ops@example.com のようなアドレスを、カンマで区切って入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook address. Enter an http or https URL, such as https://chat.example.com/hooks/ha.</source>
        <translation>「%1」は Webhook のアドレスではありません。https://chat.example.com/hooks/ha のような http または https の URL を入力してください。</translation>
    </message>
    <message>
        <source>The agents can tell you themselves, with no console open: by email through each server&apos;s sendmail (its mail system must be able to send out), and by a webhook, such as a chat room&apos;s incoming webhook. Leave both empty for none.</source>
        <translation>コンソールを開いていなくても、エージェント自身が知らせます。各サーバーの sendmail によるメール（そのサーバーのメールシステムが外部へ送信できる必要があります）と、チャットの Incoming Webhook などの Webhook です。どちらも空欄にするとアラートは送りません。</translation>
    </message>
    <message>
        <source>&amp;Email to:</source>
        <translation>メールの宛先(&amp;E)：</translation>
    </message>
    <message>
        <source>ops@example.com, oncall@example.com</source>
        <translation>例：ops@example.com, oncall@example.com</translation>
    </message>
    <message>
        <source>Alert email addresses</source>
        <translation>アラートのメールアドレス</translation>
    </message>
    <message>
        <source>Web&amp;hook:</source>
        <translation>Web&amp;hook：</translation>
    </message>
    <message>
        <source>https://chat.example.com/hooks/ha</source>
        <translation>例：https://chat.example.com/hooks/ha</translation>
    </message>
    <message>
        <source>Alert webhook URL</source>
        <translation>アラートの Webhook URL</translation>
    </message>
    <message>
        <source>Sent on role changes, failovers, switchovers, split-brain, heartbeat links going down or up, replication lag above its limit, and fencing. A message that cannot be delivered is tried again for about 13 minutes; the event log says what was sent and what was not.</source>
        <translation>ロール変更、フェイルオーバー、切り替え、スプリットブレイン、ハートビート回線の切断と復旧、上限を超えたレプリケーション遅延、フェンシングのときに送ります。届けられなかったメッセージは約 13 分間再送を試みます。何が送られ何が送られなかったかはイベントログに記録されます。</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>テストメッセージを送信(&amp;T)</translation>
    </message>
    <message>
        <source>Each connected node sends one test message now, to the addresses and the webhook above. Nothing else changes.</source>
        <translation>接続中の各ノードが、上のアドレスと Webhook にテストメッセージを 1 通ずつ今すぐ送ります。ほかには何も変わりません。</translation>
    </message>
    <message>
        <source>%1: sending a test mail…</source>
        <translation>%1：テストメールを送信中…</translation>
    </message>
    <message>
        <source>%1: posting a test message…</source>
        <translation>%1：テストメッセージを送信中…</translation>
    </message>
    <message>
        <source>%1 could not send a test message. %2</source>
        <translation>%1 はテストメッセージを送れませんでした。%2</translation>
    </message>
    <message>
        <source>%1 handed the test mail to sendmail. If it does not arrive within minutes, check that server&apos;s mail system (its queue and log).</source>
        <translation>%1 はテストメールを sendmail に渡しました。数分以内に届かなければ、そのサーバーのメールシステム（キューとログ）を確認してください。</translation>
    </message>
    <message>
        <source>%1 posted the test message, and the webhook accepted it.</source>
        <translation>%1 がテストメッセージを送り、Webhook が受け付けました。</translation>
    </message>
    <message>
        <source>%1 could not send the test mail: %2</source>
        <translation>%1 はテストメールを送れませんでした：%2</translation>
    </message>
    <message>
        <source>%1 could not post to the webhook: %2</source>
        <translation>%1 は Webhook に送信できませんでした：%2</translation>
    </message>
    <message>
        <source>Neither node is connected, so no test message was sent. Go back to the first page and connect to the nodes.</source>
        <translation>どちらのノードにも接続していないため、テストメッセージは送っていません。最初のページに戻ってノードに接続してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::OperationStepList</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation>操作のステップ</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1、完了</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1、失敗</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1、実行中</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PostgresBox</name>
    <message>
        <source>Replication &amp;role:</source>
        <translation>レプリケーション用ロール(&amp;R)：</translation>
    </message>
    <message>
        <source>PostgreSQL role the standby connects as</source>
        <translation>スタンバイが接続に使う PostgreSQL ロール</translation>
    </message>
    <message>
        <source>The standby streams the primary&apos;s WAL as this role. It needs REPLICATION and LOGIN, and a host line for the database &quot;replication&quot; in pg_hba.conf.</source>
        <translation>スタンバイはこのロールでプライマリの WAL をストリーミングします。REPLICATION と LOGIN の権限、および pg_hba.conf にデータベース「replication」への host 行が必要です。</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>クラスタを検索</translation>
    </message>
    <message>
        <source>Find the PostgreSQL clusters on both nodes</source>
        <translation>両ノードの PostgreSQL クラスタを検索</translation>
    </message>
    <message>
        <source>Cluster on %1:</source>
        <translation>%1 のクラスタ：</translation>
    </message>
    <message>
        <source>PostgreSQL cluster on %1</source>
        <translation>%1 の PostgreSQL クラスタ</translation>
    </message>
    <message>
        <source>Maximum WAL &amp;lag:</source>
        <translation>WAL の最大遅延(&amp;L)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> メビバイト</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>A switchover or failover is refused while the standby has not replayed this much of the primary&apos;s WAL.</source>
        <translation>スタンバイが未適用のプライマリ WAL がこの量に達すると、切り替えとフェイルオーバーを拒否します。</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>%1/%2, port %3, %4</source>
        <translation>%1/%2、ポート %3、%4</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Asking %1 for its PostgreSQL clusters…</source>
        <translation>%1 に PostgreSQL クラスタを問い合わせ中…</translation>
    </message>
    <message>
        <source>Not connected to %1. Go back to the connection page and reconnect.</source>
        <translation>%1 に接続していません。接続ページに戻って再接続してください。</translation>
    </message>
    <message>
        <source>The clusters could not be listed: %1</source>
        <translation>クラスタを一覧できませんでした：%1</translation>
    </message>
    <message>
        <source>No PostgreSQL cluster was found on this node.</source>
        <translation>このノードに PostgreSQL クラスタは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Ready for replication: wal_level %1, %2 WAL senders, role %3 may replicate, pg_hba.conf admits it.</source>
        <translation>レプリケーション可能：wal_level %1、WAL 送信プロセス %2、ロール %3 はレプリケーション可、pg_hba.conf も許可しています。</translation>
    </message>
    <message>
        <source>Data in %1, configuration in %2, owned by %3.</source>
        <translation>データは %1、設定は %2、所有者は %3 です。</translation>
    </message>
    <message>
        <source>The clusters on %1 and %2 are not copies of one another. Before Apply, make the standby a copy of the primary (pg_basebackup -R).</source>
        <translation>%1 と %2 のクラスタは互いのコピーではありません。適用の前に、スタンバイをプライマリのコピーにしてください（pg_basebackup -R）。</translation>
    </message>
    <message>
        <source>Both clusters run as primaries. Before Apply, make one a standby of the other (pg_basebackup -R).</source>
        <translation>両方のクラスタがプライマリとして動いています。適用の前に、一方を他方のスタンバイにしてください（pg_basebackup -R）。</translation>
    </message>
    <message>
        <source>No standby streams from the primary on %1 yet, so there is no lag to show.</source>
        <translation>%1 のプライマリからストリーミングしているスタンバイはまだないため、表示できる遅延はありません。</translation>
    </message>
    <message>
        <source>First lag: the standby %1 (%2) is %3 and %4 s behind the primary on %5.</source>
        <translation>最初の遅延：スタンバイ %1（%2）は %5 のプライマリから %3、%4 秒遅れています。</translation>
    </message>
    <message>
        <source>Still waiting for %1 to list its PostgreSQL clusters.</source>
        <translation>%1 が PostgreSQL クラスタを一覧するのをまだ待っています。</translation>
    </message>
    <message>
        <source>The PostgreSQL clusters of %1 could not be listed. Reconnect, then press Find clusters.</source>
        <translation>%1 の PostgreSQL クラスタを一覧できませんでした。再接続してから「クラスタを検索」を押してください。</translation>
    </message>
    <message>
        <source>%1 has no PostgreSQL cluster. Create one (pg_createcluster), then press Find clusters.</source>
        <translation>%1 には PostgreSQL クラスタがありません。作成してから（pg_createcluster）、「クラスタを検索」を押してください。</translation>
    </message>
    <message>
        <source>The chosen cluster on %1 is not running. Start it, then press Find clusters.</source>
        <translation>%1 で選んだクラスタは動いていません。起動してから「クラスタを検索」を押してください。</translation>
    </message>
    <message>
        <source>The two clusters belong to different users (%1 and %2); the agent runs both as one. Choose clusters with the same owner.</source>
        <translation>2 つのクラスタの所有者が異なります（%1 と %2）。エージェントは両方を同じユーザーで動かします。所有者が同じクラスタを選んでください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PostgresCopy</name>
    <message>
        <source>The cluster %1/%2 on %3 is not a copy of the primary on %4. Copying makes it one, a standby (pg_basebackup). It must be stopped; what its data folder %5 holds now is kept beside it.</source>
        <translation>%3 のクラスタ %1/%2 は %4 のプライマリのコピーではありません。コピーするとスタンバイになります（pg_basebackup）。停止している必要があります。データフォルダ %5 の今の内容は横に退避されます。</translation>
    </message>
    <message>
        <source>Copy from the primary</source>
        <translation>プライマリからコピー</translation>
    </message>
    <message>
        <source>Copy the primary&apos;s cluster to %1</source>
        <translation>プライマリのクラスタを %1 にコピー</translation>
    </message>
    <message>
        <source>Progress of the copy</source>
        <translation>コピーの進捗</translation>
    </message>
    <message>
        <source>Not connected to %1. Reconnect, then try again.</source>
        <translation>%1 に接続していません。再接続してからやり直してください。</translation>
    </message>
    <message>
        <source>Copying from %1…</source>
        <translation>%1 からコピー中…</translation>
    </message>
    <message>
        <source>Copying from %1: %2 so far.</source>
        <translation>%1 からコピー中：これまでに %2。</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>コピーに失敗しました：%1</translation>
    </message>
    <message>
        <source>Copied %1. Start the cluster on %2: it follows the primary.</source>
        <translation>%1 をコピーしました。%2 のクラスタを起動してください。プライマリに追従します。</translation>
    </message>
    <message>
        <source>Copied %1; the folder&apos;s old content is in %2. Start the cluster on %3: it follows the primary.</source>
        <translation>%1 をコピーしました。フォルダの元の内容は %2 にあります。%3 のクラスタを起動してください。プライマリに追従します。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckList</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>合格：%1</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>ブロック中：%1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::PreCheckPage</name>
    <message>
        <source>Pre-checks by the agents</source>
        <translation>エージェントによる事前チェック</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>実行される内容</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Switchover of group %1</source>
        <translation>グループ %1 の切り替え</translation>
    </message>
    <message>
        <source>Asking the agents for their pre-checks…</source>
        <translation>エージェントに事前チェックを問い合わせ中…</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>再チェック中…</translation>
    </message>
    <message>
        <source>Ready: every pre-check passed.</source>
        <translation>準備完了：すべての事前チェックに合格しました。</translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. Nothing can move until they pass.</source>
        <translation>ブロック中：事前チェック %2 件中 %1 件が不合格です。すべて合格するまで切り替えできません。</translation>
    </message>
    <message>
        <source>Stops on %1, in this order: %2</source>
        <translation>%1 で次の順に停止：%2</translation>
    </message>
    <message>
        <source>Starts on %1, in this order: %2</source>
        <translation>%1 で次の順に起動：%2</translation>
    </message>
    <message>
        <source>Blocked: %1 of %2 pre-checks failed. A switchover waits until they pass; the agents allow overriding these checks by force, at your own risk.</source>
        <translation>ブロック中：事前チェック %2 件のうち %1 件が失敗しています。切り替えはそれらが通るまで待ちます。エージェントはこれらのチェックを強制的に省略することを認めていますが、自己責任です。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent right now, so they cannot be asked; each node&apos;s card says why. It reconnects by itself, and the checks run again as soon as an agent answers.</source>
        <translation>コンソールは現在どちらのエージェントにも接続していないため、問い合わせができません。理由は各ノードのカードに表示されます。コンソールは自動で再接続し、エージェントが応答すればすぐにチェックをやり直します。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ProgressPage</name>
    <message>
        <source>Time since the request: %1</source>
        <translation>要求からの経過時間：%1</translation>
    </message>
    <message>
        <source>Steps completed so far</source>
        <translation>完了したステップ</translation>
    </message>
    <message>
        <source>Waiting for the agents to report the operation…</source>
        <translation>エージェントからの操作の報告を待っています…</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>開始者：%1</translation>
    </message>
    <message>
        <source>The console has lost its connection to the nodes. The agents go on without it; this window shows how the operation ended once the connection is back.</source>
        <translation>コンソールとノードの接続が切れました。エージェントは操作を続行します。接続が戻ると、このウィンドウに操作の結果が表示されます。</translation>
    </message>
    <message>
        <source>The agents&apos; answer to the start request was lost. If the switchover started, the agents complete it or roll it back, and it appears here.</source>
        <translation>開始要求に対するエージェントの応答が失われました。切り替えが始まっていれば、エージェントが完了またはロールバックし、ここに表示されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ProtectionPanel</name>
    <message>
        <source>What %1 says here is its last word: %2.</source>
        <translation>ここに表示している %1 の内容は、最後に伝えられたものです：%2。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReadinessPanel</name>
    <message>
        <source>Ready: group %1 can be drained from %2.</source>
        <translation>準備完了：リソースグループ %1 を %2 からドレインできます。</translation>
    </message>
    <message>
        <source>Ready: group %1 can run on %2 again.</source>
        <translation>準備完了：リソースグループ %1 を %2 で再び稼働できます。</translation>
    </message>
    <message>
        <source>Ready: group %1 can move from %2 to %3.</source>
        <translation>準備完了：リソースグループ %1 を %2 から %3 へ切り替えられます。</translation>
    </message>
    <message>
        <source>the agents gave no reason.</source>
        <translation>エージェントは理由を示していません。</translation>
    </message>
    <message>
        <source>Blocked: group %1: %2</source>
        <translation>ブロック中：リソースグループ %1：%2</translation>
    </message>
    <message>
        <source>Drain %1…</source>
        <translation>%1 をドレイン…</translation>
    </message>
    <message>
        <source>Return %1…</source>
        <translation>%1 を復帰…</translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation>切り替え…</translation>
    </message>
    <message>
        <source>Switchover readiness: waiting for the agents…</source>
        <translation>切り替えの準備状況：エージェントを待っています…</translation>
    </message>
    <message>
        <source>%1 (group %2)</source>
        <translation>%1（リソースグループ %2）</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReplicationPage</name>
    <message>
        <source>Replication</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <source>How the standby&apos;s copy of the data keeps up, and how far behind it may be for a switchover.</source>
        <translation>スタンバイ側のデータの複製方法と、切り替えを許可するレプリケーション遅延の上限を設定します。</translation>
    </message>
    <message>
        <source>&amp;No replication</source>
        <translation>レプリケーションなし(&amp;N)</translation>
    </message>
    <message>
        <source>The cluster copies no data, for example because the data lives on shared storage or the service keeps none.</source>
        <translation>クラスタはデータを複製しません。データが共有ストレージにある場合や、サービスがデータを保持しない場合などに選択します。</translation>
    </message>
    <message>
        <source>&amp;Mirror folders with rsync</source>
        <translation>rsync でフォルダーをミラー(&amp;M)</translation>
    </message>
    <message>
        <source>The agent copies a folder from the active node to the standby with rsync, on every change and at least every 30 seconds. Files the active node does not have are deleted from the standby&apos;s folder.</source>
        <translation>エージェントが rsync で、アクティブノードのフォルダーをスタンバイへコピーします。コピーは変更のたびに、また少なくとも 30 秒ごとに行われます。アクティブノードにないファイルは、スタンバイのフォルダーから削除されます。</translation>
    </message>
    <message>
        <source>A &amp;command that reports the lag</source>
        <translation>遅延を報告するコマンド(&amp;C)</translation>
    </message>
    <message>
        <source>Something else replicates the data (a database, DRBD…). A command of yours tells the agent how far behind the standby is.</source>
        <translation>データの複製は別の仕組み（データベース、DRBD など）が行います。スタンバイの遅れは、ユーザーが用意したコマンドでエージェントに通知します。</translation>
    </message>
    <message>
        <source>C&amp;hannel name:</source>
        <translation>チャネル名(&amp;H)：</translation>
    </message>
    <message>
        <source>Replication channel name</source>
        <translation>レプリケーションチャネル名</translation>
    </message>
    <message>
        <source>Follows &amp;group:</source>
        <translation>連動するグループ(&amp;G)：</translation>
    </message>
    <message>
        <source>Group whose active node is the source</source>
        <translation>アクティブノードが複製元となるグループ</translation>
    </message>
    <message>
        <source>The data flows from the node where this group is active to the other node.</source>
        <translation>データは、このグループがアクティブなノードからもう一方のノードへ複製されます。</translation>
    </message>
    <message>
        <source>Command l&amp;ine:</source>
        <translation>コマンドライン(&amp;I)：</translation>
    </message>
    <message>
        <source>Command that prints the replication lag</source>
        <translation>レプリケーション遅延を出力するコマンド</translation>
    </message>
    <message>
        <source>The agent runs it regularly with sh -c. It prints one JSON object such as %1. Only lag_s, the lag in seconds, is required; lag_bytes, last_sync and state are optional.</source>
        <translation>エージェントが sh -c で定期的に実行します。%1 のような JSON オブジェクトを 1 つ出力してください。必須なのは遅延の秒数を表す lag_s だけで、lag_bytes、last_sync、state は任意です。</translation>
    </message>
    <message>
        <source>Maximum &amp;lag:</source>
        <translation>最大遅延(&amp;L)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Maximum lag in seconds</source>
        <translation>最大遅延（秒）</translation>
    </message>
    <message>
        <source>A switchover is refused while the standby is further behind than this.</source>
        <translation>スタンバイの遅延がこの値を超えている間は、切り替えが拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>The current config has %n more replication channel(s) that this page does not show. They are kept unless you choose No replication.</source>
        <translation>
            <numerusform>現在の設定には、このページに表示されないレプリケーションチャネルがほかに %n 個あります。「レプリケーションなし」を選択しない限り、それらは保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folders on both nodes…</source>
        <translation>両ノードのフォルダーを確認しています…</translation>
    </message>
    <message>
        <source>Enter a name for the replication channel, such as &quot;data&quot;.</source>
        <translation>レプリケーションチャネルの名前（「data」など）を入力してください。</translation>
    </message>
    <message>
        <source>The channel name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>チャネル名「%1」は無効です。英字、数字、「-」、「_」を使って 63 文字以内で指定し、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>The config already has a replication channel called &quot;%1&quot;. Choose another name.</source>
        <translation>設定には既に「%1」という名前のレプリケーションチャネルがあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Choose the group whose active node the data is copied from.</source>
        <translation>どのグループのアクティブノードからデータを複製するかを選択してください。</translation>
    </message>
    <message>
        <source>Enter the command that prints the replication lag as one JSON object.</source>
        <translation>レプリケーション遅延を 1 つの JSON オブジェクトとして出力するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL streaming replication</source>
        <translation>&amp;PostgreSQL ストリーミングレプリケーション</translation>
    </message>
    <message>
        <source>PostgreSQL streams its WAL from the primary to a standby. The agent promotes the standby on a switchover and makes the old primary follow it.</source>
        <translation>PostgreSQL はプライマリからスタンバイへ WAL をストリーミングします。切り替えでは、エージェントがスタンバイを昇格させ、旧プライマリをそれに追従させます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReplicationTable</name>
    <message>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>遅延超過</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Replication channels</source>
        <translation>レプリケーションチャネル</translation>
    </message>
    <message>
        <source>%1 s (limit %2 s)</source>
        <translation>%1 秒（上限 %2 秒）</translation>
    </message>
    <message>
        <source>unknown (limit %1 s)</source>
        <translation>不明（上限 %1 秒）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 個のファイル、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, group %3)</source>
        <translation>%1（%2、リソースグループ %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from a split or a failover kept on %1, the newest in %2 (twinhactl divergence list)</source>
        <translation>
            <numerusform>スプリットブレインまたはフェイルオーバーによる %n 個のファイルを %1 に退避済み、最新は %2（twinhactl divergence list）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告時刻</translation>
    </message>
    <message>
        <source>%1, as last reported</source>
        <translation>%1（最後に報告された値）</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>ストリーミング中</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>追い付き中</translation>
    </message>
    <message>
        <source>Not streaming</source>
        <translation>ストリーミングなし</translation>
    </message>
    <message>
        <source>Wrong role</source>
        <translation>役割の不一致</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>%1, %2, timeline %3</source>
        <translation>%1、%2、タイムライン %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 of WAL behind (limit %2)</source>
        <translation>WAL の遅れ %1（上限 %2）</translation>
    </message>
    <message>
        <source>%1 of WAL behind</source>
        <translation>WAL の遅れ %1</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResourceEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>リソース名</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;; shown in the console and the journal.</source>
        <translation>英字、数字、「-」、「_」が使えます。コンソールとジャーナルに表示されます。</translation>
    </message>
    <message>
        <source>Enter a name for this resource.</source>
        <translation>このリソースの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not valid. Use up to 63 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>名前「%1」は無効です。英字、数字、「-」、「_」を使って 63 文字以内で指定し、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>This group already has a resource called &quot;%1&quot;. Choose another name.</source>
        <translation>このグループには既に「%1」という名前のリソースがあります。別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ResultPage</name>
    <message>
        <source>Total time:</source>
        <translation>合計時間：</translation>
    </message>
    <message>
        <source>Service gap:</source>
        <translation>サービス停止：</translation>
    </message>
    <message>
        <source>Replication lag when the source stopped:</source>
        <translation>切り替え元の停止時のレプリケーション遅延：</translation>
    </message>
    <message>
        <source>Steps of the operation</source>
        <translation>操作のステップ</translation>
    </message>
    <message>
        <source>How long clients could not reach the service: from the stop on the source to the start on the target, as the agents measured it.</source>
        <translation>クライアントがサービスを利用できなかった時間：切り替え元での停止から切り替え先での起動まで、エージェントが計測した値です。</translation>
    </message>
    <message>
        <source>As the source last reported it before the group stopped; the final replication step then copied what was left.</source>
        <translation>グループ停止前に切り替え元が最後に報告した値です。その後、最終レプリケーションのステップで残りのデータを複製しました。</translation>
    </message>
    <message>
        <source>Show on the charts</source>
        <translation>グラフで表示</translation>
    </message>
    <message>
        <source>The replication lag and the heartbeat links around this operation</source>
        <translation>この操作の前後のレプリケーション遅延とハートビート回線</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>This is the complete configuration that will be written to both nodes. Nothing has been written yet.</source>
        <translation>両ノードに書き込まれる設定の全文です。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Apply to both nodes</source>
        <translation>両ノードに適用(&amp;A)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>What the agents found:</source>
        <translation>エージェントによる検証結果：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Composing the configuration on %1…</source>
        <translation>%1 で設定を生成しています…</translation>
    </message>
    <message>
        <source>The console lost its connection to %1. Go back to the Connect page and connect again.</source>
        <translation>コンソールと %1 の接続が切れました。「接続」ページに戻って再接続してください。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>It will be written to %1.</source>
        <translation>設定は %1 に書き込まれます。</translation>
    </message>
    <message>
        <source>A new cluster key is generated and written to both nodes with the configuration.</source>
        <translation>新しいクラスタ鍵が生成され、設定とともに両ノードに書き込まれます。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目：%3</translation>
    </message>
    <message>
        <source>Waiting for both agents to check the configuration…</source>
        <translation>両エージェントによる設定の検証を待っています…</translation>
    </message>
    <message>
        <source>Both agents accept this configuration.</source>
        <translation>両エージェントがこの設定を承認しました。</translation>
    </message>
    <message>
        <source>The agents refused this configuration. Go back to the page of each field named above, correct it, and return here.</source>
        <translation>エージェントがこの設定を拒否しました。上に示された各項目のページに戻って修正してから、このページに戻ってください。</translation>
    </message>
    <message>
        <source>Changes to the current configuration</source>
        <translation>現在の設定への変更</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole file</source>
        <translation>ファイル全体(&amp;W)</translation>
    </message>
    <message>
        <source>Only what changed is rewritten: the rest of the current file, its comments included, stays as it is. The current file is kept next to it as a backup.</source>
        <translation>変更のあった部分だけを書き換えます。現在のファイルの残りの部分は、コメントも含めてそのまま残ります。現在のファイルはバックアップとして隣に保存されます。</translation>
    </message>
    <message>
        <source>This change rewrites the whole file: settings this wizard does not show are kept, but the comments are not. The current file is kept next to it as a backup.</source>
        <translation>この変更ではファイル全体を書き直します。ウィザードに表示されない設定は残りますが、コメントは残りません。現在のファイルはバックアップとして隣に保存されます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ScriptFields</name>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>The cluster runs your commands on the active node. The status command must exit with 0 while the resource runs, and with anything else when it is stopped.</source>
        <translation>クラスタはアクティブノードで指定のコマンドを実行します。状態確認コマンドは、リソースの稼働中は 0 で、停止中は 0 以外で終了する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Start command:</source>
        <translation>起動コマンド(&amp;S)：</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>起動コマンド</translation>
    </message>
    <message>
        <source>S&amp;top command:</source>
        <translation>停止コマンド(&amp;T)：</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>停止コマンド</translation>
    </message>
    <message>
        <source>Stat&amp;us command:</source>
        <translation>状態確認コマンド(&amp;U)：</translation>
    </message>
    <message>
        <source>Status command (exit 0 = running)</source>
        <translation>状態確認コマンド（終了コード 0 = 稼働中）</translation>
    </message>
    <message>
        <source>Run &amp;as user:</source>
        <translation>実行ユーザー(&amp;A)：</translation>
    </message>
    <message>
        <source>User the commands run as</source>
        <translation>コマンドを実行するユーザー</translation>
    </message>
    <message>
        <source>The three commands run as this user on both nodes. Keep root only if they need it: whoever may change this cluster&apos;s configuration decides what runs as root.</source>
        <translation>3 つのコマンドは両ノードでこのユーザーとして実行されます。root は本当に必要なときだけにしてください。このクラスタの設定を変更できる人が、root で何を実行するかを決めることになります。</translation>
    </message>
    <message>
        <source>Enter the command that starts the resource.</source>
        <translation>リソースを起動するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>Enter the command that stops the resource.</source>
        <translation>リソースを停止するコマンドを入力してください。</translation>
    </message>
    <message>
        <source>Enter the command that tells whether the resource runs: exit status 0 means it runs.</source>
        <translation>リソースが稼働しているかを判定するコマンドを入力してください。終了ステータス 0 が稼働中を意味します。</translation>
    </message>
    <message>
        <source>Enter the user the commands run as, such as root or the service&apos;s own user.</source>
        <translation>コマンドを実行するユーザーを入力してください（root やサービス専用のユーザーなど）。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::ServiceFields</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>The cluster starts this systemd service on the active node and stops it on the other. Disable it at boot on both nodes (systemctl disable), so that only the cluster starts it.</source>
        <translation>クラスタはこの systemd サービスをアクティブノードで起動し、もう一方のノードでは停止します。クラスタだけが起動するよう、両ノードで自動起動を無効にしてください（systemctl disable）。</translation>
    </message>
    <message>
        <source>systemd &amp;unit:</source>
        <translation>systemd ユニット(&amp;U)：</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd ユニット</translation>
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
        <translation>%1 にはこのユニットがありません。グループをこのノードで稼働させるには、先にユニットをインストールしてください。</translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Choose the systemd unit the cluster starts and stops, or type its name.</source>
        <translation>クラスタが起動・停止する systemd ユニットを選択するか、名前を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit name. Choose one of the list or type a name like postfix.service.</source>
        <translation>「%1」はユニット名ではありません。一覧から選択するか、postfix.service のような名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SettingsDialog</name>
    <message>
        <source>Console Settings</source>
        <translation>コンソールの設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The console switches at once; the agents are not affected</source>
        <translation>コンソールはすぐに切り替わります。エージェントには影響しません</translation>
    </message>
    <message>
        <source>Chart &amp;window:</source>
        <translation>グラフの表示期間(&amp;W)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Chart window in minutes</source>
        <translation>グラフの表示期間（分）</translation>
    </message>
    <message>
        <source>How much history the replication lag chart shows</source>
        <translation>レプリケーション遅延グラフに表示する履歴の長さ</translation>
    </message>
    <message>
        <source>Lag warning &amp;threshold:</source>
        <translation>遅延警告のしきい値(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Lag warning threshold in seconds</source>
        <translation>遅延警告のしきい値（秒）</translation>
    </message>
    <message>
        <source>Replication lag above this is shown as a warning and may notify you</source>
        <translation>レプリケーション遅延がこの値を超えると警告として表示され、通知されることがあります</translation>
    </message>
    <message>
        <source>Notify me of</source>
        <translation>次の場合に通知</translation>
    </message>
    <message>
        <source>Heart&amp;beat link lost</source>
        <translation>ハートビート回線の切断(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Failover</source>
        <translation>フェイルオーバー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Split-brain</source>
        <translation>スプリットブレイン(&amp;S)</translation>
    </message>
    <message>
        <source>Replication la&amp;g over the threshold</source>
        <translation>レプリケーション遅延のしきい値超過(&amp;G)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SetupWizard</name>
    <message>
        <source>New cluster</source>
        <translation>新しいクラスタ</translation>
    </message>
    <message>
        <source>Edit cluster %1</source>
        <translation>クラスタ %1 の編集</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverDialog</name>
    <message>
        <source>Cancellation requested. The agents stop if nothing has been changed yet.</source>
        <translation>キャンセルを要求しました。まだ何も変更されていなければ、エージェントは操作を中止します。</translation>
    </message>
    <message>
        <source>&amp;Switch over</source>
        <translation>切り替え(&amp;S)</translation>
    </message>
    <message>
        <source>Blocked until every pre-check passes</source>
        <translation>すべての事前チェックに合格するまで使用できません</translation>
    </message>
    <message>
        <source>Starts at once; the agents stop the group on the source, replicate what is left and start it on the target</source>
        <translation>すぐに開始します：エージェントが切り替え元でグループを停止し、残りのデータを複製して、切り替え先で起動します</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再チェック(&amp;G)</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Switchover — %1</source>
        <translation>切り替え — %1</translation>
    </message>
    <message>
        <source>Take over by &amp;force…</source>
        <translation>強制的に引き継ぐ(&amp;F)…</translation>
    </message>
    <message>
        <source>Overrides the failed checks. Dangerous: read the warning that follows.</source>
        <translation>失敗したチェックを無視します。危険です：次に表示される警告をお読みください。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the switchover</source>
        <translation>切り替えをキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Possible only before the source has stopped the group</source>
        <translation>切り替え元がグループを停止する前だけ可能です</translation>
    </message>
    <message>
        <source>Closes this window; the agents finish a running switchover anyway</source>
        <translation>このウィンドウを閉じます。実行中の切り替えはエージェントが最後まで行います</translation>
    </message>
    <message>
        <source>Switch over in maintenance mode?</source>
        <translation>メンテナンスモード中に切り替えますか？</translation>
    </message>
    <message>
        <source>Group %1 is in maintenance mode. Switch it over to %2 anyway?</source>
        <translation>グループ %1 はメンテナンスモードです。それでも %2 へ切り替えますか？</translation>
    </message>
    <message>
        <source>The agents carry out this switchover, with its steps and checks, although maintenance mode is on. Make sure nobody is working on either node. Maintenance mode stays on afterwards.</source>
        <translation>メンテナンスモード中でも、エージェントはこの切り替えを手順とチェックどおりに実行します。どちらのノードでも作業中の人がいないことを確認してください。切り替え後もメンテナンスモードはオンのままです。</translation>
    </message>
    <message>
        <source>Switch over &amp;anyway</source>
        <translation>それでも切り替える(&amp;A)</translation>
    </message>
    <message>
        <source>Switch over &amp;anyway…</source>
        <translation>それでも切り替える(&amp;A)…</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the agents switch over only when told to override it</source>
        <translation>メンテナンスモードがオンです：エージェントは、それを無視するよう指示されたときだけ切り替えます</translation>
    </message>
    <message>
        <source>%1 cannot be reached now; switching back is possible once the console reaches it again.</source>
        <translation>現在 %1 に到達できません。コンソールが再び到達できれば切り戻せます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::SwitchoverText</name>
    <message>
        <source>not measured</source>
        <translation>計測なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Agent&apos;s verdict</source>
        <translation>エージェントの判定</translation>
    </message>
    <message>
        <source>%1 stops running group %2; %3 keeps serving it.</source>
        <translation>%1 はグループ %2 の実行を停止し、%3 がサービスを続けます。</translation>
    </message>
    <message>
        <source>%1 starts running group %2 again.</source>
        <translation>%1 がグループ %2 の実行を再開します。</translation>
    </message>
    <message>
        <source>Group %1 runs nowhere; it would start on %2.</source>
        <translation>グループ %1 はどのノードでも稼働していません。%2 で起動します。</translation>
    </message>
    <message>
        <source>Group %1 moves from %2 to %3.</source>
        <translation>グループ %1 を %2 から %3 へ切り替えます。</translation>
    </message>
    <message>
        <source>&amp;Drain %1</source>
        <translation>%1 をドレイン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bring %1 back</source>
        <translation>%1 を復帰(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Switch over to %1</source>
        <translation>%1 へ切り替え(&amp;S)</translation>
    </message>
    <message>
        <source>Switch &amp;back to %1</source>
        <translation>%1 へ切り戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Switching group %1 over from %2 to %3…</source>
        <translation>グループ %1 を %2 から %3 へ切り替え中…</translation>
    </message>
    <message>
        <source>Draining group %1 from %2…</source>
        <translation>%2 からグループ %1 をドレイン中…</translation>
    </message>
    <message>
        <source>Starting group %1 on %2 again…</source>
        <translation>%2 でグループ %1 の実行を再開中…</translation>
    </message>
    <message>
        <source>%1 of group %2 to %3 in progress…</source>
        <translation>グループ %2 の %3 への%1を実行中…</translation>
    </message>
    <message>
        <source>Done: %1 is drained, and group %2 runs on %3.</source>
        <translation>完了：%1 はドレインされ、グループ %2 は %3 で稼働しています。</translation>
    </message>
    <message>
        <source>Done: %1 runs group %2 again.</source>
        <translation>完了：%1 でグループ %2 が再び稼働しています。</translation>
    </message>
    <message>
        <source>Done: group %1 now runs on %2.</source>
        <translation>完了：グループ %1 は現在 %2 で稼働しています。</translation>
    </message>
    <message>
        <source>Rolled back: group %1 was returned to where it was.</source>
        <translation>ロールバック済み：グループ %1 は元の状態に戻されました。</translation>
    </message>
    <message>
        <source>Rolled back: group %1 runs on %2 again.</source>
        <translation>ロールバック済み：グループ %1 は再び %2 で稼働しています。</translation>
    </message>
    <message>
        <source>Refused: the agents changed nothing.</source>
        <translation>拒否されました：エージェントは何も変更していません。</translation>
    </message>
    <message>
        <source>Cancelled: the agents stopped before changing anything.</source>
        <translation>キャンセル済み：エージェントは何も変更せずに中止しました。</translation>
    </message>
    <message>
        <source>Failed: group %1 may be stopped. Look at the dashboard before you try again.</source>
        <translation>失敗：グループ %1 が停止している可能性があります。再試行する前にダッシュボードを確認してください。</translation>
    </message>
    <message>
        <source>The agents carry out the switchover between themselves. Closing this window or losing the connection does not stop it; open this window again to see how it ended.</source>
        <translation>切り替えはエージェント同士で実行されます。このウィンドウを閉じても、接続が切れても止まりません。結果はこのウィンドウを再び開くと確認できます。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::TestSwitchoverPage</name>
    <message>
        <source>Test switchover</source>
        <translation>切り替えテスト</translation>
    </message>
    <message>
        <source>Optional: move the service to the other node and back, and see how long clients would wait.</source>
        <translation>任意：サービスをもう一方のノードへ切り替えてから切り戻し、クライアントの待ち時間を確認します。</translation>
    </message>
    <message>
        <source>The agents run a real switchover of group %1, with their pre-checks, and then switch it back. Clients of the service see a short interruption twice. You can skip this and finish.</source>
        <translation>エージェントが事前チェックを行ったうえでグループ %1 を実際に切り替え、その後切り戻します。サービスのクライアントには短い中断が 2 回発生します。このテストを省略して完了することもできます。</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>サービス停止</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation>切り替え中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>&amp;Run a test switchover and back</source>
        <translation>切り替えと切り戻しをテスト(&amp;R)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>計測なし</translation>
    </message>
    <message>
        <source>The service moved there and back. The pair is ready.</source>
        <translation>サービスの切り替えと切り戻しが完了しました。クラスタは運用可能な状態です。</translation>
    </message>
    <message>
        <source>The test did not complete: %1 The service runs where the agents left it; the dashboard shows where.</source>
        <translation>テストは完了しませんでした：%1サービスはエージェントが最後に配置したノードで稼働しています。稼働先はダッシュボードで確認できます。</translation>
    </message>
    <message>
        <source>The console is connected to neither agent. Go back to the Connect page, connect again, then try again.</source>
        <translation>コンソールはどちらのエージェントにも接続していません。「接続」ページに戻って接続し直してから、もう一度試してください。</translation>
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
        <translation>仮想IPアドレス</translation>
    </message>
    <message>
        <source>A virtual IP address moves with the group: the active node adds it to the interface and announces it, so clients always reach the active node at the same address.</source>
        <translation>仮想IPアドレスはグループとともに移動します。アクティブノードがインターフェースにアドレスを追加してネットワークに通知するため、クライアントは常に同じアドレスでアクティブノードに接続できます。</translation>
    </message>
    <message>
        <source>&amp;Address with prefix:</source>
        <translation>アドレス/プレフィックス長(&amp;A)：</translation>
    </message>
    <message>
        <source>Virtual IP address with prefix length</source>
        <translation>プレフィックス長付きの仮想IPアドレス</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>インターフェース(&amp;I)：</translation>
    </message>
    <message>
        <source>Network interface of the virtual IP address</source>
        <translation>仮想IPアドレスのネットワークインターフェース</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>アドレスを確認</translation>
    </message>
    <message>
        <source>Check the address on both nodes</source>
        <translation>両ノードでアドレスを確認</translation>
    </message>
    <message>
        <source>Enter the virtual IP address with its prefix length, for example 192.0.2.10/24.</source>
        <translation>仮想IPアドレスをプレフィックス長付きで入力してください（例：192.0.2.10/24）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address with a prefix length. Write it like 192.0.2.10/24 or 2001:db8::10/64.</source>
        <translation>「%1」はプレフィックス長付きのアドレスではありません。192.0.2.10/24 や 2001:db8::10/64 のように入力してください。</translation>
    </message>
    <message>
        <source>Choose the network interface that carries the address, for example eth0.</source>
        <translation>アドレスを割り当てるネットワークインターフェース（eth0 など）を選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name. Choose one of the list or type a name like eth0.</source>
        <translation>「%1」はインターフェース名ではありません。一覧から選択するか、eth0 のような名前を入力してください。</translation>
    </message>
    <message>
        <source>Checking %1 on both nodes…</source>
        <translation>両ノードで %1 を確認しています…</translation>
    </message>
    <message>
        <source>%1 is already in use. Choose an address no other host has: the cluster adds it on the active node by itself.</source>
        <translation>%1 は既に使用されています。他のホストが使用していないアドレスを選択してください。アドレスはクラスタがアクティブノードに自動で追加します。</translation>
    </message>
    <message>
        <source>Read the warnings above. To keep this address anyway, press OK again.</source>
        <translation>上の警告をお読みください。それでもこのアドレスを使用する場合は、もう一度「OK」を押してください。</translation>
    </message>
    <message>
        <source>%1 is free and fits the interface on both nodes.</source>
        <translation>%1 は未使用で、両ノードのインターフェースに適合しています。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WelcomePage</name>
    <message>
        <source>Welcome to TwinHA</source>
        <translation>TwinHA へようこそ</translation>
    </message>
    <message>
        <source>The console watches pairs of servers in hot standby: which node is active, the heartbeat between them and the replication lag, and it switches the service over with one click. It reaches the TwinHA agent on each server over SSH.</source>
        <translation>コンソールはホットスタンバイのサーバーペアを見守ります：どちらのノードがアクティブか、両者の間のハートビートとレプリケーション遅延。ワンクリックでサービスを切り替えます。各サーバーの TwinHA エージェントには SSH で接続します。</translation>
    </message>
    <message>
        <source>Set up a pair step by step: both servers and their SSH logins, the mode, the heartbeat links, the resources and the replication. The agents get their configuration from it.</source>
        <translation>ペアを順に設定します：両サーバーとその SSH ログイン、モード、ハートビート回線、リソース、レプリケーション。エージェントはここから設定を受け取ります。</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>プロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Watch a pair that is set up already, from its cluster profile (a .json file that the setup wizard saved).</source>
        <translation>設定済みのペアを、そのクラスタ接続プロファイル（セットアップウィザードが保存した .json ファイル）から監視します。</translation>
    </message>
    <message>
        <source>Try it without servers</source>
        <translation>サーバーなしで試す</translation>
    </message>
    <message>
        <source>In the TwinHA source folder, run &lt;nobr&gt;&lt;code&gt;./quickstart.sh demo&lt;/code&gt;&lt;/nobr&gt;. It starts two nodes on this computer (127.0.0.1, each with its own sshd and agent) and opens the console on them; the demo stops when that console closes.</source>
        <translation>TwinHA のソースフォルダで &lt;nobr&gt;&lt;code&gt;./quickstart.sh demo&lt;/code&gt;&lt;/nobr&gt; を実行します。このコンピューター上に 2 つのノード（127.0.0.1、それぞれ専用の sshd とエージェント）を起動し、それに接続したコンソールを開きます。そのコンソールを閉じるとデモは終了します。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WitnessBox</name>
    <message>
        <source>&quot;%1&quot; is not a witness address. Enter host:port, such as 10.0.0.9:5410 (IPv6 in brackets: [2001:db8::9]:5410).</source>
        <translation>「%1」はウィットネスのアドレスではありません。10.0.0.9:5410 のように host:port を入力してください（IPv6 は角かっこで囲みます：[2001:db8::9]:5410）。</translation>
    </message>
    <message>
        <source>A third host running &quot;twinha-agent witness&quot; grants each group&apos;s lease to one node at a time, so that a network split cannot leave two active nodes. Leave the address empty for none.</source>
        <translation>「twinha-agent witness」を実行する第三のホストが、各グループのリースを一度に 1 台のノードだけに与えるため、ネットワーク分断で 2 台のアクティブノードが生じることはありません。使わない場合はアドレスを空にします。</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D)：</translation>
    </message>
    <message>
        <source>host:port, such as 10.0.0.9:5410</source>
        <translation>host:port（例：10.0.0.9:5410）</translation>
    </message>
    <message>
        <source>Witness address</source>
        <translation>ウィットネスのアドレス</translation>
    </message>
    <message>
        <source>&amp;Lease TTL:</source>
        <translation>リース TTL(&amp;L)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Lease TTL in milliseconds</source>
        <translation>リース TTL（ミリ秒）</translation>
    </message>
    <message>
        <source>This cluster&apos;s witness is etcd (%1), set in cluster.toml; the wizard leaves it as it is.</source>
        <translation>このクラスタのウィットネスは cluster.toml で設定された etcd（%1）です。ウィザードはそのままにします。</translation>
    </message>
    <message>
        <source>A takeover after a failure takes about one TTL: the standby waits until the old lease has certainly run out. A shorter TTL takes over sooner but leaves less room for a slow network to the witness.</source>
        <translation>障害後の引き継ぎには約 1 TTL かかります：スタンバイは古いリースが確実に切れるまで待つためです。TTL を短くすると早く引き継げますが、ウィットネスまでのネットワークの遅れに対する余裕が小さくなります。</translation>
    </message>
    <message>
        <source>Check &amp;witness</source>
        <translation>ウィットネスを確認(&amp;W)</translation>
    </message>
    <message>
        <source>Asks each connected node whether it reaches the witness. Nothing changes.</source>
        <translation>接続中の各ノードにウィットネスへ到達できるかを問い合わせます。何も変更しません。</translation>
    </message>
    <message>
        <source>Enter the witness address first.</source>
        <translation>先にウィットネスのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Neither node is connected, so the witness was not checked. Go back to the first page and connect to the nodes.</source>
        <translation>どちらのノードも接続されていないため、ウィットネスは確認されませんでした。最初のページに戻ってノードに接続してください。</translation>
    </message>
    <message>
        <source>%1: checking the witness at %2…</source>
        <translation>%1：%2 のウィットネスを確認しています…</translation>
    </message>
    <message>
        <source>%1 could not check the witness. %2</source>
        <translation>%1 はウィットネスを確認できませんでした。%2</translation>
    </message>
    <message>
        <source>The last check failed. You can still go on: the agents check the witness again at Apply.</source>
        <translation>前回の確認は失敗しました。このまま進むこともできます。適用時にエージェントがウィットネスを再確認します。</translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2: %3 answers.</source>
        <translation>%1 から %2 の etcd に到達できます：%3 が応答しました。</translation>
    </message>
    <message>
        <source>%1 reaches etcd at %2, and it answers.</source>
        <translation>%1 から %2 の etcd に到達でき、応答がありました。</translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2: check the URL and the firewall.</source>
        <translation>%1 に %2 の etcd から応答がありません。URL とファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>%1 gets no answer from etcd at %2 (%3): check the URL and the firewall.</source>
        <translation>%1 に %2 の etcd から応答がありません（%3）。URL とファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>The witness at %1 does not answer %2: check the address, the firewall (UDP %3) and that twinha-witness runs on that host.</source>
        <translation>%1 のウィットネスが %2 に応答しません。アドレス、ファイアウォール（UDP %3）、およびそのホストで twinha-witness が動作しているかを確認してください。</translation>
    </message>
    <message>
        <source>The agent says: %1</source>
        <translation>エージェントの報告：%1</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, and it knows this cluster&apos;s key.</source>
        <translation>%1 から %2 のウィットネスに到達でき、ウィットネスはこのクラスタの鍵を持っています。</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2, but it does not have this cluster&apos;s key yet: copy /etc/twinha/cluster.key to the witness host.</source>
        <translation>%1 から %2 のウィットネスに到達できますが、ウィットネスはまだこのクラスタの鍵を持っていません。/etc/twinha/cluster.key をウィットネスのホストにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 reaches the witness at %2. This cluster has no key yet: Apply makes it, then copy /etc/twinha/cluster.key to the witness host.</source>
        <translation>%1 から %2 のウィットネスに到達できます。このクラスタにはまだ鍵がありません。適用時に作成されるので、その後 /etc/twinha/cluster.key をウィットネスのホストにコピーしてください。</translation>
    </message>
</context>
<context>
    <name>twinha::ui::WizardPage</name>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
</context>
</TS>
